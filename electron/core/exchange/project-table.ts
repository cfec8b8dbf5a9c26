import { lastReviewers } from '../review/review-transfer.js';
import type { ExportScope } from '../../../shared/contract/export.js';
import type { CorrespondenceMapping, CorrespondenceTable, TargetVocabulary } from '../../../shared/domain/correspondence.js';
import type { ConceptRecord, VocabularyInfo } from '../../../shared/domain/vocabulary.js';
import { badInput } from '../errors.js';
import { MappingStore } from '../mappings/mapping-store.js';
import type { Project } from '../projects/project-service.js';
import { listGroups, listItems, listSchemes } from '../sources/source-store.js';
import { parseLooseDate, PREAMBLE, preambleValue } from './esco-layout/preamble.js';
import { listSchemeItems } from '../sources/store/item-rows.js';
import { readProvenance } from './provenance-store.js';
import { CROSSWALK_TOOL, describeVocabulary, mintSchemeUri, slug, withTrailingSlash } from './common.js';
import { commentWithEvidence } from './evidence-comment.js';

/** What export needs from the vocabulary library; absent when none is available. */
export interface LibraryView {
  list(): VocabularyInfo[];
  concepts(id: string): ConceptRecord[];
  has(id: string): boolean;
  get(id: string): VocabularyInfo;
  concept(uri: string, vocabularyId?: string): ConceptRecord | undefined;
}

export interface TableOptions extends ExportScope {
  uriBase: string;
  license: string;
  /** The user's name and ORCID iD, for author_id / creator_id. */
  user: { name: string; orcid: string };
  library?: LibraryView | null;
  /** The project's own mapping-set URI and title (Settings); empty or absent: minted / the project title. */
  mappingSet?: { id: string; title: string };
  /** Look up target descriptions (the crosswalk layout has a column for them). */
  withTargetDescriptions?: boolean;
}

export { DEFAULT_LICENSE } from '../projects/project-settings.js';

/** The project's mapping-set URI (one course: a sub-set under it), else one minted under the URI base. */
function mappingSetId(options: TableOptions, schemeTitle: string): string {
  const course = options.groupKey ? `/${encodeURIComponent(options.groupKey)}` : '';
  if (options.mappingSet?.id) return `${options.mappingSet.id.replace(/\/+$/, '')}${course}`;
  return `${withTrailingSlash(options.uriBase)}mapping-set/${slug(schemeTitle)}${course}`;
}

export function targetVocabulary(id: string, library: LibraryView | null | undefined): TargetVocabulary {
  const base = describeVocabulary(id);
  if (!library?.has(id)) return base;
  const info = library.get(id);
  const version = info.version
    ? info.version.startsWith('v') || !/^\d/.test(info.version)
      ? info.version
      : `v${info.version}`
    : base.version;
  return { ...base, title: /^esco/i.test(id) ? 'ESCO' : info.title || base.title, version, language: info.languages[0] ?? base.language };
}

/** The scheme, its groups and the items (every state) an export covers (one course and its sub-groups when groupKey is given). */
export function exportScope(project: Project, options: ExportScope) {
  const schemes = listSchemes(project);
  if (schemes.length === 0) throw badInput('the project has no source scheme to export');
  let scheme = schemes[0]!;
  if (options.schemeId !== undefined) {
    const found = schemes.find((s) => s.id === options.schemeId);
    if (!found) throw badInput(`no source scheme ${options.schemeId} in this project`, { field: 'schemeId' });
    scheme = found;
  } else if (schemes.length > 1) {
    throw badInput(
      `the project has ${schemes.length} source schemes; choose one (${schemes.map((s) => `${s.id}: ${s.title}`).join('; ')})`,
      { field: 'schemeId' },
    );
  }
  const groupRows = listGroups(project, scheme.id);
  let groupIds: Set<number> | null = null;
  if (options.groupKey !== undefined) {
    const root = groupRows.find((g) => g.key === options.groupKey);
    if (!root) throw badInput(`no course or group "${options.groupKey}" in scheme "${scheme.title}"`, { field: 'groupKey' });
    groupIds = new Set([root.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const g of groupRows) {
        if (g.parentId !== null && groupIds.has(g.parentId) && !groupIds.has(g.id)) {
          groupIds.add(g.id);
          grew = true;
        }
      }
    }
  }
  const items = listItems(project, { schemeId: scheme.id, state: 'all' }).filter(
    (i) => !groupIds || (i.groupId !== null && groupIds.has(i.groupId)),
  );
  return { scheme, groupRows, groupIds, items };
}

/** The project's mappings of one source scheme as a correspondence table, ready for any writer. */
export function tableFromProject(
  project: Project,
  options: TableOptions,
): { table: CorrespondenceTable; orcids: Record<string, string>; removedItems: number } {
  const { scheme, groupRows, groupIds, items } = exportScope(project, options);
  const meta = project.metadata();
  const groupKeyById = new Map(groupRows.map((g) => [g.id, g.key]));
  const active = items.filter((i) => i.state === 'active');
  const activeIds = new Set(active.map((i) => i.id));
  const keyById = new Map(active.map((i) => [i.id, i.key]));
  const { byMapping: reviewers, orcids } = lastReviewers(project.db);
  if (options.user.name && options.user.orcid) orcids[options.user.name] = options.user.orcid;

  const provenance = readProvenance(project.db, scheme.id);
  const listed = new MappingStore(project.db).list({ schemeId: scheme.id }).rows.filter((r) => activeIds.has(r.sourceItemId));
  // A published table's rows keep the order they were imported in; tables made here go item by item.
  const rows = provenance?.layout.startsWith('esco-') ? [...listed].sort((a, b) => a.id - b.id) : listed;
  const vocabularyIds = [...new Set(rows.map((r) => r.target?.vocabularyId || r.targetVocabularyId || '').filter(Boolean))];
  const targets = vocabularyIds.map((id) => targetVocabulary(id, options.library));
  const language = meta.language || 'en';
  const mappings: CorrespondenceMapping[] = rows.map((r) => {
    const concept =
      options.withTargetDescriptions && r.target ? options.library?.concept(r.target.uri, r.target.vocabularyId || undefined) : undefined;
    const description = concept ? (concept.description[language] ?? concept.description.en ?? '') : '';
    return {
      subjectKey: keyById.get(r.sourceItemId)!,
      kind: r.kind,
      object: r.target
        ? {
            uri: r.target.uri,
            label: r.target.label,
            ...(description ? { description } : {}),
            ...(r.target.labelLanguage ? { labelLanguage: r.target.labelLanguage } : {}),
          }
        : null,
      vocabularyId: r.target?.vocabularyId || r.targetVocabularyId || '',
      relation: r.relation,
      status: r.status,
      justification: r.justification,
      score: r.score,
      confidence: r.confidence,
      // No format has a place for the outcome words a mapping stands on (issue 14): they close its comment.
      comment: commentWithEvidence(r.comment, r.sourceText, r.evidence),
      author: r.author,
      reviewer: reviewers.get(r.id) ?? '',
      created: r.created,
      modified: r.modified,
    };
  });

  const ownUri = scheme.uri;
  const schemeUri = ownUri ?? mintSchemeUri(options.uriBase, scheme.title);
  const usedGroups = groupIds ?? new Set(groupRows.map((g) => g.id));
  const stated = (key: string) => (provenance ? preambleValue(provenance.preamble, key) : '');
  const extras = new Map(listSchemeItems(project.db, scheme.id).map((i) => [i.id, i.extra]));
  const table: CorrespondenceTable = {
    metadata: {
      id: mappingSetId(options, scheme.title),
      title: stated(PREAMBLE.name) || options.mappingSet?.title || meta.title,
      description: meta.description,
      // A project made without a name gets the person working as its author (ESCO layout, SSSOM creator).
      creator: stated(PREAMBLE.author) || meta.creator || options.user.name,
      license: options.license,
      version: stated(PREAMBLE.version) || meta.modified.slice(0, 10),
      publicationDate: parseLooseDate(stated(PREAMBLE.date)) || new Date().toISOString().slice(0, 10),
      uriBase: options.uriBase,
      tool: CROSSWALK_TOOL,
    },
    source: {
      uri: schemeUri,
      uriMinted: ownUri === null,
      title: scheme.title,
      description: scheme.description,
      kind: scheme.kind,
      language: scheme.language,
      version: scheme.version,
      conceptType: scheme.conceptType || (scheme.kind === 'learning-outcomes' ? 'Learning outcome' : 'Concept'),
      landingPage: scheme.landingPage,
      groups: groupRows
        .filter((g) => usedGroups.has(g.id))
        .map((g) => ({
          key: g.key,
          title: g.title,
          description: g.description,
          parentKey: g.parentId !== null && usedGroups.has(g.parentId) ? (groupKeyById.get(g.parentId) ?? null) : null,
          ...(Object.keys(g.metadata).length ? { course: g.metadata } : {}),
        })),
      items: active.map((i) => {
        const extra = extras.get(i.id) ?? {};
        return {
          key: i.key,
          uri: i.uri,
          label: i.text,
          description: i.description,
          notation: i.notation,
          groupKey: i.groupId !== null ? (groupKeyById.get(i.groupId) ?? null) : null,
          language: i.language,
          ...(extra.translations && Object.keys(extra.translations).length ? { translations: extra.translations } : {}),
          ...(extra.identifiers ? { identifiers: extra.identifiers } : {}),
        };
      }),
    },
    targets,
    mappings,
    ...(provenance ? { provenance } : {}),
  };
  return { table, orcids, removedItems: items.length - active.length };
}
