import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JobInfo } from '../../shared/domain/job.js';
import { projectRoot } from './shared-data.js';
import type { TestApp } from './test-context.js';

/**
 * Puts ESCO versions into a test app's library, importing each package pair at most once per
 * machine: the imported folders are kept in the temp dir under a key made of the zips (name, size,
 * modification time) and the built importer, so a changed importer or package imports afresh.
 * Importing v1.1.0 and v1.1.1 takes minutes; copying them takes seconds.
 */
export async function loadEscoVersions(app: TestApp, packages: { id: string; files: string[] }[]): Promise<void> {
  const importer = path.join(projectRoot, 'dist', 'workers', 'vocab-import.js');
  const key = createHash('sha256');
  key.update(fs.existsSync(importer) ? fs.readFileSync(importer) : 'in-process');
  for (const p of packages)
    for (const f of p.files) key.update(`${p.id}\0${path.basename(f)}\0${fs.statSync(f).size}\0${fs.statSync(f).mtimeMs}`);
  const cache = path.join(os.tmpdir(), 'crosswalk-test-esco-library', key.digest('hex').slice(0, 16));
  const library = app.ctx.paths.libraryDir;
  for (const p of packages) {
    const cached = path.join(cache, p.id);
    if (fs.existsSync(path.join(cached, 'meta.json'))) {
      fs.cpSync(cached, path.join(library, p.id), { recursive: true });
      continue;
    }
    const { jobId } = await app.api.vocabularies.import({ files: p.files.map((f) => ({ path: f })) });
    const job: JobInfo = await app.ctx.jobs.wait(jobId);
    if (job.state !== 'succeeded') throw new Error(`importing ${p.id}: ${job.error?.message ?? job.state}`);
    // Written beside the cache entry and renamed into place, so a cut-off copy is never taken for a whole one.
    const staging = `${cached}.${process.pid}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.cpSync(path.join(library, p.id), staging, { recursive: true, filter: (src) => path.basename(src) !== 'suggest' });
    fs.rmSync(cached, { recursive: true, force: true });
    fs.renameSync(staging, cached);
  }
}
