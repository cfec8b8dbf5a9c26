import type { ConceptDetails, ConceptLink } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { pickLabel } from './concept-index.js';
import type { VocabularyLibrary } from './library.js';

/** Everything a concept page shows, from the concept cache and the details file. */
export function conceptDetails(library: VocabularyLibrary, id: string, uri: string): ConceptDetails {
  const index = library.index(id);
  const record = index.get(uri);
  if (!record) throw new CrosswalkError(ErrorCodes.notFound, `No concept ${uri} in ${id}`);
  const details = library.detailsOf(id);
  const link = (target: string): ConceptLink => {
    const c = index.get(target);
    return c ? { uri: target, label: pickLabel(c.prefLabel) ?? c.notation ?? target, type: c.type } : { uri: target, label: target };
  };
  const byLabel = (a: ConceptLink, b: ConceptLink) => a.label.localeCompare(b.label);
  // Occupation → its skills; skill → the occupations that need it.
  const partners = (pairs: [string, string][]) =>
    pairs
      .filter(([occupation, skill]) => occupation === uri || skill === uri)
      .map(([occupation, skill]) => link(occupation === uri ? skill : occupation))
      .sort(byLabel);
  const related = details.related
    .filter(([a, b]) => a === uri || b === uri)
    .map(([a, b]) => link(a === uri ? b : a))
    .sort(byLabel);
  return {
    record,
    languages: index.info.languages,
    scopeNote: details.scopeNote[uri] ?? {},
    definition: details.definition[uri] ?? {},
    broader: record.broader.map(link),
    narrower: index
      .narrowerOf(uri)
      .map((c) => link(c.uri))
      .sort(byLabel),
    essential: partners(details.essential),
    optional: partners(details.optional),
    related: dedupe(related),
    schemes: record.schemes.map((s) => ({ uri: s, label: details.schemeTitles[s] ?? s })),
    matches: details.matches[uri] ?? [],
  };
}

function dedupe(links: ConceptLink[]): ConceptLink[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.uri) && seen.add(l.uri));
}
