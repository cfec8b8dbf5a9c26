import { DataFactory, type Store, type Term } from 'n3';
import type { ConceptRecord } from '../../../../shared/domain/vocabulary.js';
import { badInput } from '../../errors.js';
import { pickLabel } from '../../vocabularies/concept-index.js';
import type { BundleGroup, BundleItem, SourceBundle } from './bundle.js';
import { allLiterals, first, NS, objects, pickLiteral, termKey } from './rdf-helpers.js';

const { namedNode } = DataFactory;
const RDF_TYPE = `${NS.rdf}type`;

/**
 * A SKOS concept scheme as a source: every concept is an item (key = its URI), and every concept
 * with narrower concepts is also a group, so the table can show the hierarchy.
 */
export function skosBundle(store: Store, options: { fileName: string; title?: string; language: string }): SourceBundle {
  const schemes = store.getSubjects(namedNode(RDF_TYPE), namedNode(`${NS.skos}ConceptScheme`), null);
  const inScheme = (c: Term, s: Term) =>
    store.has(DataFactory.quad(c as never, namedNode(`${NS.skos}inScheme`), s as never)) ||
    store.has(DataFactory.quad(c as never, namedNode(`${NS.skos}topConceptOf`), s as never));
  let concepts = store.getSubjects(namedNode(RDF_TYPE), namedNode(`${NS.skos}Concept`), null);
  // Several schemes in one file: take the largest.
  const scheme = schemes.map((s) => ({ s, n: concepts.filter((c) => inScheme(c, s)).length })).sort((a, b) => b.n - a.n)[0]?.s;
  if (scheme) {
    const members = concepts.filter((c) => inScheme(c, scheme));
    if (members.length) concepts = members;
  }
  if (!concepts.length)
    throw badInput('no skos:Concept found; is this a SKOS concept scheme?', { file: options.fileName, field: 'skos:Concept' });
  const title =
    options.title ??
    (scheme
      ? pickLiteral(
          store,
          scheme,
          [`${NS.dc}title`, `${NS.skos}prefLabel`, `${NS.rdfs}label`, 'http://purl.org/dc/elements/1.1/title'],
          options.language,
        )?.text
      : undefined) ??
    options.fileName;
  const conceptKeys = new Set(concepts.map(termKey));
  const parentOf = new Map<string, string>();
  for (const c of concepts) {
    const broader = objects(store, c, `${NS.skos}broader`).find((b) => conceptKeys.has(termKey(b)));
    if (broader) parentOf.set(c.value, broader.value);
  }
  const parents = new Set(parentOf.values());
  const records = concepts.map((c) => ({ c, notation: notationOf(store, c) }));
  records.sort((a, b) => (a.notation || a.c.value).localeCompare(b.notation || b.c.value, 'en', { numeric: true }));
  const groups: BundleGroup[] = [];
  const items: BundleItem[] = [];
  for (const { c, notation } of records) {
    const label = pickLiteral(store, c, [`${NS.skos}prefLabel`, `${NS.rdfs}label`], options.language);
    const text = label?.text ?? notation ?? c.value;
    if (parents.has(c.value))
      groups.push({ key: c.value, title: notation ? `${notation} ${text}` : text, parentKey: parentOf.get(c.value) ?? null, metadata: {} });
    const translations = allLiterals(store, c, `${NS.skos}prefLabel`);
    if (label) delete translations[label.language];
    items.push({
      key: c.value,
      text,
      description: pickLiteral(store, c, [`${NS.skos}definition`, `${NS.skos}scopeNote`], options.language)?.text ?? '',
      notation: notation ?? '',
      language: label?.language || options.language,
      uri: c.termType === 'NamedNode' ? c.value : null,
      groupKey: parentOf.get(c.value) ?? null,
      line: items.length + 1,
      extra: Object.keys(translations).length ? { translations } : {},
    });
  }
  return {
    format: 'skos',
    fileName: options.fileName,
    scheme: { title, kind: 'classification', language: options.language, uri: scheme?.termType === 'NamedNode' ? scheme.value : null },
    groups,
    items,
    problems: [],
  };
}

/** The longest notation (hbz ISCED-F lists "001" and "0011" for one field). */
function notationOf(store: Store, c: Term): string | undefined {
  const all = objects(store, c, `${NS.skos}notation`)
    .map((t) => t.value.trim())
    .filter(Boolean);
  return all.sort((a, b) => b.length - a.length)[0] ?? first(store, c, `${NS.skos}notation`)?.value;
}

/** A scheme of a library vocabulary (concept records) as a source. */
export function libraryBundle(
  records: ConceptRecord[],
  options: { vocabularyId: string; schemeUri: string; title: string; language: string },
): SourceBundle {
  const inScheme = records.filter((r) => r.schemes.includes(options.schemeUri));
  const keys = new Set(inScheme.map((r) => r.uri));
  const parentOf = new Map(inScheme.map((r) => [r.uri, r.broader.find((b) => keys.has(b)) ?? null]));
  const parents = new Set([...parentOf.values()].filter(Boolean) as string[]);
  const pick = (m: Record<string, string>) => pickLabel(m, options.language) ?? '';
  const sorted = [...inScheme].sort((a, b) => (a.notation ?? a.uri).localeCompare(b.notation ?? b.uri, 'en', { numeric: true }));
  return {
    format: 'skos',
    fileName: options.vocabularyId,
    scheme: { title: options.title, kind: 'classification', language: options.language, uri: options.schemeUri },
    groups: sorted
      .filter((r) => parents.has(r.uri))
      .map((r) => ({
        key: r.uri,
        title: `${r.notation ? `${r.notation} ` : ''}${pick(r.prefLabel)}`,
        parentKey: parentOf.get(r.uri) ?? null,
        metadata: {},
      })),
    items: sorted.map((r, i) => ({
      key: r.uri,
      text: pick(r.prefLabel) || r.notation || r.uri,
      description: pick(r.description),
      notation: r.notation ?? '',
      language: r.prefLabel[options.language]
        ? options.language
        : r.prefLabel.en
          ? 'en'
          : (Object.keys(r.prefLabel)[0] ?? options.language),
      uri: r.uri,
      groupKey: parentOf.get(r.uri) ?? null,
      line: i + 1,
    })),
    problems: [],
  };
}
