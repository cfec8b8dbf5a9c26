import type { Quad, Term } from 'n3';
import type { CorrespondenceGroup, CorrespondenceItem, ExchangeProblem, TargetVocabulary } from '../../../shared/domain/correspondence.js';
import type { MappingKind } from '../../../shared/domain/mapping.js';
import { MAPPING_RELATIONS, NS, relationFromUri } from '../../../shared/skos.js';
import { badInput } from '../errors.js';
import {
  CROSSWALK_NS,
  describeVocabulary,
  emptyTable,
  justificationFromSemapv,
  keyForSubjectUri,
  parseStatus,
  vocabularyIdFor,
  vocabularyIdForUri,
  withTrailingSlash,
  type ReadOptions,
  type ReaderResult,
} from './common.js';
import { guessRdfSyntax, parseRdf } from './rdf-io.js';

type Index = Map<string, Map<string, Term[]>>;

function indexQuads(quads: Quad[]): Index {
  const index: Index = new Map();
  for (const q of quads) {
    const s = q.subject.value;
    let props = index.get(s);
    if (!props) index.set(s, (props = new Map()));
    const list = props.get(q.predicate.value);
    if (list) list.push(q.object);
    else props.set(q.predicate.value, [q.object]);
  }
  return index;
}

/** One value of a property, preferring the given language. */
function value(index: Index, s: string, p: string, language = 'en'): string {
  const terms = index.get(s)?.get(p) ?? [];
  const lit = terms.find((t) => t.termType === 'Literal' && (t as { language: string }).language === language) ?? terms[0];
  return lit?.value ?? '';
}

function numberOrNull(text: string): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads SKOS mapping triples (any RDF syntax). Crosswalk's owl:Axiom provenance is read back when
 * present; plain skos:*Match triples from other tools become mappings with the default status.
 */
export async function readSkos(text: string, options: ReadOptions): Promise<ReaderResult> {
  const problems: ExchangeProblem[] = [];
  let quads: Quad[];
  try {
    quads = await parseRdf(text, guessRdfSyntax(options.file, text), `file:///${encodeURIComponent(options.file)}`);
  } catch (error) {
    throw badInput(`not readable as RDF (${(error as Error).message})`, { file: options.file });
  }
  const index = indexQuads(quads);
  const type = `${NS.rdf}type`;
  const owlP = (l: string) => `${NS.owl}${l}`;

  interface Statement {
    subject: string;
    predicate: string;
    object: string;
    axiom?: string;
  }
  const statements: Statement[] = [];
  const covered = new Set<string>();
  for (const [s, props] of index) {
    const source = props.get(owlP('annotatedSource'))?.[0]?.value;
    const predicate = props.get(owlP('annotatedProperty'))?.[0]?.value;
    const target = props.get(owlP('annotatedTarget'))?.[0]?.value;
    if (!source || !predicate || !target) continue;
    if (!relationFromUri(predicate) && predicate !== `${NS.skos}mappingRelation`) continue;
    statements.push({ subject: source, predicate, object: target, axiom: s });
    covered.add([source, predicate, target].join(' '));
  }
  const relationUris = new Set(MAPPING_RELATIONS.map((r) => `${NS.skos}${r}`));
  for (const q of quads) {
    if (!relationUris.has(q.predicate.value) || q.object.termType !== 'NamedNode') continue;
    const key = [q.subject.value, q.predicate.value, q.object.value].join(' ');
    if (covered.has(key)) continue;
    covered.add(key);
    statements.push({ subject: q.subject.value, predicate: q.predicate.value, object: q.object.value });
  }
  if (statements.length === 0) throw badInput('no SKOS mapping triples (skos:exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch) found', { file: options.file });

  // The source scheme: the one most subjects are in.
  const schemeCounts = new Map<string, number>();
  for (const st of statements) {
    for (const t of index.get(st.subject)?.get(`${NS.skos}inScheme`) ?? []) schemeCounts.set(t.value, (schemeCounts.get(t.value) ?? 0) + 1);
  }
  const scheme = [...schemeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const table = emptyTable(value(index, scheme, `${NS.skos}prefLabel`) || value(index, scheme, `${NS.dct}title`) || options.file, options.uriBase);
  table.source.uri = scheme;
  table.source.description = value(index, scheme, `${NS.dct}description`);
  table.source.version = value(index, scheme, `${NS.owl}versionInfo`);
  table.source.landingPage = value(index, scheme, 'http://xmlns.com/foaf/0.1/homepage');
  table.source.kind = value(index, scheme, `${CROSSWALK_NS}sourceKind`) === 'learning-outcomes' ? 'learning-outcomes' : 'classification';

  const setUri = [...index.entries()].find(([, p]) => p.get(type)?.some((t) => t.value === `${NS.sssom}MappingSet`))?.[0];
  if (setUri) {
    table.metadata.id = setUri;
    table.metadata.title = value(index, setUri, `${NS.dct}title`) || table.metadata.title;
    table.metadata.creator = value(index, setUri, `${NS.dct}creator`);
    table.metadata.license = value(index, setUri, `${NS.dct}license`);
    table.metadata.version = value(index, setUri, `${NS.owl}versionInfo`);
    table.metadata.publicationDate = value(index, setUri, `${NS.dct}issued`);
    table.metadata.tool = value(index, setUri, `${NS.sssom}mapping_tool`);
  }

  // Groups: collections whose members are subjects (or other collections).
  const groupBase = `${withTrailingSlash(scheme)}group/`;
  const groupKeyOf = (uri: string) => value(index, uri, `${NS.dct}identifier`) || keyForSubjectUri(uri, groupBase.slice(0, -1));
  const memberOf = new Map<string, string>();
  const groups: CorrespondenceGroup[] = [];
  for (const [s, props] of index) {
    if (!props.get(type)?.some((t) => t.value === `${NS.skos}Collection`)) continue;
    for (const m of props.get(`${NS.skos}member`) ?? []) memberOf.set(m.value, s);
  }
  for (const [s, props] of index) {
    if (!props.get(type)?.some((t) => t.value === `${NS.skos}Collection`)) continue;
    const parent = memberOf.get(s);
    groups.push({ key: groupKeyOf(s), title: value(index, s, `${NS.skos}prefLabel`), description: value(index, s, `${NS.skos}definition`), parentKey: parent ? groupKeyOf(parent) : null });
  }
  table.source.groups = groups;

  const items = new Map<string, CorrespondenceItem>();
  const keyOf = new Map<string, string>();
  for (const st of statements) {
    if (keyOf.has(st.subject)) continue;
    const minted = scheme !== '' && st.subject.startsWith(withTrailingSlash(scheme));
    const key = value(index, st.subject, `${NS.dct}identifier`) || keyForSubjectUri(st.subject, scheme);
    keyOf.set(st.subject, key);
    const group = memberOf.get(st.subject);
    const labelTerm = index.get(st.subject)?.get(`${NS.skos}prefLabel`)?.[0] as { value: string; language?: string } | undefined;
    items.set(key, {
      key,
      uri: minted ? null : st.subject,
      label: value(index, st.subject, `${NS.skos}prefLabel`) || key,
      description: value(index, st.subject, `${NS.skos}definition`),
      notation: value(index, st.subject, `${NS.skos}notation`),
      groupKey: group ? groupKeyOf(group) : null,
      language: labelTerm?.language || 'en',
    });
  }
  table.source.items = [...items.values()];
  table.source.uriMinted = false;

  const targets = new Map<string, TargetVocabulary>();
  for (const st of statements) {
    const a = st.axiom;
    const get = (p: string) => (a ? value(index, a, p) : '');
    const noTerm = st.object === `${NS.sssom}NoTermFound`;
    const negated = get(`${NS.sssom}predicate_modifier`) === 'Not' || st.predicate === `${NS.skos}mappingRelation`;
    const kind: MappingKind = noTerm ? 'no-match' : negated ? 'must-not-map' : 'match';
    const version = get(`${NS.sssom}object_source_version`);
    const source = get(`${NS.sssom}object_source`);
    const vocabularyId = version ? vocabularyIdFor(version.split(/\s+/)[0] ?? '', version) : vocabularyIdForUri(st.object, 'unknown');
    if (!targets.has(vocabularyId)) targets.set(vocabularyId, { ...describeVocabulary(vocabularyId), ...(source ? { uri: source } : {}) });
    const statusText = get(`${CROSSWALK_NS}curationStatus`);
    const status = parseStatus(statusText) ?? options.defaultStatus;
    if (statusText && !parseStatus(statusText)) problems.push({ severity: 'warning', message: `unknown curation status "${statusText}" on ${a}`, field: 'curationStatus' });
    table.mappings.push({
      subjectKey: keyOf.get(st.subject)!,
      kind,
      object: noTerm ? null : { uri: st.object, label: get(`${NS.sssom}object_label`) || value(index, st.object, `${NS.skos}prefLabel`) },
      vocabularyId,
      relation: kind === 'match' ? (relationFromUri(st.predicate) ?? null) : null,
      status,
      justification: a ? justificationFromSemapv(get(`${NS.sssom}mapping_justification`)) : 'imported',
      score: numberOrNull(get(`${NS.sssom}similarity_score`)),
      confidence: numberOrNull(get(`${NS.sssom}confidence`)),
      comment: get(`${NS.rdfs}comment`),
      author: get(`${NS.sssom}author_label`),
      reviewer: get(`${NS.sssom}reviewer_label`),
      created: get(`${NS.sssom}mapping_date`),
      modified: get(`${NS.sssom}mapping_date`),
    });
  }
  table.targets = [...targets.values()];
  if (!scheme) problems.push({ severity: 'info', message: 'the mapped concepts name no skos:inScheme: a new source scheme is made from them' });
  return { table, problems };
}
