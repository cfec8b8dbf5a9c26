import type { Quad, Quad_Object } from 'n3';
import type { CorrespondenceMapping, CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { NS, relationUri } from '../../../shared/skos.js';
import {
  CROSSWALK_NS,
  JUSTIFICATION_TO_SEMAPV,
  countLimit,
  notAcceptedIncluded,
  notAcceptedLimit,
  itemUri,
  itemsByKey,
  plural,
  recordUri,
  selectMappings,
  vocabularyById,
  vocabularyVersionLabel,
  withTrailingSlash,
  type WriteOptions,
  type WriterResult,
} from './common.js';
import { itemLabels, targetLabelLanguage } from './label-languages.js';
import { literal, namedNode, quad, serializeRdf, type RdfSyntax } from './rdf-io.js';

const SKOS_PREFIXES: Record<string, string> = {
  skos: NS.skos,
  dcterms: NS.dct,
  owl: NS.owl,
  rdfs: NS.rdfs,
  xsd: NS.xsd,
  sssom: NS.sssom,
  semapv: NS.semapv,
  cw: CROSSWALK_NS,
};

const RDF_TYPE = namedNode(`${NS.rdf}type`);
const skos = (local: string) => namedNode(`${NS.skos}${local}`);
const dct = (local: string) => namedNode(`${NS.dct}${local}`);
const sssom = (local: string) => namedNode(`${NS.sssom}${local}`);
const owl = (local: string) => namedNode(`${NS.owl}${local}`);
const xsdDate = namedNode(`${NS.xsd}date`);
const xsdDouble = namedNode(`${NS.xsd}double`);

/** URI of a group (course, module, broader concept) under the scheme URI. */
export function groupUri(table: CorrespondenceTable, key: string): string {
  return `${withTrailingSlash(table.source.uri)}group/${encodeURIComponent(key)}`;
}

/** Only an accepted match is asserted as a plain skos:*Match triple; every other statement is an axiom only. */
const isAsserted = (m: Pick<CorrespondenceMapping, 'kind' | 'status'>): boolean => m.kind === 'match' && m.status === 'accepted';

/**
 * The local scheme as SKOS, the mapping triples, and one owl:Axiom per mapping carrying its
 * provenance in SSSOM's RDF vocabulary (justification, author, reviewer, date, confidence, status).
 * Only accepted matches are asserted; proposed, unsure and rejected matches, no-match and
 * must-not-map statements exist only as axioms with their status: nothing unaccepted is asserted.
 */
export function buildSkosQuads(table: CorrespondenceTable, options: WriteOptions): Quad[] {
  const q: Quad[] = [];
  const add = (s: string, p: ReturnType<typeof namedNode>, o: Quad_Object) => q.push(quad(namedNode(s), p, o));
  const lang = table.source.language || 'en';
  const scheme = table.source.uri;
  add(scheme, RDF_TYPE, skos('ConceptScheme'));
  add(scheme, skos('prefLabel'), literal(table.source.title, lang));
  if (table.source.description) add(scheme, dct('description'), literal(table.source.description, lang));
  if (table.source.version) add(scheme, owl('versionInfo'), literal(table.source.version));
  if (table.source.landingPage) add(scheme, namedNode('http://xmlns.com/foaf/0.1/homepage'), namedNode(table.source.landingPage));
  add(scheme, namedNode(`${CROSSWALK_NS}sourceKind`), literal(table.source.kind));

  for (const group of table.source.groups) {
    const g = groupUri(table, group.key);
    add(g, RDF_TYPE, skos('Collection'));
    add(g, dct('identifier'), literal(group.key));
    add(g, skos('prefLabel'), literal(group.title || group.key, lang));
    if (group.description) add(g, skos('definition'), literal(group.description, lang));
    if (group.parentKey) add(groupUri(table, group.parentKey), skos('member'), namedNode(g));
  }
  for (const item of table.source.items) {
    const uri = itemUri(table, item);
    add(uri, RDF_TYPE, skos('Concept'));
    add(uri, skos('inScheme'), namedNode(scheme));
    add(uri, dct('identifier'), literal(item.key));
    // Every item, mapped or not: the table's items are the concepts of the source scheme.
    for (const [language, label] of Object.entries(itemLabels(item, lang))) add(uri, skos('prefLabel'), literal(label, language));
    if (item.notation) add(uri, skos('notation'), literal(item.notation));
    if (item.description) add(uri, skos('definition'), literal(item.description, item.language || lang));
    if (item.groupKey) add(groupUri(table, item.groupKey), skos('member'), namedNode(uri));
    else add(uri, skos('topConceptOf'), namedNode(scheme));
  }

  const set = table.metadata.id;
  add(set, RDF_TYPE, sssom('MappingSet'));
  if (table.metadata.title) add(set, dct('title'), literal(table.metadata.title));
  if (table.metadata.creator) add(set, dct('creator'), literal(table.metadata.creator));
  if (table.metadata.license) add(set, dct('license'), namedNode(table.metadata.license));
  if (table.metadata.version) add(set, owl('versionInfo'), literal(table.metadata.version));
  if (table.metadata.publicationDate) add(set, dct('issued'), literal(table.metadata.publicationDate, xsdDate));
  add(set, sssom('mapping_tool'), literal(table.metadata.tool || 'Crosswalk'));

  const items = itemsByKey(table);
  const vocabularies = vocabularyById(table);
  for (const m of selectMappings(table, options, true)) {
    const item = items.get(m.subjectKey);
    if (!item) continue;
    const subject = itemUri(table, item);
    const predicate = m.kind === 'match' && m.relation ? relationUri(m.relation) : `${NS.skos}mappingRelation`;
    const object = m.object?.uri ?? `${NS.sssom}NoTermFound`;
    if (isAsserted(m)) add(subject, namedNode(predicate), namedNode(object));
    const axiom = recordUri(table, item, m);
    add(axiom, RDF_TYPE, owl('Axiom'));
    add(axiom, owl('annotatedSource'), namedNode(subject));
    add(axiom, owl('annotatedProperty'), namedNode(predicate));
    add(axiom, owl('annotatedTarget'), namedNode(object));
    add(set, sssom('mappings'), namedNode(axiom));
    if (m.kind === 'must-not-map') add(axiom, sssom('predicate_modifier'), literal('Not'));
    const vocabulary = vocabularies.get(m.vocabularyId);
    if (m.object?.label) add(axiom, sssom('object_label'), literal(m.object.label, targetLabelLanguage(m.object, vocabulary)));
    if (vocabulary) {
      add(axiom, sssom('object_source'), namedNode(vocabulary.uri));
      add(axiom, sssom('object_source_version'), literal(vocabularyVersionLabel(vocabulary)));
    }
    add(axiom, sssom('mapping_justification'), namedNode(JUSTIFICATION_TO_SEMAPV[m.justification]));
    add(axiom, namedNode(`${CROSSWALK_NS}curationStatus`), literal(m.status));
    if (m.author) add(axiom, sssom('author_label'), literal(m.author));
    if (m.reviewer) add(axiom, sssom('reviewer_label'), literal(m.reviewer));
    if (m.created) add(axiom, sssom('mapping_date'), literal(m.created.slice(0, 10), xsdDate));
    if (m.confidence !== null) add(axiom, sssom('confidence'), literal(String(m.confidence), xsdDouble));
    if (m.score !== null) add(axiom, sssom('similarity_score'), literal(String(m.score), xsdDouble));
    if (m.comment) add(axiom, namedNode(`${NS.rdfs}comment`), literal(m.comment));
  }
  return q;
}

const SYNTAX: Record<'skos-ttl' | 'skos-rdfxml' | 'skos-jsonld' | 'skos-nt', RdfSyntax> = {
  'skos-ttl': 'turtle',
  'skos-rdfxml': 'rdfxml',
  'skos-jsonld': 'jsonld',
  'skos-nt': 'ntriples',
};

export async function writeSkos(table: CorrespondenceTable, format: keyof typeof SYNTAX, options: WriteOptions): Promise<WriterResult> {
  const quads = buildSkosQuads(table, options);
  const content = await serializeRdf(quads, SYNTAX[format], { ...SKOS_PREFIXES, local: withTrailingSlash(table.source.uri) });
  const written = selectMappings(table, options, true);
  const limits = [
    ...countLimit(
      written,
      (m) => !isAsserted(m),
      (n) =>
        `${plural(n, 'statement')} not accepted or negative (no match, must not map) are carried only as owl:Axiom provenance, not as skos:*Match triples; plain SKOS readers ignore them.`,
    ),
    ...notAcceptedLimit(table, options),
    'Mapping history (every change) is not carried; the mapping date is the creation date.',
  ];
  const notAccepted = notAcceptedIncluded(
    written,
    'They are not asserted as skos:*Match triples: each is only an owl:Axiom (SSSOM RDF) carrying its status in cw:curationStatus.',
  );
  return { content, limits, ...(notAccepted ? { notAccepted } : {}) };
}
