import jskosTools from 'jskos-tools';
import type { CorrespondenceItem, ExchangeProblem, TargetVocabulary } from '../../../shared/domain/correspondence.js';
import type { MappingKind, MappingStatus } from '../../../shared/domain/mapping.js';
import { NS, relationFromUri, relationUri } from '../../../shared/skos.js';
import { badInput } from '../errors.js';
import {
  CROSSWALK_NS,
  JUSTIFICATION_TO_SEMAPV,
  countLimit,
  notAcceptedIncluded,
  notAcceptedLimit,
  describeVocabulary,
  emptyTable,
  itemUri,
  itemsByKey,
  justificationFromSemapv,
  keyForSubjectUri,
  parseStatus,
  plural,
  recordUri,
  selectMappings,
  vocabularyById,
  vocabularyIdFor,
  vocabularyIdForUri,
  withTrailingSlash,
  type ReadOptions,
  type ReaderResult,
  type WriteOptions,
  type WriterResult,
} from './common.js';
import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { foreignLabelLanguage, itemLabels, splitItemLabels, targetLabelLanguage } from './label-languages.js';

/* JSKOS has no slot for curation status, similarity scores or negative statements: Crosswalk
   keeps them as Web Annotation tags (motivation "tagging") that Cocoda shows and ignores, and
   marks accepted / rejected mappings with the "assessing" +1 / -1 votes Cocoda understands. */
const TAG_STATUS = 'crosswalk:status=';
const TAG_SCORE = 'crosswalk:similarity=';
const TAG_NOT = 'crosswalk:must-not-map';
const LEARNING_OUTCOMES_TYPE = `${CROSSWALK_NS}LearningOutcomes`;

interface JskosAnnotation {
  type: 'Annotation';
  motivation: 'assessing' | 'tagging';
  bodyValue: string;
  creator?: { id: string; name: string };
}

type LangMap = Record<string, string>;
interface JskosConcept {
  uri: string;
  prefLabel?: LangMap;
  notation?: string[];
  definition?: Record<string, string[]>;
}
interface JskosScheme {
  uri: string;
  prefLabel?: LangMap;
  version?: string;
  type?: string[];
  languages?: string[];
  /** The source scheme's items, mapped or not (JSKOS ConceptScheme "concepts"). */
  concepts?: JskosConcept[];
}
interface JskosMapping {
  uri?: string;
  identifier?: string[];
  from: { memberSet: JskosConcept[] };
  to: { memberSet: JskosConcept[] };
  fromScheme?: JskosScheme;
  toScheme?: JskosScheme;
  type?: string[];
  creator?: { uri?: string; prefLabel: LangMap }[];
  created?: string;
  modified?: string;
  mappingRelevance?: number;
  justification?: string;
  note?: Record<string, string[]>;
  annotations?: JskosAnnotation[];
}

function personId(table: CorrespondenceTable, name: string, orcids: Record<string, string> | undefined): string {
  const orcid = orcids?.[name];
  return orcid ? `https://orcid.org/${orcid}` : `${withTrailingSlash(table.metadata.uriBase)}person/${encodeURIComponent(name)}`;
}

function schemeFor(v: TargetVocabulary): JskosScheme {
  return { uri: v.uri, prefLabel: { en: v.title }, ...(v.version ? { version: v.version } : {}) };
}

/** A JSKOS concordance (for Cocoda and jskos-server), valid per jskos-validate. */
export async function writeJskos(
  table: CorrespondenceTable,
  options: WriteOptions & { orcids?: Record<string, string> },
): Promise<WriterResult> {
  const items = itemsByKey(table);
  const vocabularies = vocabularyById(table);
  const lang = table.source.language || 'en';
  const fromScheme: JskosScheme = {
    uri: table.source.uri,
    prefLabel: { [lang]: table.source.title },
    ...(table.source.version ? { version: table.source.version } : {}),
    type: [`${NS.skos}ConceptScheme`, ...(table.source.kind === 'learning-outcomes' ? [LEARNING_OUTCOMES_TYPE] : [])],
    languages: [lang],
    // Every item, mapped or not: mappings alone would lose the items none of the written ones is about.
    concepts: table.source.items.map((item) => ({
      uri: itemUri(table, item),
      prefLabel: itemLabels(item, lang),
      ...(item.notation ? { notation: [item.notation] } : {}),
      ...(item.description ? { definition: { [item.language || lang]: [item.description] } } : {}),
    })),
  };
  const mappings: JskosMapping[] = [];
  const selected = selectMappings(table, options, true);
  for (const m of selected) {
    const item = items.get(m.subjectKey);
    if (!item) continue;
    const vocabulary = vocabularies.get(m.vocabularyId) ?? describeVocabulary(m.vocabularyId);
    const annotations: JskosAnnotation[] = [{ type: 'Annotation', motivation: 'tagging', bodyValue: `${TAG_STATUS}${m.status}` }];
    // A must-not-map statement says the mapping is wrong: always a -1 vote (its own status is in the tag).
    if (m.kind === 'must-not-map' || m.status === 'accepted' || m.status === 'rejected') {
      annotations.push({
        type: 'Annotation',
        motivation: 'assessing',
        bodyValue: m.kind === 'must-not-map' || m.status === 'rejected' ? '-1' : '+1',
        ...(m.reviewer ? { creator: { id: personId(table, m.reviewer, options.orcids), name: m.reviewer } } : {}),
      });
    }
    if (m.kind === 'must-not-map') annotations.push({ type: 'Annotation', motivation: 'tagging', bodyValue: TAG_NOT });
    if (m.score !== null) annotations.push({ type: 'Annotation', motivation: 'tagging', bodyValue: `${TAG_SCORE}${m.score}` });
    const from: JskosConcept = {
      uri: itemUri(table, item),
      prefLabel: { [item.language || lang]: item.label },
      ...(item.notation ? { notation: [item.notation] } : {}),
    };
    const mapping: JskosMapping = {
      uri: recordUri(table, item, m),
      from: { memberSet: [from] },
      to: {
        memberSet: m.object
          ? [
              {
                uri: m.object.uri,
                ...(m.object.label ? { prefLabel: { [targetLabelLanguage(m.object, vocabulary)]: m.object.label } } : {}),
              },
            ]
          : [],
      },
      fromScheme: { uri: table.source.uri },
      toScheme: schemeFor(vocabulary),
      type: [
        m.kind === 'match' && m.relation
          ? relationUri(m.relation)
          : m.kind === 'no-match'
            ? `${NS.skos}exactMatch`
            : `${NS.skos}mappingRelation`,
      ],
      ...(m.author
        ? {
            creator: [
              { ...(options.orcids?.[m.author] ? { uri: personId(table, m.author, options.orcids) } : {}), prefLabel: { en: m.author } },
            ],
          }
        : {}),
      ...(m.created ? { created: m.created.slice(0, 10) } : {}),
      ...(m.modified ? { modified: m.modified.slice(0, 10) } : {}),
      ...(m.confidence !== null ? { mappingRelevance: m.confidence } : {}),
      justification: JUSTIFICATION_TO_SEMAPV[m.justification],
      ...(m.comment ? { note: { en: [m.comment] } } : {}),
      annotations,
    };
    mappings.push((await jskosTools.addMappingIdentifiers(mapping)) as JskosMapping);
  }
  const single = table.targets.length === 1 ? table.targets[0] : undefined;
  const concordance = {
    '@context': 'https://gbv.github.io/jskos/context.json',
    type: ['http://rdfs.org/ns/void#Linkset'],
    uri: table.metadata.id,
    prefLabel: { en: table.metadata.title },
    ...(table.metadata.description ? { definition: { en: [table.metadata.description] } } : {}),
    ...(table.metadata.creator ? { creator: [{ prefLabel: { en: table.metadata.creator } }] } : {}),
    ...(table.metadata.publicationDate ? { issued: table.metadata.publicationDate } : {}),
    ...(table.metadata.version ? { version: table.metadata.version } : {}),
    ...(table.metadata.license ? { license: [{ uri: table.metadata.license }] } : {}),
    fromScheme,
    toScheme: single ? schemeFor(single) : { uri: `${withTrailingSlash(table.metadata.uriBase)}targets` },
    extent: String(mappings.length),
    mappings,
  };
  const limits = [
    ...(table.source.groups.length
      ? [`Groups (courses, modules): ${plural(table.source.groups.length, 'group')} are not part of a JSKOS concordance.`]
      : []),
    ...countLimit(
      table.mappings,
      (m) => m.kind === 'must-not-map',
      (n) =>
        `${plural(n, 'must-not-map statement')} are written as skos:mappingRelation with a -1 vote and a "${TAG_NOT}" tag; tools that ignore votes and tags may read them as mappings.`,
    ),
    'Curation status and similarity scores are kept as annotation tags (Cocoda shows them as tags).',
    ...notAcceptedLimit(table, options),
  ];
  const notAccepted = notAcceptedIncluded(
    selected,
    `JSKOS has no status: each carries a "${TAG_STATUS}…" tag, only accepted mappings a +1 vote, and rejected ones a -1 vote; tools that ignore tags and votes read them all as mappings.`,
  );
  return { content: `${JSON.stringify(concordance, null, 2)}\n`, limits, ...(notAccepted ? { notAccepted } : {}) };
}

const first = (map: LangMap | undefined, lang = 'en'): string => (map ? (map[lang] ?? Object.values(map)[0] ?? '') : '');

/** Reads a JSKOS concordance, an array of JSKOS mappings, or JSON Lines (one mapping a line, as jskos-server exports). */
export function readJskos(text: string, options: ReadOptions): ReaderResult {
  const problems: ExchangeProblem[] = [];
  let concordance: {
    uri?: string;
    prefLabel?: LangMap;
    fromScheme?: JskosScheme;
    toScheme?: JskosScheme;
    creator?: { prefLabel?: LangMap }[];
    version?: string;
    issued?: string;
    license?: { uri: string }[];
    definition?: Record<string, string[]>;
    mappings?: JskosMapping[];
  };
  const trimmed = text.trim();
  try {
    const parsed = JSON.parse(trimmed) as unknown;
    concordance = Array.isArray(parsed) ? { mappings: parsed as JskosMapping[] } : (parsed as typeof concordance);
  } catch (error) {
    // jskos-server exports mappings as JSON Lines.
    try {
      concordance = {
        mappings: trimmed
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as JskosMapping),
      };
    } catch {
      throw badInput(`not valid JSON (${(error as Error).message})`, { file: options.file });
    }
  }
  const mappings = concordance.mappings ?? (('from' in concordance ? [concordance as unknown as JskosMapping] : []) as JskosMapping[]);
  const concepts = concordance.fromScheme?.concepts ?? [];
  // A concordance without mappings still lists its items (an accepted-only export before any is accepted).
  if (!Array.isArray(mappings) || (mappings.length === 0 && concepts.length === 0))
    throw badInput('no JSKOS mappings found, nor concepts of the source scheme', { file: options.file, field: 'mappings' });

  const fromScheme = concordance.fromScheme ?? mappings[0]?.fromScheme;
  const table = emptyTable(first(fromScheme?.prefLabel) || first(concordance.prefLabel) || options.file, options.uriBase);
  table.metadata = {
    ...table.metadata,
    id: concordance.uri ?? '',
    title: first(concordance.prefLabel) || table.metadata.title,
    description: concordance.definition ? (Object.values(concordance.definition)[0]?.[0] ?? '') : '',
    creator: first(concordance.creator?.[0]?.prefLabel),
    license: concordance.license?.[0]?.uri ?? '',
    version: concordance.version ?? '',
    publicationDate: concordance.issued ?? '',
  };
  table.source.uri = fromScheme?.uri ?? '';
  table.source.version = fromScheme?.version ?? '';
  table.source.kind = fromScheme?.type?.includes(LEARNING_OUTCOMES_TYPE) ? 'learning-outcomes' : 'classification';
  table.source.language = fromScheme?.languages?.[0] ?? Object.keys(fromScheme?.prefLabel ?? {})[0] ?? table.source.language;
  const schemeBase = table.source.uri ? withTrailingSlash(table.source.uri) : '';

  const items = new Map<string, CorrespondenceItem>();
  const addItem = (concept: JskosConcept): string => {
    const key = keyForSubjectUri(concept.uri, table.source.uri);
    if (items.has(key)) return key;
    const labels = splitItemLabels(concept.prefLabel ?? {}, [table.source.language, 'en']);
    const language = labels?.language || table.source.language;
    items.set(key, {
      key,
      uri: schemeBase !== '' && concept.uri.startsWith(schemeBase) ? null : concept.uri,
      label: labels?.label || key,
      description: concept.definition?.[language]?.[0] ?? Object.values(concept.definition ?? {})[0]?.[0] ?? '',
      notation: concept.notation?.[0] ?? '',
      groupKey: null,
      language,
      ...(labels?.translations ? { translations: labels.translations } : {}),
    });
    return key;
  };
  for (const concept of concepts) if (concept?.uri) addItem(concept);
  const targets = new Map<string, TargetVocabulary>();
  mappings.forEach((m, index) => {
    const where = { field: `mappings[${index}]` };
    const from = m.from?.memberSet?.[0];
    if (!from?.uri) {
      problems.push({ severity: 'error', message: 'mapping without a from concept URI: skipped', ...where });
      return;
    }
    if ((m.from.memberSet.length ?? 0) > 1 || (m.to?.memberSet?.length ?? 0) > 1) {
      problems.push({ severity: 'warning', message: 'many-to-many mapping: only the first concept of each side is taken', ...where });
    }
    const key = addItem(from);
    const tags = (m.annotations ?? []).filter((a) => a.motivation === 'tagging').map((a) => a.bodyValue);
    const votes = (m.annotations ?? []).filter((a) => a.motivation === 'assessing');
    const statusTag = tags.find((t) => t.startsWith(TAG_STATUS))?.slice(TAG_STATUS.length);
    const vote = votes.at(-1);
    const status: MappingStatus =
      parseStatus(statusTag) ?? (vote?.bodyValue === '+1' ? 'accepted' : vote?.bodyValue === '-1' ? 'rejected' : options.defaultStatus);
    const to = m.to?.memberSet?.[0];
    const typeUri = m.type?.[0] ?? `${NS.skos}mappingRelation`;
    const negative = tags.includes(TAG_NOT);
    const kind: MappingKind = !to ? 'no-match' : negative ? 'must-not-map' : 'match';
    const relation = kind === 'match' ? (relationFromUri(typeUri) ?? null) : null;
    if (kind === 'match' && !relation) {
      problems.push({
        severity: 'warning',
        message: `mapping type ${typeUri} is not one of the five SKOS match relations: taken as relatedMatch`,
        ...where,
      });
    }
    const toScheme = m.toScheme ?? concordance.toScheme;
    const title = first(toScheme?.prefLabel);
    const vocabularyId =
      title || toScheme?.version ? vocabularyIdFor(title, toScheme?.version ?? '') : vocabularyIdForUri(to?.uri ?? '', 'unknown');
    if (!targets.has(vocabularyId))
      targets.set(vocabularyId, { ...describeVocabulary(vocabularyId), ...(toScheme?.uri ? { uri: toScheme.uri } : {}) });
    const vocabulary = targets.get(vocabularyId)!;
    const labelLanguage = to?.prefLabel
      ? ([vocabulary.language, 'en'].find((l) => to.prefLabel![l]) ?? Object.keys(to.prefLabel)[0])
      : undefined;
    const score = tags.find((t) => t.startsWith(TAG_SCORE))?.slice(TAG_SCORE.length);
    table.mappings.push({
      subjectKey: key,
      kind,
      object: to
        ? {
            uri: to.uri,
            label: labelLanguage ? (to.prefLabel?.[labelLanguage] ?? '') : '',
            ...foreignLabelLanguage(labelLanguage, vocabulary),
          }
        : null,
      vocabularyId,
      relation: kind === 'match' ? (relation ?? 'relatedMatch') : null,
      status,
      justification: m.justification ? justificationFromSemapv(m.justification) : 'imported',
      score: score !== undefined && Number.isFinite(Number(score)) ? Number(score) : null,
      confidence: typeof m.mappingRelevance === 'number' ? m.mappingRelevance : null,
      comment: m.note ? (Object.values(m.note)[0]?.[0] ?? '') : '',
      author: first(m.creator?.[0]?.prefLabel),
      reviewer: vote?.creator?.name ?? '',
      created: m.created ?? '',
      modified: m.modified ?? m.created ?? '',
    });
  });
  table.source.items = [...items.values()];
  table.targets = [...targets.values()];
  return { table, problems };
}
