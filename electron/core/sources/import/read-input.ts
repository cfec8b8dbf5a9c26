import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ImportFormat } from '../../../../shared/domain/source.js';
import { badInput } from '../../errors.js';
import { fetchBytes, nameOfUrl } from './fetch-source.js';
import { manifestUrl } from './manifest.js';

export interface InputDocument {
  bytes: Uint8Array;
  /** Name used in messages: the file name or the URL. */
  name: string;
  /** The URL it was fetched from, for URL imports. */
  url: string | null;
  contentType: string;
  sha256: string;
}

export async function readInput(
  input: { path: string; name: string } | { url: string },
  format: ImportFormat | undefined,
  headers: Record<string, string> = {},
): Promise<InputDocument> {
  if ('path' in input) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(input.path);
    } catch (error) {
      throw badInput(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: input.name });
    }
    return { bytes, name: input.name, url: null, contentType: '', sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  const url = format === 'manifest' && !/\.(json|ya?ml)(\?|$)/i.test(input.url) ? manifestUrl(input.url) : input.url;
  const fetched = await fetchBytes(url, headers);
  return {
    bytes: fetched.bytes,
    name: url,
    url,
    contentType: fetched.contentType,
    sha256: createHash('sha256').update(fetched.bytes).digest('hex'),
  };
}

/** Detects the format from the name, the content type and the first bytes. */
export function detectFormat(doc: InputDocument): ImportFormat {
  const name = (doc.url ? nameOfUrl(doc.url) : doc.name).toLowerCase();
  if (/\.csv$/.test(name)) return 'csv';
  if (/\.(tsv|tab)$/.test(name)) return 'tsv';
  if (/\.xlsx$/.test(name)) return 'xlsx';
  if (/quality-link-manifest|\.ya?ml$/.test(name)) return 'manifest';
  if (/\.jsonld$/.test(name)) return 'elm';
  const head = Buffer.from(doc.bytes.subarray(0, 4096)).toString('utf8');
  if (doc.bytes[0] === 0x50 && doc.bytes[1] === 0x4b) return 'xlsx';
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (/"@context"/.test(head)) return 'elm';
    if (/"sources"\s*:/.test(head) && !/"courseId"/.test(head)) return 'manifest';
    return 'ooapi';
  }
  if (/\.(ttl|rdf|owl|nt|jsonld|xml)$/.test(name) || /turtle|rdf|ld\+json/.test(doc.contentType) || /@prefix|<rdf:RDF/.test(head)) {
    const all = Buffer.from(doc.bytes).toString('utf8');
    return /skos:Concept\b|skos\/core#Concept/.test(all) && !/learningOutcome/.test(all) ? 'skos' : 'elm';
  }
  throw badInput('cannot tell the format; choose one (csv, tsv, xlsx, elm, ooapi, skos, manifest)', { file: doc.name, field: 'format' });
}
