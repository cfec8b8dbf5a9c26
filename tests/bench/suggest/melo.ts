import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import { ESCO_V111_RELATIONS, sharedFile } from '../../support/shared-data.js';
import { splitOf, type GoldQuery } from './gold.js';

/** One MELO set: national titles (queries) and the ESCO occupations and ISCO groups in the same language. */
export interface MeloSet {
  name: string;
  language: string;
  concepts: ConceptRecord[];
  queries: GoldQuery[];
}

/** The MELO sets in ../shared/data/gold/melo (folders named `<country>_q_<lang>_c_<lang>`). */
export const MELO_SETS = ['aut_q_de_c_de', 'bel_q_fr_c_fr', 'bel_q_nl_c_nl', 'cze_q_cs_c_cs', 'dnk_q_da_c_da'];

const rows = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.split('\t'));

let occupationBroader: Map<string, string[]> | undefined;

/**
 * ESCO's occupation hierarchy (occupation → ISCO group or broader occupation, group → group) from the
 * language-less relations package: an ESCO import in any language has it, MELO's corpus files do not.
 */
function escoOccupationBroader(): Map<string, string[]> {
  if (occupationBroader) return occupationBroader;
  occupationBroader = new Map();
  const file = sharedFile(ESCO_V111_RELATIONS);
  if (!file) return occupationBroader;
  const name = 'broaderRelationsOccPillar.csv';
  const csv = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => f.name === name })[name]!);
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [, concept, , broader] = line.split(',');
    if (!concept || !broader) continue;
    occupationBroader.set(concept, [...(occupationBroader.get(concept) ?? []), broader]);
  }
  return occupationBroader;
}

/**
 * Reads a MELO set the way MELO evaluates it: each query ranks concepts (an ESCO URI with all its
 * surface forms; the first is taken as the preferred label), and the rank of the first correct
 * concept gives MRR, A@1 and A@10. Halves: a hash of set and query id. Concepts carry ESCO's occupation
 * hierarchy, as an ESCO import in the set's language would.
 */
export function readMeloSet(dir: string): MeloSet {
  const name = path.basename(dir);
  const language = /_c_([a-z]{2,3})$/.exec(name)?.[1] ?? 'en';
  const uriOf = new Map(rows(path.join(dir, 'concept_mapping.tsv')).map(([element, uri]) => [element!, uri!]));
  const byUri = new Map<string, ConceptRecord>();
  for (const [element, text] of rows(path.join(dir, 'corpus_elements.tsv'))) {
    const uri = uriOf.get(element!);
    if (!uri || !text?.trim()) continue;
    const concept = byUri.get(uri);
    if (!concept) {
      byUri.set(uri, {
        uri,
        vocabularyId: `melo-${language}`,
        schemes: [],
        type: uri.includes('/isco/') ? 'isco-group' : 'occupation',
        prefLabel: { [language]: text.trim() },
        altLabels: { [language]: [] },
        hiddenLabels: {},
        description: {},
        collections: [],
        broader: escoOccupationBroader().get(uri) ?? [],
      });
    } else concept.altLabels[language]!.push(text.trim());
  }
  const gold = new Map<string, Set<string>>();
  for (const [query, , element] of rows(path.join(dir, 'annotations.tsv'))) {
    const uri = uriOf.get(element!);
    if (!uri) continue;
    const set = gold.get(query!) ?? new Set<string>();
    set.add(uri);
    gold.set(query!, set);
  }
  const queries = rows(path.join(dir, 'queries.tsv'))
    .filter(([id]) => gold.has(id!))
    .map(([id, text]) => ({ id: id!, text: text!, gold: gold.get(id!)!, split: splitOf(`${name}:${id}`) }));
  return { name, language, concepts: [...byUri.values()], queries };
}
