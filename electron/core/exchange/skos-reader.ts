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
import { foreignLabelLanguage, splitItemLabels } from './label-languages.js';
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

/** One value of a property, preferring the given language, with its language tag ('' for none). */
function term(index: Index, s: string, p: string, language = 'en'): { value: string; language: string } | undefined {
  const terms = index.get(s)?.get(p) ?? [];
  const lit = terms.find((t) => t.termType === 'Literal' && (t as { language: string }).language === language) ?? terms[0];
  return lit ? { value: lit.value, language: lit.termType === 'Literal' ? (lit as { language: string }).language : '' } : undefined;
}

/** One value of a property, preferring the given language. */
function value(index: Index, s: string, p: string, language = 'en'): string {
  return term(index, s, p, language)?.value ?? '';
}

/** A property's literal values by language tag ('' for none), the first of each language. */
function labelsByLanguage(index: Index, s: string, p: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const t of index.get(s)?.get(p) ?? []) {
    const language = t.termType === 'Literal' ? (t as { language: string }).language : undefined;
    if (language !== undefined && !(language in labels)) labels[language] = t.value;
  }
  return labels;
}

/** The language of a property's first literal, if it has one. */
function languageOf(index: Index, s: string, p: string): string | undefined {
  const term = index
    .get(s)
    ?.get(p)
    ?.find((t) => t.termType === 'Literal') as { language: string } | undefined;
  return term?.language || undefined;
}

/** The concept schemes subjects are in (skos:inScheme or skos:topConceptOf). */
function schemesOf(index: Index, s: string): string[] {
  const props = index.get(s);
  return [...new Set([...(props?.get(`${NS.skos}inScheme`) ?? []), ...(props?.get(`${NS.skos}topConceptOf`) ?? [])].map((t) => t.value))];
}

function numberOrNull(text: string): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads SKOS mapping triples (any RDF syntax). Crosswalk's owl:Axiom provenance is read back when
 * present; plain skos:*Match triples from other tools become mappings with the default status.
 * Every concept of the source scheme is an item, mapped or not, with its labels in other languages.
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

  const setUri = [...index.entries()].find(([, p]) => p.get(type)?.some((t) => t.value === `${NS.sssom}MappingSet`))?.[0];
  // The source scheme: the one most mapped subjects are in. A mapping set with no mapping (an
  // accepted-only export of a table nothing is accepted in yet) still has its items: the scheme
  // with most concepts. A vocabulary without mappings is no correspondence table.
  const schemeCounts = new Map<string, number>();
  const subjects = statements.length ? statements.map((st) => st.subject) : setUri ? [...index.keys()] : [];
  for (const s of subjects) for (const uri of schemesOf(index, s)) schemeCounts.set(uri, (schemeCounts.get(uri) ?? 0) + 1);
  const scheme = [...schemeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  if (statements.length === 0 && !scheme) {
    throw badInput(
      'no SKOS mapping triples (skos:exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch) found, nor a mapping set listing concepts',
      { file: options.file },
    );
  }
  const table = emptyTable(
    value(index, scheme, `${NS.skos}prefLabel`) || value(index, scheme, `${NS.dct}title`) || options.file,
    options.uriBase,
  );
  table.source.uri = scheme;
  table.source.language = languageOf(index, scheme, `${NS.skos}prefLabel`) ?? table.source.language;
  table.source.description = value(index, scheme, `${NS.dct}description`);
  table.source.version = value(index, scheme, `${NS.owl}versionInfo`);
  table.source.landingPage = value(index, scheme, 'http://xmlns.com/foaf/0.1/homepage');
  table.source.kind = value(index, scheme, `${CROSSWALK_NS}sourceKind`) === 'learning-outcomes' ? 'learning-outcomes' : 'classification';

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
    groups.push({
      key: groupKeyOf(s),
      title: value(index, s, `${NS.skos}prefLabel`),
      description: value(index, s, `${NS.skos}definition`),
      parentKey: parent ? groupKeyOf(parent) : null,
    });
  }
  table.source.groups = groups;

  // Items: every concept of the source scheme, mapped or not, then mapped subjects outside it.
  const items = new Map<string, CorrespondenceItem>();
  const keyOf = new Map<string, string>();
  const inScheme = scheme ? [...index.keys()].filter((s) => schemesOf(index, s).includes(scheme)) : [];
  for (const subject of [...inScheme, ...statements.map((st) => st.subject)]) {
    if (keyOf.has(subject)) continue;
    const minted = scheme !== '' && subject.startsWith(withTrailingSlash(scheme));
    const key = value(index, subject, `${NS.dct}identifier`) || keyForSubjectUri(subject, scheme);
    keyOf.set(subject, key);
    const group = memberOf.get(subject);
    // The item's own label is in the language of its definition, else of the scheme.
    const labels = splitItemLabels(labelsByLanguage(index, subject, `${NS.skos}prefLabel`), [
      languageOf(index, subject, `${NS.skos}definition`),
      table.source.language,
      'en',
    ]);
    const description = value(index, subject, `${NS.skos}definition`, labels?.language);
    items.set(key, {
      key,
      uri: minted ? null : subject,
      label: labels?.label || key,
      description,
      notation: value(index, subject, `${NS.skos}notation`),
      groupKey: group ? groupKeyOf(group) : null,
      language: labels?.language || table.source.language,
      ...(labels?.translations ? { translations: labels.translations } : {}),
    });
  }
  // A shared team graph numbers its items (cw:position): triples come back from a store in any order.
  const position = new Map(
    [...keyOf].map(([subject, key]) => [key, Number(value(index, subject, `${CROSSWALK_NS}position`)) || Number.MAX_SAFE_INTEGER]),
  );
  table.source.items = [...items.values()].sort((a, b) => position.get(a.key)! - position.get(b.key)!);
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
    const vocabulary = targets.get(vocabularyId)!;
    // Crosswalk's axiom names the target label; other files may describe the target concept.
    const label =
      (a && term(index, a, `${NS.sssom}object_label`, vocabulary.language)) ||
      term(index, st.object, `${NS.skos}prefLabel`, vocabulary.language);
    const statusText = get(`${CROSSWALK_NS}curationStatus`);
    const status = parseStatus(statusText) ?? options.defaultStatus;
    if (statusText && !parseStatus(statusText))
      problems.push({ severity: 'warning', message: `unknown curation status "${statusText}" on ${a}`, field: 'curationStatus' });
    table.mappings.push({
      subjectKey: keyOf.get(st.subject)!,
      kind,
      object: noTerm ? null : { uri: st.object, label: label?.value ?? '', ...foreignLabelLanguage(label?.language, vocabulary) },
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
  if (statements.length === 0)
    problems.push({
      severity: 'info',
      message: `no mappings: the ${table.source.items.length} concepts of the scheme are read as items only`,
    });
  if (!scheme)
    problems.push({ severity: 'info', message: 'the mapped concepts name no skos:inScheme: a new source scheme is made from them' });
  return { table, problems };
}
