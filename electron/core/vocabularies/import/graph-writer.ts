import fs from 'node:fs';
import { NS as SHARED_NS } from '../../../../shared/skos.js';

/** The shared namespaces plus those only vocabulary graphs use (dataset description, ESCO status). */
export const NS = {
  ...SHARED_NS,
  dcterms: SHARED_NS.dct,
  void: 'http://rdfs.org/ns/void#',
  adms: 'http://www.w3.org/ns/adms#',
  spdx: 'http://spdx.org/rdf/terms#',
} as const;

export const RDF_TYPE = `${NS.rdf}type`;

function escapeLiteral(text: string): string {
  return text.replace(/[\\"\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\n' ? '\\n' : '\\r'));
}

function iri(value: string): string {
  // IRIs from CSV cells are used as given; characters N-Triples forbids inside <> are escaped.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
}

/** Writes one graph as N-Triples, counting triples; written in chunks to keep memory flat. */
export class GraphWriter {
  triples = 0;
  private buffer: string[] = [];
  private size = 0;
  private readonly fd: number;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  uri(s: string, p: string, o: string): void {
    this.line(`${iri(s)} ${iri(p)} ${iri(o)} .\n`);
  }

  literal(s: string, p: string, value: string, lang?: string, datatype?: string): void {
    const suffix = lang ? `@${lang}` : datatype ? `^^${iri(datatype)}` : '';
    this.line(`${iri(s)} ${iri(p)} "${escapeLiteral(value)}"${suffix} .\n`);
  }

  /** An already serialised N-Triples line (from an RDF parser). */
  raw(line: string): void {
    this.line(line.endsWith('\n') ? line : `${line}\n`);
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private line(text: string): void {
    this.triples++;
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 4_000_000) this.flush();
  }

  private flush(): void {
    if (this.buffer.length) fs.writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}
