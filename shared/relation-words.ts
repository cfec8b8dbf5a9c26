import { INVERSE_RELATION, MAPPING_RELATIONS, NS, type MappingRelation } from './skos.js';

/** What a relation cell of a mapping table says: a SKOS mapping relation, or that there is none. */
export type RelationReading = { kind: 'match'; relation: MappingRelation } | { kind: 'no-match' };

/**
 * Words for the five SKOS mapping relations as tables write them, read from the subject's side
 * ("A < B": A is narrower, so B is broader: A skos:broadMatch B). Keys are lower case without
 * spaces, dashes or underscores.
 */
const WORDS: Record<string, MappingRelation> = {
  '=': 'exactMatch',
  '==': 'exactMatch',
  exact: 'exactMatch',
  exactmatch: 'exactMatch',
  equal: 'exactMatch',
  equivalent: 'exactMatch',
  same: 'exactMatch',
  '~': 'closeMatch',
  '≈': 'closeMatch',
  close: 'closeMatch',
  closematch: 'closeMatch',
  similar: 'closeMatch',
  '<': 'broadMatch',
  broad: 'broadMatch',
  broader: 'broadMatch',
  broadmatch: 'broadMatch',
  '>': 'narrowMatch',
  narrow: 'narrowMatch',
  narrower: 'narrowMatch',
  narrowmatch: 'narrowMatch',
  related: 'relatedMatch',
  relatedmatch: 'relatedMatch',
  relatedto: 'relatedMatch',
};

const NO_MATCH = new Set(['norelation', 'nomatch', 'none', 'nomapping', 'noequivalent', 'sssom:notermfound', 'notermfound']);

/**
 * Reads a relation cell: SKOS local names ("broadMatch"), CURIEs ("skos:broadMatch"), full SKOS
 * URIs, the symbols = < > ~ and words (exact, close, broader, narrower, related). "no relation",
 * "no match", "none" mean no match. Undefined when the cell says something else.
 */
export function readRelationWord(cell: string): RelationReading | undefined {
  const text = cell.trim();
  const local = text.startsWith(NS.skos) ? text.slice(NS.skos.length) : text.replace(/^skos:/i, '');
  const key = local.toLowerCase().replace(/[\s_-]+/g, '');
  if (NO_MATCH.has(key)) return { kind: 'no-match' };
  const named = MAPPING_RELATIONS.find((r) => r.toLowerCase() === key);
  if (named) return { kind: 'match', relation: named };
  // A SKOS name must be a mapping relation: skos:broader is a hierarchy, not a mapping.
  const relation = local === text ? WORDS[key] : undefined;
  return relation ? { kind: 'match', relation } : undefined;
}

/**
 * THE direction rule of ESCO's published tables (the mapping tool's national tables and the
 * ESCO–O*NET crosswalk): the relation is stated from the ESCO concept to the other
 * classification's concept, whichever column ESCO sits in. Crosswalk stores the other side as
 * the source, so broad and narrow swap on import and swap back on export. An involution: the same
 * function converts both ways.
 */
export function relationFromEscoSide(relation: MappingRelation): MappingRelation {
  return INVERSE_RELATION[relation];
}
