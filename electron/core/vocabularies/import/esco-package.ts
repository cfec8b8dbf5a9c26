import { badInput } from '../../errors.js';
import type { InputEntry, SourceFile } from './input-files.js';

const ESCO_RELATION_FILES = [
  'broaderRelationsSkillPillar',
  'broaderRelationsOccPillar',
  'occupationSkillRelations',
  'skillSkillRelations',
] as const;
export type RelationKind = (typeof ESCO_RELATION_FILES)[number];

const ESCO_CONCEPT_FILES = ['skills', 'occupations', 'skillGroups', 'ISCOGroups'] as const;

/** Collection files of the language packages and the collection id each stands for. */
export const ESCO_COLLECTION_FILES: Record<string, string> = {
  digitalSkillsCollection: 'digital',
  greenSkillsCollection: 'green',
  languageSkillsCollection: 'language',
  transversalSkillsCollection: 'transversal',
  digCompSkillsCollection: 'digcomp',
  researchSkillsCollection: 'research',
  researchOccupationsCollection: 'research',
};

const LANGUAGE_FILE = /^([A-Za-z]+)_([a-z]{2,3}(?:-[A-Za-z]+)?)\.csv$/;
const RELATION_FILE = new RegExp(`^(${ESCO_RELATION_FILES.join('|')})(?:_[a-z]{2,3}(?:-[A-Za-z]+)?)?\\.csv$`);

/** The CSV files of one ESCO version, sorted by kind and language. */
export interface EscoPackage {
  version: string;
  /** language → file kind (skills, occupations, ...) → entry */
  languages: Map<string, Map<string, InputEntry>>;
  relations: Map<RelationKind, InputEntry>;
}

/** True when the entry is one of ESCO's CSV files. */
export function isEscoCsv(entry: InputEntry): boolean {
  if (RELATION_FILE.test(entry.name)) return true;
  const m = LANGUAGE_FILE.exec(entry.name);
  return (
    !!m &&
    (ESCO_CONCEPT_FILES as readonly string[])
      .concat(['conceptSchemes', 'skillsHierarchy'], Object.keys(ESCO_COLLECTION_FILES))
      .includes(m[1]!)
  );
}

export function escoVersionOf(name: string): string | undefined {
  return /ESCO dataset - (v\d+\.\d+(?:\.\d+)?)/i.exec(name)?.[1];
}

/**
 * Groups the ESCO CSV files of the given sources into one package and checks it is complete:
 * every language has its concept files, and the relations are there (in the language-less
 * package for v1.1.x, inside the language zip for v1.2.x).
 */
export function collectEscoPackage(sources: SourceFile[]): EscoPackage {
  const versions = new Set(sources.map((s) => escoVersionOf(s.name)).filter((v): v is string => !!v));
  if (versions.size > 1) {
    throw badInput(`ESCO packages of different versions (${[...versions].join(', ')}) in one import: import each version separately`, {
      file: sources.map((s) => s.name).join(', '),
    });
  }
  const pkg: EscoPackage = { version: [...versions][0] ?? '', languages: new Map(), relations: new Map() };
  for (const source of sources) {
    for (const entry of source.entries) {
      const relation = RELATION_FILE.exec(entry.name);
      if (relation) {
        if (!pkg.relations.has(relation[1] as RelationKind)) pkg.relations.set(relation[1] as RelationKind, entry);
        continue;
      }
      const m = LANGUAGE_FILE.exec(entry.name);
      if (!m || !isEscoCsv(entry)) continue;
      const files = pkg.languages.get(m[2]!) ?? new Map<string, InputEntry>();
      files.set(m[1]!, entry);
      pkg.languages.set(m[2]!, files);
    }
  }
  const names = sources.map((s) => s.name).join(', ');
  if (pkg.languages.size === 0) {
    throw badInput('no ESCO language package (skills_<lang>.csv, occupations_<lang>.csv, ...): add the classification zip of a language', {
      file: names,
    });
  }
  for (const [lang, files] of pkg.languages) {
    const missing = ESCO_CONCEPT_FILES.filter((kind) => !files.has(kind));
    if (missing.length) {
      throw badInput(`the ESCO package is incomplete: ${missing.map((k) => `${k}_${lang}.csv`).join(', ')} missing`, { file: names });
    }
  }
  const missingRelations = ESCO_RELATION_FILES.filter((kind) => !pkg.relations.has(kind));
  if (missingRelations.length) {
    throw badInput(
      `the ESCO package is incomplete: ${missingRelations.map((k) => `${k}.csv`).join(', ')} missing (for ESCO v1.1.x add the relations package "ESCO dataset - <version> - classification -  - csv.zip")`,
      { file: names },
    );
  }
  return pkg;
}
