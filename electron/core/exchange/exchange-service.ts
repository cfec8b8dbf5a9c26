import fs from 'node:fs';
import type { ExportResult, ImportCommitResult, ImportPreview } from '../../../shared/contract/export.js';
import type {
  CorrespondenceTable,
  ExchangeProblem,
  ExportFormat,
  ImportFormat,
  MappingTableColumns,
} from '../../../shared/domain/correspondence.js';
import type { MappingStatus } from '../../../shared/domain/mapping.js';
import { ErrorCodes } from '../../../shared/errors.js';
import type { MappingRelation } from '../../../shared/skos.js';
import { CrosswalkError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import type { Project } from '../projects/project-service.js';
import { runWorker } from '../jobs/run-worker.js';
import type { ExchangeReadInput } from '../workers/exchange-read.js';
import type { ExchangeWriteInput, ExchangeWriteOutput } from '../workers/exchange-write.js';
import { detectFormat, readTable, writeTable } from './formats.js';
import { commitImport, planImport } from './import-commit.js';
import { openErrors } from './open-errors.js';
import { DEFAULT_LICENSE, tableFromProject, type LibraryView } from './project-table.js';
import { resolveVocabularies } from './resolve-vocabularies.js';
import { tablePreviews, type TablePreviews } from './table-previews.js';

/** What the exchange service needs from the app: settings and, when available, the library. */
export interface ExchangeEnv {
  /** Built worker scripts; without them the work runs on the calling thread. */
  workersDir?: string;
  uriBase: string;
  user: { name: string; orcid: string };
  library: LibraryView | null;
  /** The project's licence for exports that name none. */
  license?: string;
  /** The project's mapping-set URI and title; empty fields are minted / taken from the project. */
  mappingSet?: { id: string; title: string };
}

export interface ExportRequest {
  format: ExportFormat;
  status: 'accepted' | 'all';
  schemeId?: number;
  groupKey?: string;
  elmRelations?: MappingRelation[];
  license?: string;
}

/** Builds the table from the project, writes it to `file` and returns the report. */
export async function exportToFile(
  project: Project,
  env: ExchangeEnv,
  request: ExportRequest,
  file: string,
): Promise<Omit<ExportResult, 'file'>> {
  const { table, orcids, removedItems } = tableFromProject(project, {
    schemeId: request.schemeId,
    groupKey: request.groupKey,
    uriBase: env.uriBase,
    license: request.license ?? (env.license || DEFAULT_LICENSE),
    user: env.user,
    mappingSet: env.mappingSet,
    library: env.library,
    withTargetDescriptions: request.format === 'esco-csv' || request.format === 'xlsx',
  });
  const options = { status: request.status, orcids, elmRelations: request.elmRelations };
  let report: ExchangeWriteOutput;
  if (env.workersDir) {
    const input: ExchangeWriteInput = { table, format: request.format, options, file };
    report = await runWorker<ExchangeWriteOutput>(env.workersDir, 'exchange-write', input);
  } else {
    const { content, ...rest } = await writeTable(table, request.format, options);
    writeFileAtomic(file, content);
    report = rest;
  }
  const written = table.mappings.filter((m) => request.status === 'all' || m.status === 'accepted').length;
  return {
    format: request.format,
    mappings: written,
    limits:
      removedItems > 0
        ? [...report.limits, `${removedItems} item(s) flagged as removed from the source were left out with their mappings.`]
        : report.limits,
    notAccepted: report.notAccepted ?? null,
    openErrors: openErrors(project, env.library, request),
  };
}

/** Mapping-table imports: preview first (kept under a token in `previews`), commit or cancel later. */
export class ImportStaging {
  constructor(private readonly previews: TablePreviews = tablePreviews()) {}

  async preview(
    project: Project,
    env: ExchangeEnv,
    input: {
      path: string;
      name: string;
      format: ImportFormat;
      defaultStatus?: MappingStatus;
      schemeId?: number;
      columns?: Partial<MappingTableColumns>;
    },
  ): Promise<ImportPreview> {
    const detected = input.format === 'auto' ? detectFormat(input.name, readHead(input.path)) : input.format;
    // Bare ESCO UUIDs in ESCO's layouts are resolved to the occupation or skill the library has.
    const knownConcepts = detected === 'esco-csv' || detected === 'xlsx' ? escoConcepts(env.library) : undefined;
    const defaultStatus = input.defaultStatus ?? 'proposed';
    const readInput: ExchangeReadInput = {
      path: input.path,
      name: input.name,
      format: detected,
      uriBase: env.uriBase,
      defaultStatus,
      columns: input.columns,
      knownConcepts,
    };
    const known = knownConcepts && !env.workersDir ? new Set(knownConcepts) : undefined;
    const read = env.workersDir
      ? await runWorker<Awaited<ReturnType<typeof readTable>>>(env.workersDir, 'exchange-read', readInput)
      : await readTable(new Uint8Array(fs.readFileSync(input.path)), detected, {
          file: input.name,
          uriBase: env.uriBase,
          defaultStatus,
          columns: input.columns,
          conceptExists: known ? (uri) => known.has(uri) : undefined,
        });
    const { format } = read;
    const published = input.defaultStatus === undefined ? asPublished(read.table) : undefined;
    const problems = published ? [...read.problems, published.note] : read.problems;
    const table = resolveVocabularies(published?.table ?? read.table, env.library);
    if (table.mappings.length === 0 && table.source.items.length === 0) {
      throw new CrosswalkError(ErrorCodes.badInput, `${input.name}: no mappings found`, { file: input.name, problems });
    }
    const token = this.previews.put({ file: input.name, format, table, uriBase: env.uriBase, schemeId: input.schemeId }, project.path);
    const count = (values: (string | null)[]) =>
      values.reduce<Record<string, number>>((acc, v) => ((acc[v ?? 'none'] = (acc[v ?? 'none'] ?? 0) + 1), acc), {});
    const labels = new Map(table.source.items.map((i) => [i.key, i.label]));
    return {
      token,
      file: input.name,
      format,
      source: { title: table.source.title, uri: table.source.uri, kind: table.source.kind, items: table.source.items.length },
      targets: table.targets.map((t) => ({ id: t.id, title: t.title, version: t.version })),
      mappings: table.mappings.length,
      byRelation: count(table.mappings.map((m) => (m.kind === 'match' ? m.relation : m.kind))),
      byStatus: count(table.mappings.map((m) => m.status)),
      plan: planImport(project, table, env.uriBase, input.schemeId),
      sample: table.mappings.slice(0, 200).map((m) => ({
        subjectKey: m.subjectKey,
        subjectLabel: labels.get(m.subjectKey) ?? '',
        kind: m.kind,
        relation: m.relation,
        targetUri: m.object?.uri ?? null,
        targetLabel: m.object?.label ?? '',
        status: m.status,
        author: m.author,
      })),
      problems,
      ...(read.mappingTable ? { table: read.mappingTable } : {}),
    };
  }

  commit(project: Project, token: string, author: string): ImportCommitResult {
    const staged = this.previews.take(token, project.path);
    return commitImport(project, staged.table, {
      author,
      file: staged.file,
      format: staged.format,
      uriBase: staged.uriBase,
      schemeId: staged.schemeId,
    });
  }

  cancel(token: string): void {
    this.previews.delete(token);
  }
}

/** The first bytes of a file, which is all format detection looks at. */
function readHead(file: string, bytes = 4096): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const head = new Uint8Array(bytes);
    return head.subarray(0, fs.readSync(fd, head, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** ESCO occupation and skill URIs of every library vocabulary, or [] without a library. */
function escoConcepts(library: LibraryView | null): string[] {
  if (!library) return [];
  const uris = new Set<string>();
  for (const info of library.list())
    for (const c of library.concepts(info.id)) if (/^http:\/\/data\.europa\.eu\/esco\/(occupation|skill)\//.test(c.uri)) uris.add(c.uri);
  return [...uris];
}

/**
 * A table published in ESCO's layouts states its publisher's decisions: unless the user chose a
 * status, its statements arrive accepted (and the preview says so).
 */
function asPublished(table: CorrespondenceTable): { table: CorrespondenceTable; note: ExchangeProblem } | undefined {
  if (!table.provenance?.layout.startsWith('esco-')) return undefined;
  return {
    table: { ...table, mappings: table.mappings.map((m) => ({ ...m, status: 'accepted' })) },
    note: {
      severity: 'info',
      message: `a published table (${table.metadata.creator || 'its publisher'}): its ${table.mappings.length} statements are imported as accepted; import with the default status "proposed" to review them`,
    },
  };
}
