import { DataFactory, type Quad, type Store, type Term } from 'n3';
import { NS as SHARED_NS } from '../../../../shared/skos.js';

const { namedNode } = DataFactory;

/** The shared namespaces, with `dc` for DCMI terms, plus FOAF and ADMS, which only the importers read. */
export const NS = {
  ...SHARED_NS,
  dc: SHARED_NS.dct,
  foaf: 'http://xmlns.com/foaf/0.1/',
  adms: 'http://www.w3.org/ns/adms#',
};

export function objects(store: Store, subject: Term, predicate: string): Term[] {
  return store.getObjects(subject, namedNode(predicate), null);
}

export function first(store: Store, subject: Term, predicate: string): Term | undefined {
  return objects(store, subject, predicate)[0];
}

/** The literal in the preferred language (then English, then untagged, then any) with its language. */
export function pickLiteral(
  store: Store,
  subject: Term,
  predicates: string[],
  language: string,
): { text: string; language: string } | null {
  for (const predicate of predicates) {
    const literals = objects(store, subject, predicate).filter((t) => t.termType === 'Literal') as (Term & { language: string })[];
    const chosen =
      literals.find((l) => l.language === language) ??
      literals.find((l) => l.language.split('-')[0] === language.split('-')[0]) ??
      literals.find((l) => l.language === 'en') ??
      literals.find((l) => !l.language) ??
      literals[0];
    if (chosen && chosen.value.trim()) return { text: chosen.value.trim(), language: chosen.language || '' };
  }
  return null;
}

/** Every language variant of a literal property. */
export function allLiterals(store: Store, subject: Term, predicate: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of objects(store, subject, predicate))
    if (t.termType === 'Literal') out[(t as Term & { language: string }).language || ''] = t.value.trim();
  return out;
}

/** Position of each term's first appearance as an object of `predicate`, for stable ordering of blank nodes. */
export function objectOrder(order: Quad[], predicate: string): Map<string, number> {
  const positions = new Map<string, number>();
  order.forEach((q, i) => {
    if (q.predicate.value === predicate && !positions.has(termKey(q.object))) positions.set(termKey(q.object), i);
  });
  return positions;
}

export function termKey(term: Term): string {
  return `${term.termType}:${term.value}`;
}

export function lastSegment(iri: string): string {
  return (
    iri
      .replace(/[/#]+$/, '')
      .split(/[/#]/)
      .pop() ?? iri
  );
}

/** EU language authority codes (ISO 639-3 style) and OOAPI 3-letter codes to BCP 47 where a 2-letter tag exists. */
const THREE_TO_TWO: Record<string, string> = {
  ENG: 'en',
  DEU: 'de',
  GER: 'de',
  FRA: 'fr',
  FRE: 'fr',
  NLD: 'nl',
  DUT: 'nl',
  SPA: 'es',
  ITA: 'it',
  POR: 'pt',
  POL: 'pl',
  CES: 'cs',
  CZE: 'cs',
  SLK: 'sk',
  SLO: 'sk',
  SLV: 'sl',
  HRV: 'hr',
  SRP: 'sr',
  BUL: 'bg',
  RON: 'ro',
  RUM: 'ro',
  HUN: 'hu',
  FIN: 'fi',
  SWE: 'sv',
  DAN: 'da',
  EST: 'et',
  LAV: 'lv',
  LIT: 'lt',
  ELL: 'el',
  GRE: 'el',
  GLE: 'ga',
  MLT: 'mt',
  NOR: 'no',
  ISL: 'is',
  ICE: 'is',
  TUR: 'tr',
  UKR: 'uk',
  CAT: 'ca',
  EUS: 'eu',
  BAQ: 'eu',
  GLG: 'gl',
};

export function languageTag(code: string): string {
  const c = code.trim();
  if (!c) return '';
  const upper = c.toUpperCase();
  if (THREE_TO_TWO[upper]) return THREE_TO_TWO[upper];
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(c)) return c.length === 3 ? c.toLowerCase() : c.split('-')[0]!.toLowerCase();
  return c.toLowerCase();
}
