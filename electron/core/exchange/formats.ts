import type { CorrespondenceTable, ExportFormat, ImportFormat, MappingTableColumns } from '../../../shared/domain/correspondence.js';
import type { MappingRelation } from '../../../shared/skos.js';
import { badInput } from '../errors.js';
import type { ReaderResult, WriterResult } from './common.js';
import { writeElm } from './elm.js';
import { readCrosswalkRows, type CrosswalkReadOptions } from './esco-crosswalk-layout.js';
import { looksLikeEscoLayout } from './esco-layout/preamble.js';
import { readDelimitedRows } from './delimited-text.js';
import { readEscoCsv, writeEscoCsv } from './esco-csv.js';
import { readJskos, writeJskos } from './jskos.js';
import { readMappingTable } from './mapping-table.js';
import { readSkos } from './skos-reader.js';
import { writeSkos } from './skos-writer.js';
import { readSssom } from './sssom-reader.js';
import { writeSssom } from './sssom-writer.js';
import { readXlsxRows, writeXlsx } from './xlsx.js';

export interface TableWriteOptions {
  status: 'accepted' | 'all';
  /** ORCID iDs by person name (author_id / reviewer_id). */
  orcids?: Record<string, string>;
  /** ELM: relations that qualify for elm:relatedESCOSkill. */
  elmRelations?: readonly MappingRelation[];
}

/** Writes a table in one of the export formats. */
export async function writeTable(table: CorrespondenceTable, format: ExportFormat, options: TableWriteOptions): Promise<WriterResult> {
  switch (format) {
    case 'skos-ttl':
    case 'skos-rdfxml':
    case 'skos-jsonld':
    case 'skos-nt':
      return writeSkos(table, format, options);
    case 'sssom':
      return writeSssom(table, options);
    case 'jskos':
      return writeJskos(table, options);
    case 'esco-csv':
      return writeEscoCsv(table, options);
    case 'xlsx':
      return writeXlsx(table, options);
    case 'elm-ttl':
      return writeElm(table, 'turtle', { ...options, relations: options.elmRelations });
    case 'elm-jsonld':
      return writeElm(table, 'jsonld', { ...options, relations: options.elmRelations });
  }
}

export type DetectedFormat = Exclude<ImportFormat, 'auto'>;

/** ESCO's layouts open with a "Mapping project name" preamble line or have a "Type of Match" / "Mapping relation" column. */
function looksLikeEscoLayoutText(head: string): boolean {
  return /^"?Mapping project name"?[,;\t]/im.test(head) || /(^|[,;\t"])\s*(mapping relation|type of match)\s*("|[,;\t]|$)/im.test(head);
}

/** Guesses an import file's format from its name and first bytes. */
export function detectFormat(name: string, data: Uint8Array): DetectedFormat {
  const lower = name.toLowerCase();
  if (data[0] === 0x50 && data[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder().decode(data.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (/\.sssom\.tsv$/.test(lower) || /^#\s*(curie_map|mapping_set_id|license)\s*:/m.test(head) || /^subject_id\t/m.test(head))
    return 'sssom';
  if (looksLikeEscoLayoutText(head)) return 'esco-csv';
  if (/\.(csv|tsv|txt)$/.test(lower)) return 'mapping-table';
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    return /"@context"\s*:\s*"https:\/\/gbv\.github\.io\/jskos|"memberSet"|"fromScheme"/.test(head) ||
      /\.jskos\.json$|\.ndjson$/.test(lower)
      ? 'jskos'
      : 'skos';
  }
  if (/\.(ttl|nt|rdf|owl|xml|jsonld)$/.test(lower) || start.startsWith('@prefix') || start.startsWith('<')) return 'skos';
  throw badInput(
    'cannot tell the format: name the file .sssom.tsv, .csv, .xlsx, .ttl, .rdf, .nt, .jsonld or .jskos.json, or choose the format',
    { file: name },
  );
}

/** What reading an import file gives: the table, its problems, the format, and for a mapping table the header and columns it was read through. */
export interface TableReading extends ReaderResult {
  format: DetectedFormat;
  mappingTable?: { header: string[]; columns: Partial<MappingTableColumns> };
}

/** Reads an import file in a given (or detected) format. */
export async function readTable(data: Uint8Array, format: ImportFormat, options: CrosswalkReadOptions): Promise<TableReading> {
  const actual = format === 'auto' ? detectFormat(options.file, data) : format;
  const text = () => new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
  switch (actual) {
    case 'sssom':
      return { ...readSssom(text(), options), format: actual };
    case 'esco-csv':
      return { ...readEscoCsv(data, options), format: actual };
    case 'xlsx': {
      // A workbook in ESCO's layout, else any mapping table read through its columns.
      const rows = await readXlsxRows(data, options.file);
      if (looksLikeEscoLayout(rows)) return { ...readCrosswalkRows(rows, options), format: actual };
      const read = readMappingTable(rows, options.columns, options);
      return {
        table: read.table,
        problems: read.problems,
        format: 'mapping-table',
        mappingTable: { header: read.header, columns: read.columns },
      };
    }
    case 'jskos':
      return { ...readJskos(text(), options), format: actual };
    case 'skos':
      return { ...(await readSkos(text(), options)), format: actual };
    case 'mapping-table': {
      // A workbook is a zip (PK); anything else is delimited text.
      const delimited =
        data[0] === 0x50 && data[1] === 0x4b
          ? undefined
          : readDelimitedRows(data, options.file, { delimiter: /\.tsv$/i.test(options.file) ? '\t' : undefined });
      const rows = delimited?.rows ?? (await readXlsxRows(data, options.file));
      const read = readMappingTable(rows, options.columns, options, delimited?.lines);
      return {
        table: read.table,
        problems: [...(delimited?.repairs ?? []), ...read.problems],
        format: actual,
        mappingTable: { header: read.header, columns: read.columns },
      };
    }
  }
}
