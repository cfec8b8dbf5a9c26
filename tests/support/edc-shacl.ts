import fs from 'node:fs';
import rdf from '@zazuko/env';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

/** The EDC SHACL constraints in the shared reference data (read-only, never copied). */
export const EDC_CONSTRAINTS = 'courses/elm-samples/EDC-generic-constraints.ttl';

/**
 * The file binds `elm:` to http://data.europa.eu/snb/model/, while ELM v3 (its ontology, the EC
 * sample credential, Crosswalk's import and export) uses http://data.europa.eu/snb/model/elm/. As
 * published, its ELM class shapes therefore target nothing in an ELM v3 graph and only the SKOS
 * shapes apply; 'elm-v3' validates with the prefix bound to the ELM v3 namespace so they apply too.
 */
const PUBLISHED_ELM_PREFIX = /@prefix elm:\s*<http:\/\/data\.europa\.eu\/snb\/model\/>\s*\./;
const ELM_V3_PREFIX = '@prefix elm: <http://data.europa.eu/snb/model/elm/>.';

export interface ShaclViolation {
  focus: string;
  path: string;
  constraint: string;
}

/** Validates Turtle or N-Triples data against the EDC shapes and lists the violations (none: conforms). */
export async function edcViolations(shapesFile: string, data: string, elm: 'as-published' | 'elm-v3'): Promise<ShaclViolation[]> {
  let shapesText = fs.readFileSync(shapesFile, 'utf8');
  if (elm === 'elm-v3') {
    if (!PUBLISHED_ELM_PREFIX.test(shapesText))
      throw new Error(`${shapesFile}: the elm: prefix is not the one this helper rebinds; check the file`);
    shapesText = shapesText.replace(PUBLISHED_ELM_PREFIX, ELM_V3_PREFIX);
  }
  const shapes = rdf.dataset(new Parser().parse(shapesText));
  // owl:imports name the vocabularies the shapes use; they hold no shapes, and the test runs offline.
  const validator = new SHACLValidator(shapes, { factory: rdf, importGraph: () => rdf.dataset() });
  const report = await validator.validate(rdf.dataset(new Parser().parse(data)));
  return report.results.map((r) => ({
    focus: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    constraint: r.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', 'sh:') ?? '',
  }));
}
