import jsonld from 'jsonld';
import { Parser, Store, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { badInput } from '../../errors.js';
import { checkJsonDepth, checkXmlEntities, refuseNul } from '../../files/rdf-guards.js';
import { ELM_JSONLD_CONTEXT, KNOWN_REMOTE_CONTEXTS } from './elm-context.js';

export type RdfSyntax = 'turtle' | 'jsonld' | 'rdfxml';

/** Guesses the RDF syntax from the name, then from the first characters. */
export function rdfSyntaxOf(fileName: string, text: string): RdfSyntax {
  const lower = fileName.toLowerCase();
  if (/\.(jsonld|json)$/.test(lower)) return 'jsonld';
  if (/\.(rdf|xml|owl)$/.test(lower)) return 'rdfxml';
  if (/\.(ttl|n3|nt|nq|trig)$/.test(lower)) return 'turtle';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'jsonld';
  if (start.startsWith('<?xml') || /^<rdf:RDF/i.test(start)) return 'rdfxml';
  return 'turtle';
}

/** Parses RDF text into a store. Quads keep document order in `order` (blank-node lists need it). */
export async function loadRdf(
  text: string,
  fileName: string,
  syntax: RdfSyntax,
  baseIRI = `file:///${encodeURIComponent(fileName)}`,
): Promise<{ store: Store; order: Quad[] }> {
  refuseNul(text, fileName);
  const quads =
    syntax === 'turtle'
      ? parseTurtle(text, fileName, baseIRI)
      : syntax === 'rdfxml'
        ? await parseRdfXml(text, fileName, baseIRI)
        : await parseJsonLd(text, fileName);
  return { store: new Store(quads), order: quads };
}

function parseTurtle(text: string, fileName: string, baseIRI: string): Quad[] {
  try {
    return new Parser({ baseIRI }).parse(text);
  } catch (error) {
    const e = error as Error & { context?: { line?: number } };
    throw badInput(`not valid Turtle: ${e.message}`, {
      file: fileName,
      line: e.context?.line ?? lineFromMessage(e.message),
      field: 'syntax',
    });
  }
}

function parseRdfXml(text: string, fileName: string, baseIRI: string): Promise<Quad[]> {
  checkXmlEntities(text, fileName);
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI });
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', (error: Error) =>
      reject(badInput(`not valid RDF/XML: ${error.message}`, { file: fileName, line: lineFromMessage(error.message), field: 'syntax' })),
    );
    parser.on('end', () => {
      // The parser ends quietly on a truncated file: an unclosed root means the file was cut off.
      const sax = (parser as unknown as { saxParser?: { closedRoot?: boolean; line?: number } }).saxParser;
      if (sax?.closedRoot === false) {
        reject(
          badInput('not valid RDF/XML: the file ends before its root element is closed (truncated?)', {
            file: fileName,
            line: sax.line,
            field: 'syntax',
          }),
        );
      } else resolve(quads);
    });
    parser.write(text);
    parser.end();
  });
}

async function parseJsonLd(text: string, fileName: string): Promise<Quad[]> {
  checkJsonDepth(text, fileName);
  const doc = parseJsonText(text, fileName);
  try {
    // Remote contexts are never fetched: the ELM / EDC ones we know are served from memory.
    const documentLoader = async (url: string) => {
      if (KNOWN_REMOTE_CONTEXTS.some((known) => url.startsWith(known)))
        return { contextUrl: undefined, documentUrl: url, document: ELM_JSONLD_CONTEXT };
      throw new Error(`remote JSON-LD context ${url} is not available offline`);
    };
    const nquads = (await jsonld.toRDF(
      doc as jsonld.JsonLdDocument,
      { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf,
    )) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  } catch (error) {
    throw badInput(`not usable JSON-LD: ${(error as Error).message}`, { file: fileName, field: '@context' });
  }
}

function lineFromMessage(message: string): number | undefined {
  const m = /line[: ]+(\d+)/i.exec(message) ?? /(?:^|[\s:])(\d+):\d+/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** JSON.parse reports a position (or line/column in newer engines); turn it into a line. */
export function jsonErrorLine(text: string, error: Error): number | undefined {
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(error.message);
  if (!pos) return undefined;
  return text.slice(0, Number(pos[1])).split('\n').length;
}

/** JSON.parse with a bad-input error naming the file and line. */
export function parseJsonText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badInput(`not valid JSON: ${(error as Error).message}`, {
      file: fileName,
      line: jsonErrorLine(text, error as Error),
      field: 'syntax',
    });
  }
}
