/** SKOS, SSSOM and related namespaces and the five SKOS mapping relations. */
export const NS = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  skosxl: 'http://www.w3.org/2008/05/skos-xl#',
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  esco: 'http://data.europa.eu/esco/model#',
  sssom: 'https://w3id.org/sssom/',
  semapv: 'https://w3id.org/semapv/vocab/',
  elm: 'http://data.europa.eu/snb/model/elm/',
  prov: 'http://www.w3.org/ns/prov#',
  xkos: 'http://rdf-unece.org/def/xkos#',
} as const;

export const MAPPING_RELATIONS = ['exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch'] as const;
export type MappingRelation = (typeof MAPPING_RELATIONS)[number];

export function relationUri(relation: MappingRelation): string {
  return `${NS.skos}${relation}`;
}

export function relationFromUri(uri: string): MappingRelation | undefined {
  if (!uri.startsWith(NS.skos)) return undefined;
  const local = uri.slice(NS.skos.length);
  return (MAPPING_RELATIONS as readonly string[]).includes(local) ? (local as MappingRelation) : undefined;
}

/** The relation that holds the other way round (A broadMatch B ⇔ B narrowMatch A). */
export const INVERSE_RELATION: Record<MappingRelation, MappingRelation> = {
  exactMatch: 'exactMatch',
  closeMatch: 'closeMatch',
  broadMatch: 'narrowMatch',
  narrowMatch: 'broadMatch',
  relatedMatch: 'relatedMatch',
};
