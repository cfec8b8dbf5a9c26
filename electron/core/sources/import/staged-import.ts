import type { z } from 'zod';
import type { ImportOptionsSchema, ImportRequestSchema } from '../../../../shared/contract/sources.js';
import type {
  ImportField,
  ImportFormat,
  ImportPreview,
  ImportProblem,
  ManifestSourceInfo,
  PreviewRow,
} from '../../../../shared/domain/source.js';
import { badInput } from '../../errors.js';
import type { SourceBundle } from './bundle.js';
import { elmBundle } from './elm.js';
import { fetchBytes, nameOfUrl, withQuery } from './fetch-source.js';
import { originOf, parseManifest, sourceHeaders, sourceInfo, unsupportedReason, type ManifestSource } from './manifest.js';
import { ooapiBundle, ooapiCourses } from './ooapi.js';
import { readCsv, readXlsx } from './raw-table.js';
import { loadRdf, parseJsonText, rdfSyntaxOf } from './rdf-load.js';
import { detectFormat, readInput, type InputDocument } from './read-input.js';
import { applyEdits, checkRows, countProblems, type RowEdits } from './row-checks.js';
import { skosBundle } from './skos.js';
import { splitPreview } from './split-preview.js';
import { decodeText } from './text-decoding.js';
import { bundleFromRows, guessMapping, itemCount, tableRows } from './table-import.js';

/** What to import (a file or a URL) and how to read it, as the contract's import methods take it. */
export type ImportRequest = z.infer<typeof ImportRequestSchema>;
/** How to read an input once it is located: all the source-stage worker needs besides the input. */
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

/**
 * An input read and checked but not written: plain, structured-clonable data (it comes back from
 * the source-stage worker), turned into rows and sources by checkStaged / buildStaged.
 */
export interface StagedImport extends Pick<
  ImportPreview,
  'format' | 'fileName' | 'encoding' | 'delimiter' | 'columns' | 'mapping' | 'rows' | 'schemeTitle' | 'sources'
> {
  fileProblems: ImportProblem[];
  knownIscedF?: string[];
  table?: { split: boolean; requireId: boolean; structural: [number, ImportProblem[]][]; title: string; language: string; sha256: string };
  structured?: { bundles: SourceBundle[]; origin: { bundle: number; item: number }[] };
}

/** Where the input is: a file already resolved to a path (and the name to show), or a URL. */
export type StageInput = { path: string; name: string } | { url: string };

export async function stageImport(input: StageInput, req: ImportOptions, knownIscedF?: string[]): Promise<StagedImport> {
  const doc = await readInput(input, req.format);
  const format = req.format ?? detectFormat(doc);
  const language = req.language ?? 'en';
  const baseName = (doc.url ? nameOfUrl(doc.url) : doc.name).replace(/\.[a-z0-9]+$/i, '');
  const title = req.schemeTitle ?? baseName;
  if (format === 'csv' || format === 'tsv' || format === 'xlsx') {
    const table =
      format === 'xlsx'
        ? await readXlsx(doc.bytes, doc.name, req.sheet)
        : readCsv(doc.bytes, doc.name, { encoding: req.encoding, delimiter: req.delimiter ?? (format === 'tsv' ? '\t' : undefined) });
    const mapping = req.mapping ?? guessMapping(table.columns, table.rows);
    const split = req.split ?? false;
    const read = tableRows(table, mapping, split);
    const staged: StagedImport = {
      format,
      fileName: doc.name,
      encoding: table.encoding,
      delimiter: table.delimiter,
      columns: table.columns,
      mapping,
      rows: read.rows,
      fileProblems: read.fileProblems,
      schemeTitle: title,
      knownIscedF,
      table: { split, requireId: mapping.id !== undefined, structural: [...read.structural], title, language, sha256: doc.sha256 },
    };
    return { ...staged, rows: checkStaged(staged, read.rows, new Set()) };
  }
  let bundles: SourceBundle[];
  let sources: ManifestSourceInfo[] | undefined;
  let encoding: string | null = null;
  let notes: ImportProblem[] = [];
  if (format === 'manifest') {
    const text = decodeText(doc.bytes, undefined, doc.name).text;
    const manifest = parseManifest(text, doc.name);
    const origin = doc.url ? originOf(doc.url) : null;
    const results = await Promise.all(manifest.sources.map((source) => manifestSource(source, req, language, origin)));
    bundles = results.flatMap((r) => (r.bundle ? [r.bundle] : []));
    sources = results.map((r) => r.info);
    notes = results.flatMap((r) => (r.note ? [r.note] : []));
  } else {
    const decoded = decodeText(doc.bytes, req.encoding, doc.name);
    encoding = decoded.encoding;
    bundles = [await structuredBundle(format, decoded.text, doc, { title, language })];
  }
  return structuredStage(format, doc, bundles, { encoding, title, sources, knownIscedF, notes });
}

async function structuredBundle(
  format: ImportFormat,
  text: string,
  doc: InputDocument,
  options: { title: string; language: string },
): Promise<SourceBundle> {
  const common = { fileName: doc.name, language: options.language };
  if (format === 'ooapi') {
    return {
      ...ooapiBundle(ooapiCourses(parseJsonText(text, doc.name), doc.name), { ...common, title: options.title, uri: doc.url }),
      sha256: doc.sha256,
    };
  }
  const rdf = await loadRdf(text, doc.name, rdfSyntaxOf(doc.url ? nameOfUrl(doc.url) : doc.name, text), doc.url ?? undefined);
  if (format === 'skos') return { ...skosBundle(rdf.store, { ...common }), sha256: doc.sha256 };
  const bundle = elmBundle(rdf, { ...common, title: options.title, uri: doc.url });
  if (!bundle.groups.length)
    throw badInput('no learning opportunity / achievement specification with elm:learningOutcome found', {
      file: doc.name,
      field: 'elm:learningOutcome',
    });
  return { ...bundle, sha256: doc.sha256 };
}

/** Fetches one declared source. Unreachable or unsupported sources are reported, not fatal. */
async function manifestSource(
  source: ManifestSource,
  req: ImportOptions,
  language: string,
  manifestOrigin: string | null,
): Promise<{ bundle: SourceBundle | null; info: ManifestSourceInfo; note?: ImportProblem }> {
  const reason = unsupportedReason(source);
  if (reason) return { bundle: null, info: sourceInfo(source, reason, 0) };
  const { headers, credentials, withheld } = sourceHeaders(source, req.auth, manifestOrigin);
  const title = source.name ?? source.id ?? source.path;
  const where = manifestOrigin
    ? `another host than the manifest (${originOf(source.path) ?? source.path})`
    : 'a host named in a local manifest file';
  const note: ImportProblem | undefined = withheld
    ? {
        row: 0,
        field: '',
        severity: 'warning',
        message: `${title}: fetched without the access token, which is only sent to the manifest's own host; the source is on ${where}`,
      }
    : undefined;
  const result = await fetchManifestSource(source, title, language, headers, credentials);
  return note ? { ...result, note } : result;
}

async function fetchManifestSource(
  source: ManifestSource,
  title: string,
  language: string,
  headers: Record<string, string>,
  credentials: Record<string, string>,
): Promise<{ bundle: SourceBundle | null; info: ManifestSourceInfo }> {
  try {
    let bundle: SourceBundle;
    if (source.type === 'ooapi') {
      const courses = await fetchOoapiCourses(source, headers, credentials);
      bundle = ooapiBundle(courses, { fileName: source.path, title, language, uri: source.path });
    } else {
      const fetched = await fetchBytes(withQuery(source.path, source.queryParameters), headers, credentials);
      const text = decodeText(fetched.bytes, undefined, source.path).text;
      const doc: InputDocument = {
        bytes: fetched.bytes,
        name: source.path,
        url: source.path,
        contentType: fetched.contentType,
        sha256: '',
      };
      bundle = await structuredBundle('elm', text, doc, { title, language });
    }
    return { bundle, info: sourceInfo(source, null, bundle.items.length) };
  } catch (error) {
    const status = (error as { details?: { status?: number } }).details?.status;
    if (status !== undefined || /cannot fetch/.test((error as Error).message))
      return { bundle: null, info: sourceInfo(source, (error as Error).message, 0) };
    throw error;
  }
}

/** An OOAPI endpoint: a course file, or an API root whose /courses is paged. */
async function fetchOoapiCourses(
  source: ManifestSource,
  headers: Record<string, string>,
  credentials: Record<string, string>,
): Promise<Record<string, unknown>[]> {
  if (/\.json(\?|$)/.test(source.path)) {
    const fetched = await fetchBytes(withQuery(source.path, source.queryParameters), headers, credentials);
    return ooapiCourses(parseJson(fetched.bytes, source.path), source.path);
  }
  const courses: Record<string, unknown>[] = [];
  const root = source.path.endsWith('/') ? source.path : `${source.path}/`;
  for (let page = 1; page <= 200; page++) {
    const url = withQuery(`${root}courses`, { ...source.queryParameters, pageNumber: page, pageSize: 250 });
    const body = parseJson((await fetchBytes(url, headers, credentials)).bytes, url) as { items?: unknown; hasNextPage?: boolean };
    courses.push(...ooapiCourses(body, url));
    if (!body.hasNextPage) break;
  }
  return courses;
}

function parseJson(bytes: Uint8Array, name: string): unknown {
  return parseJsonText(decodeText(bytes, undefined, name).text, name);
}

/** Non-tabular sources as rows (one per item) so the same preview, fixes and exclusions apply. */
function structuredStage(
  format: ImportFormat,
  doc: InputDocument,
  bundles: SourceBundle[],
  options: { encoding: string | null; title: string; sources?: ManifestSourceInfo[]; knownIscedF?: string[]; notes?: ImportProblem[] },
): StagedImport {
  const origin: { bundle: number; item: number }[] = [];
  const rows: PreviewRow[] = [];
  bundles.forEach((bundle, b) => {
    const groups = new Map(bundle.groups.map((g) => [g.key, g]));
    bundle.items.forEach((item, i) => {
      origin.push({ bundle: b, item: i });
      const group = item.groupKey ? groups.get(item.groupKey) : undefined;
      rows.push({
        row: rows.length + 1,
        values: {
          id: item.key,
          text: item.text,
          description: item.description ?? '',
          language: item.language ?? '',
          notation: item.notation ?? '',
          course: item.groupKey ?? '',
          courseTitle: group?.title ?? '',
        },
        items: 1,
        problems: [],
      });
    });
  });
  const staged: StagedImport = {
    format,
    fileName: doc.name,
    encoding: options.encoding,
    delimiter: null,
    columns: [],
    mapping: {},
    rows,
    fileProblems: [...(options.notes ?? []), ...bundles.flatMap((b) => b.problems.map((p) => ({ ...p, row: 0 })))],
    schemeTitle: bundles.length === 1 ? bundles[0]!.scheme.title : options.title,
    sources: options.sources,
    knownIscedF: options.knownIscedF,
    structured: { bundles, origin },
  };
  return { ...staged, rows: checkStaged(staged, rows, new Set()) };
}

/** Rows (after edits) -> checked rows. Structural problems of table rows survive unless the row was fixed. */
export function checkStaged(staged: StagedImport, rows: PreviewRow[], fixedRows: Set<number>): PreviewRow[] {
  const knownIscedF = staged.knownIscedF ? new Set(staged.knownIscedF) : undefined;
  if (staged.table) {
    const { split, requireId } = staged.table;
    const structural = new Map(staged.table.structural.filter(([row]) => !fixedRows.has(row)));
    return checkRows(rows, { requireId, knownIscedF }, structural).map((row) => ({ ...row, items: itemCount(row.values.text, split) }));
  }
  return checkRows(rows, { requireId: true, knownIscedF });
}

const EDITABLE: ImportField[] = ['id', 'text', 'description', 'language', 'notation'];

/** Checked rows -> the sources to write. */
export function buildStaged(staged: StagedImport, kept: PreviewRow[]): SourceBundle[] {
  if (staged.table) {
    const { split, title, language, sha256 } = staged.table;
    return [{ ...bundleFromRows(kept, { split, format: staged.format, fileName: staged.fileName, title, language }), sha256 }];
  }
  const { bundles, origin } = staged.structured!;
  return bundles.map((bundle, b) => {
    const items = kept
      .filter((row) => origin[row.row - 1]!.bundle === b)
      .map((row) => {
        const item = bundle.items[origin[row.row - 1]!.item]!;
        const edited = { ...item };
        for (const field of EDITABLE) {
          const value = row.values[field];
          if (value === undefined) continue;
          if (field === 'id') edited.key = value.trim();
          else if (field === 'text') edited.text = value.trim();
          else (edited as unknown as Record<string, string>)[field] = value.trim();
        }
        return { ...edited, line: row.row };
      });
    return { ...bundle, items };
  });
}

/** The schemes a staged import writes (title, URI), as findExistingScheme matches them. */
export function stagedSchemes(staged: StagedImport): Pick<SourceBundle, 'scheme'>[] {
  if (staged.table) return [{ scheme: { title: staged.table.title, kind: 'learning-outcomes', language: staged.table.language } }];
  return staged.structured!.bundles.map((b) => ({ scheme: b.scheme }));
}

/**
 * The staged import under the title the user chose after the preview. Like a fresh read with
 * schemeTitle: tables, OOAPI and ELM take it; SKOS schemes and manifests keep their own titles.
 */
export function retitled(staged: StagedImport, title: string | undefined): StagedImport {
  if (!title || title === staged.schemeTitle) return staged;
  if (staged.table) return { ...staged, schemeTitle: title, table: { ...staged.table, title } };
  const { bundles, origin } = staged.structured!;
  if (bundles.length !== 1 || staged.format === 'skos' || staged.format === 'manifest') return staged;
  return { ...staged, schemeTitle: title, structured: { origin, bundles: [{ ...bundles[0]!, scheme: { ...bundles[0]!.scheme, title } }] } };
}

/** Applies edits and re-checks; used by both preview (without edits) and commit. */
export function editStaged(staged: StagedImport, edits: RowEdits): PreviewRow[] {
  const { rows, fixedRows } = applyEdits(staged.rows, edits);
  return checkStaged(staged, rows, fixedRows);
}

/** The preview: all rows (fixed values applied, excluded rows kept for display but not counted). */
export function previewOf(staged: StagedImport, existingSchemeId: number | null, edits: RowEdits = {}): ImportPreview {
  const excluded = new Set(edits.exclude ?? []);
  const rows = editStaged(staged, { fixes: edits.fixes });
  const counted = rows.filter((r) => !excluded.has(r.row));
  const bundles = buildStaged(
    staged,
    counted.filter((r) => !r.problems.some((p) => p.severity === 'error')),
  );
  const counts = countProblems(counted, staged.fileProblems);
  return {
    format: staged.format,
    fileName: staged.fileName,
    encoding: staged.encoding,
    delimiter: staged.delimiter,
    columns: staged.columns,
    mapping: staged.mapping,
    rows,
    problems: staged.fileProblems,
    schemeTitle: staged.schemeTitle,
    existingSchemeId,
    counts: {
      rows: counted.length,
      items: counted.reduce((n, r) => n + r.items, 0),
      groups: bundles.reduce((n, b) => n + b.groups.length, 0),
      ...counts,
    },
    ...(staged.sources ? { sources: staged.sources } : {}),
    ...(staged.table?.split && bundles[0] ? { split: splitPreview(bundles[0]) } : {}),
  };
}
