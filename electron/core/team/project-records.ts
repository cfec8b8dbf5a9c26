import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { TeamRecord } from '../../../shared/domain/team.js';
import { badInput } from '../errors.js';
import { withTrailingSlash } from '../exchange/common.js';
import { DEFAULT_LICENSE, tableFromProject } from '../exchange/project-table.js';
import { contentId } from '../mappings/content-id.js';
import { MappingStore } from '../mappings/mapping-store.js';
import type { Project } from '../projects/project-service.js';
import { reviewsByMapping } from '../review/review-transfer.js';
import { listSchemes } from '../sources/source-store.js';

/** Minted URIs (a scheme without its own URI, its items) live under the graph, so every machine mints the same. */
export const teamUriBase = (graph: string): string => withTrailingSlash(graph);

/** The team key of a statement: its content id with the scheme named by the URI the remote graph uses. */
export function teamKey(
  schemeUri: string,
  r: Pick<TeamRecord, 'itemKey' | 'kind' | 'targetUri' | 'relation' | 'targetVocabulary'>,
): string {
  return contentId({
    scheme: schemeUri,
    itemKey: r.itemKey,
    kind: r.kind,
    targetUri: r.targetUri,
    relation: r.relation,
    targetVocabulary: r.targetVocabulary,
  });
}

export interface LocalState {
  /** The source scheme and its active items as the exports see them (mappings are written from `records`). */
  table: CorrespondenceTable;
  /** The local scheme's row id, or null for a project without one yet. */
  schemeId: number | null;
  records: TeamRecord[];
  /** Team key → the mappings table row id. */
  mappingIds: Map<string, number>;
}

/**
 * The project's shared state: its one source scheme with its active items, and one record per
 * mapping of those items with its review decisions. A project without a scheme has no records.
 */
export function readLocalState(project: Project, graph: string): LocalState {
  const uriBase = teamUriBase(graph);
  const schemes = listSchemes(project);
  if (schemes.length === 0) return { table: emptyTeamTable(uriBase), schemeId: null, records: [], mappingIds: new Map() };
  if (schemes.length > 1) {
    throw badInput(
      `a shared mapping set has one source scheme; this project has ${schemes.length} (${schemes.map((s) => s.title).join('; ')})`,
      { field: 'schemes' },
    );
  }
  const { table } = tableFromProject(project, { uriBase, license: DEFAULT_LICENSE, user: { name: '', orcid: '' }, library: null });
  const schemeId = schemes[0]!.id;
  const active = new Set(table.source.items.map((i) => i.key));
  const reviews = reviewsByMapping(project.db);
  const records: TeamRecord[] = [];
  const mappingIds = new Map<string, number>();
  for (const m of new MappingStore(project.db).list({ schemeId }).rows) {
    if (!active.has(m.sourceKey)) continue;
    const review = reviews.get(m.id);
    const record: TeamRecord = {
      key: '',
      itemKey: m.sourceKey,
      kind: m.kind,
      targetUri: m.target?.uri ?? null,
      targetLabel: m.target?.label ?? '',
      targetLabelLanguage: m.target?.labelLanguage ?? '',
      targetVocabulary: m.target?.vocabularyId || m.targetVocabularyId || '',
      relation: m.relation,
      status: m.status,
      justification: m.justification,
      score: m.score,
      confidence: m.confidence,
      comment: m.comment,
      author: m.author,
      created: m.created,
      modified: m.modified,
      ...(m.evidence?.length ? { evidence: m.evidence } : {}),
      reviews: [...(review?.reviews ?? [])].sort((a, b) => a.reviewer.localeCompare(b.reviewer)),
      adjudication: review?.adjudication ?? null,
    };
    record.key = teamKey(table.source.uri, record);
    records.push(record);
    mappingIds.set(record.key, m.id);
  }
  return { table: { ...table, mappings: [] }, schemeId, records, mappingIds };
}

function emptyTeamTable(uriBase: string): CorrespondenceTable {
  return {
    metadata: {
      id: `${uriBase}mapping-set`,
      title: '',
      description: '',
      creator: '',
      license: DEFAULT_LICENSE,
      version: '',
      publicationDate: '',
      uriBase,
      tool: 'Crosswalk',
    },
    source: {
      uri: '',
      uriMinted: false,
      title: '',
      description: '',
      kind: 'learning-outcomes',
      language: 'en',
      version: '',
      conceptType: '',
      landingPage: '',
      groups: [],
      items: [],
    },
    targets: [],
    mappings: [],
  };
}
