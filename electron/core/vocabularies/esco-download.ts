import fs from 'node:fs';
import path from 'node:path';
import { ErrorCodes } from '../../../shared/errors.js';
import type { AppContext } from '../context.js';
import { CrosswalkError, cancelled } from '../errors.js';
import type { JobControl } from '../jobs/job-manager.js';
import type { ImportInputFile } from './import-service.js';

const ATTEMPTS = 4;

/** File names of the official ESCO CSV packages of a version (v1.0/v1.1 add a language-less relations package). */
export function escoPackageNames(version: string, languages: string[]): string[] {
  const names = languages.map((lang) => `ESCO dataset - ${version} - classification - ${lang} - csv.zip`);
  if (/^v1\.[01]\./.test(version)) names.push(`ESCO dataset - ${version} - classification -  - csv.zip`);
  return names;
}

/**
 * Downloads the packages into the temp dir. A partial file from an earlier, interrupted attempt is
 * resumed with an HTTP Range request; network errors are retried a few times.
 */
export async function downloadEscoPackages(
  ctx: AppContext,
  request: { version: string; languages: string[] },
  job: JobControl,
): Promise<ImportInputFile[]> {
  const base = ctx.settings.settings.escoDownloadBase.replace(/\/?$/, '/');
  const dir = path.join(ctx.paths.tempDir, 'esco-downloads', request.version);
  fs.mkdirSync(dir, { recursive: true });
  const names = escoPackageNames(request.version, request.languages);
  const files: ImportInputFile[] = [];
  for (const [i, name] of names.entries()) {
    const url = base + encodeURIComponent(name).replace(/%2F/g, '/');
    const target = path.join(dir, name);
    const label = `Downloading ${name} (${i + 1}/${names.length})`;
    await downloadWithResume(url, target, job, label);
    files.push({ path: target, name, url });
  }
  return files;
}

async function downloadWithResume(url: string, target: string, job: JobControl, label: string): Promise<void> {
  if (fs.existsSync(target)) return;
  const partial = `${target}.part`;
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (job.signal.aborted) throw cancelled();
    try {
      await fetchInto(url, partial, job, label);
      fs.renameSync(partial, target);
      return;
    } catch (error) {
      if (job.signal.aborted) throw cancelled();
      if (error instanceof CrosswalkError) throw error;
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
  throw new CrosswalkError(
    ErrorCodes.internal,
    `Could not download ${url}: ${(lastError as Error)?.message ?? lastError}. Retry to resume.`,
    {
      url,
    },
  );
}

async function fetchInto(url: string, partial: string, job: JobControl, label: string): Promise<void> {
  const have = fs.existsSync(partial) ? fs.statSync(partial).size : 0;
  const response = await fetch(url, { signal: job.signal, headers: have > 0 ? { Range: `bytes=${have}-` } : {} });
  if (response.status === 404)
    throw new CrosswalkError(ErrorCodes.notFound, `ESCO has no package at ${url} (check version and language).`, { url });
  if (response.status === 416) {
    // The partial file is already complete (or stale): start over once.
    fs.rmSync(partial, { force: true });
    throw new Error('range not satisfiable');
  }
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const resumed = response.status === 206;
  const start = resumed ? have : 0;
  const length = Number(response.headers.get('content-length') ?? 0);
  const total = length > 0 ? start + length : 0;
  const out = fs.createWriteStream(partial, { flags: resumed ? 'a' : 'w' });
  let done = start;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      done += chunk.length;
      job.progress(done, total, `${label}: ${(done / 1048576).toFixed(1)} MiB`);
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  if (total > 0 && fs.statSync(partial).size !== total) throw new Error('connection closed early');
}
