import path from 'node:path';
import oxigraph from 'oxigraph';
import type { ConceptType, ReuseLevel } from '../../../../shared/domain/vocabulary.js';
import { badInput } from '../../errors.js';
import { checkJsonDepth, checkXmlComplete, checkXmlEntities, refuseNul } from '../../files/rdf-guards.js';
import { NS, RDF_TYPE } from './graph-writer.js';
import { decodeText, type InputEntry } from './input-files.js';
import type { VocabularyBuilder } from './vocabulary-builder.js';

const SKOS = NS.skos;
const FORMATS: [RegExp, string][] = [
  [/\.(ttl|turtle)$/i, 'text/turtle'],
  [/\.trig$/i, 'application/trig'],
  [/\.nt$/i, 'application/n-triples'],
  [/\.nq$/i, 'application/n-quads'],
  [/\.(rdf|owl|xml)$/i, 'application/rdf+xml'],
  [/\.(jsonld|json)$/i, 'application/ld+json'],
];

/** The RDF media type for a file name, or undefined when it is not an RDF file. */
export function rdfFormatOf(name: string): string | undefined {
  return FORMATS.find(([pattern]) => pattern.test(name))?.[1];
}

/** Parses RDF files into one store (graphs flattened: the vocabulary gets one named graph of its own). */
export function parseRdf(entries: InputEntry[]): oxigraph.Store {
  const store = new oxigraph.Store();
  for (const entry of entries) {
    const format = rdfFormatOf(entry.name)!;
    const text = decodeText(entry);
    refuseNul(text, entry.display);
    if (format === 'application/rdf+xml') {
      checkXmlEntities(text, entry.display);
      checkXmlComplete(text, entry.display);
    } else if (format === 'application/ld+json') checkJsonDepth(text, entry.display);
    try {
      // A base IRI lets files with relative IRIs load (e.g. ISCED 2011 levels).
      const base = `file:///${encodeURIComponent(path.basename(entry.name))}`;
      for (const quad of oxigraph.parse(text, { format, base_iri: base })) {
        store.add(oxigraph.quad(quad.subject, quad.predicate, quad.object, oxigraph.defaultGraph()));
      }
    } catch (error) {
      const message = (error as Error).message;
      const line = /line (\d+)/i.exec(message)?.[1] ?? /^error at (\d+):/i.exec(message)?.[1];
      throw badInput(`invalid RDF (${format}): ${message}`, { file: entry.display, ...(line ? { line: Number(line) } : {}) });
    }
  }
  return store;
}

const value = (term: { value: string }) => term.value;

/** The same count keys as the ESCO CSV import uses. */
const COUNT_KEYS: Record<ConceptType, string> = {
  skill: 'skillCompetence',
  knowledge: 'knowledge',
  'skill-group': 'skillGroups',
  'isced-field': 'iscedFields',
  occupation: 'occupations',
  'isco-group': 'iscoGroups',
  concept: 'otherConcepts',
};

/** Reads the SKOS concepts of a store into the builder and copies its triples into the graph. */
export function convertSkos(store: oxigraph.Store, b: VocabularyBuilder, fileName: string): void {
  const nn = oxigraph.namedNode;
  const objects = (s: oxigraph.Term | null, p: string) => store.match(s, nn(p), null, null).map((q) => q.object);
  const subjects = (p: string, o: oxigraph.Term | null) => store.match(null, nn(p), o, null).map((q) => q.subject);

  const schemeSet = new Set(
    subjects(RDF_TYPE, nn(`${SKOS}ConceptScheme`))
      .filter((t) => t.termType === 'NamedNode')
      .map(value),
  );
  const conceptSet = new Set<string>();
  for (const t of subjects(RDF_TYPE, nn(`${SKOS}Concept`))) if (t.termType === 'NamedNode') conceptSet.add(t.value);
  for (const p of ['inScheme', 'topConceptOf']) {
    for (const q of store.match(null, nn(`${SKOS}${p}`), null, null)) {
      if (q.subject.termType === 'NamedNode') conceptSet.add(q.subject.value);
      if (q.object.termType === 'NamedNode') schemeSet.add(q.object.value);
    }
  }
  for (const q of store.match(null, nn(`${SKOS}hasTopConcept`), null, null)) {
    if (q.object.termType === 'NamedNode') conceptSet.add(q.object.value);
    if (q.subject.termType === 'NamedNode') schemeSet.add(q.subject.value);
  }
  if (conceptSet.size === 0) {
    throw badInput('not a vocabulary: no skos:Concept (nor anything in a skos:ConceptScheme) found', { file: fileName });
  }
  const schemes = [...schemeSet];
  for (const scheme of schemes) {
    const title = literalIn(
      objects(nn(scheme), `${SKOS}prefLabel`),
      objects(nn(scheme), `${NS.dcterms}title`),
      objects(nn(scheme), `${NS.rdfs}label`),
    );
    if (title) b.details.schemeTitles[scheme] = b.cleaner.clean(title);
    const tops = objects(nn(scheme), `${SKOS}hasTopConcept`).map(value);
    for (const q of store.match(null, nn(`${SKOS}topConceptOf`), nn(scheme), null)) tops.push(q.subject.value);
    if (tops.length) b.details.topConcepts[scheme] = [...new Set(tops)];
  }
  // Concepts without a scheme: the only scheme if there is one, else the vocabulary's own graph.
  const fallbackScheme = schemes.length === 1 ? schemes[0]! : b.graph;
  if (schemes.length !== 1) b.details.schemeTitles[b.graph] ??= `${b.header.title} (all concepts)`;

  for (const uri of conceptSet) {
    const s = nn(uri);
    const record = b.record(uri, conceptTypeOf(uri, objects(s, RDF_TYPE).map(value), objects(s, `${NS.esco}skillType`).map(value)));
    const inSchemes = new Set([...objects(s, `${SKOS}inScheme`), ...objects(s, `${SKOS}topConceptOf`)].map(value));
    for (const scheme of schemes) if (b.details.topConcepts[scheme]?.includes(uri)) inSchemes.add(scheme);
    record.schemes = inSchemes.size ? [...inSchemes] : [fallbackScheme];
    for (const label of objects(s, `${SKOS}prefLabel`)) {
      const lang = langOf(label);
      const text = b.cleaner.clean(label.value);
      if (text && !record.prefLabel[lang]) record.prefLabel[lang] = text;
    }
    for (const [predicate, target] of [
      ['altLabel', record.altLabels],
      ['hiddenLabel', record.hiddenLabels],
    ] as const) {
      const byLang = new Map<string, string[]>();
      for (const label of objects(s, `${SKOS}${predicate}`)) byLang.set(langOf(label), [...(byLang.get(langOf(label)) ?? []), label.value]);
      for (const [lang, list] of byLang) {
        const cleaned = b.cleaner.cleanList(list);
        if (cleaned.length) target[lang] = cleaned;
      }
    }
    for (const lang of [...Object.keys(record.prefLabel), ...Object.keys(record.altLabels)]) if (lang) b.languages.add(lang);
    // ESCO's RDF wraps texts in esco:NodeLiteral nodes; plain SKOS uses literals.
    const texts = (predicate: string) =>
      objects(s, predicate).flatMap((o) => (o.termType === 'Literal' ? [o] : objects(o, `${NS.esco}nodeLiteral`)));
    const descriptions = texts(`${NS.dcterms}description`);
    for (const d of descriptions.length ? descriptions : texts(`${SKOS}definition`)) record.description[langOf(d)] ??= d.value.trim();
    for (const [predicate, key] of [
      ['definition', 'definition'],
      ['scopeNote', 'scopeNote'],
    ] as const) {
      for (const d of texts(`${SKOS}${predicate}`)) (b.details[key][uri] ??= {})[langOf(d)] ??= d.value.trim();
    }
    const notation = objects(s, `${SKOS}notation`)[0];
    if (notation) record.notation = notation.value;
    const reuse = objects(s, `${NS.esco}skillReuseLevel`)[0]?.value.split('/').pop();
    if (reuse) record.reuseLevel = reuse as ReuseLevel;
    const deprecated = objects(s, `${NS.owl}deprecated`).some((o) => o.value === 'true');
    const status = objects(s, `${NS.adms}status`)[0]?.value ?? objects(s, `${NS.esco}status`)[0]?.value;
    if (deprecated) record.status = 'deprecated';
    else if (status) record.status = status.split('/').pop();
    for (const [predicate, key] of [
      ['isReplacedBy', 'replacedBy'],
      ['replaces', 'replaces'],
    ] as const) {
      const uris = objects(s, `${NS.dcterms}${predicate}`)
        .filter((o) => o.termType === 'NamedNode')
        .map(value);
      if (uris.length) record[key] = [...new Set(uris)];
    }
    const broader = new Set(
      objects(s, `${SKOS}broader`)
        .filter((o) => o.termType === 'NamedNode')
        .map(value),
    );
    for (const q of store.match(null, nn(`${SKOS}narrower`), s, null)) if (q.subject.termType === 'NamedNode') broader.add(q.subject.value);
    record.broader = [...broader];
    for (const o of objects(s, `${SKOS}related`)) b.details.related.push([uri, o.value]);
    for (const o of objects(s, `${NS.esco}hasEssentialSkill`)) b.details.essential.push([uri, o.value]);
    for (const o of objects(s, `${NS.esco}hasOptionalSkill`)) b.details.optional.push([uri, o.value]);
    const matches: { relation: string; uri: string }[] = [];
    for (const relation of ['exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch']) {
      for (const o of objects(s, `${SKOS}${relation}`)) matches.push({ relation: `skos:${relation}`, uri: o.value });
    }
    if (matches.length) b.details.matches[uri] = matches;
    b.count(COUNT_KEYS[record.type]);
    if (record.type === 'skill' || record.type === 'knowledge') b.count('skills');
  }
  b.writer.raw(store.dump({ format: 'application/n-triples', from_graph_name: oxigraph.defaultGraph() }).trimEnd());
  // raw() counted one line; the real number of triples is the store's size.
  b.writer.triples += store.size - 1;
}

function langOf(term: oxigraph.Term): string {
  return term.termType === 'Literal' ? term.language : '';
}

function literalIn(...lists: oxigraph.Term[][]): string | undefined {
  for (const list of lists) {
    const en = list.find((t) => langOf(t) === 'en') ?? list[0];
    if (en) return en.value;
  }
  return undefined;
}

function conceptTypeOf(uri: string, types: string[], skillTypes: string[]): ConceptType {
  if (types.includes(`${NS.esco}Skill`)) return skillTypes.some((t) => t.endsWith('/knowledge')) ? 'knowledge' : 'skill';
  if (types.includes(`${NS.esco}Occupation`)) return 'occupation';
  if (/\/isced-f\/[^/]+$/.test(uri)) return 'isced-field';
  if (/\/esco\/isco\/C?\d+$/.test(uri)) return 'isco-group';
  if (/\/esco\/skill\//.test(uri)) return 'skill-group';
  return 'concept';
}
