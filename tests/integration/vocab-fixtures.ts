import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { JobInfo } from '../../shared/domain/job.js';
import type { TestApp } from '../support/test-context.js';

/** A tiny ESCO-shaped CSV package (language zip + relations zip), written by the tests. */
export const MINI_ESCO = {
  'skills_en.csv': [
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
    'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/k1,knowledge,sector-specific,Haskell,"Haskell programming\n Haskell programming\nHaskell\u00a0language",,released,,,,http://data.europa.eu/esco/concept-scheme/skills,The Haskell language.',
    'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,skill/competence,cross-sector,write code,"program",,released,,,,http://data.europa.eu/esco/concept-scheme/skills,Write code.',
  ],
  'occupations_en.csv': [
    'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code',
    'Occupation,http://data.europa.eu/esco/occupation/o1,2512,software developer,coder,,released,,,,,http://data.europa.eu/esco/concept-scheme/occupations,Develops software.,2512.4',
  ],
  'skillGroups_en.csv': [
    'conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code',
    'SkillGroup,http://data.europa.eu/esco/isced-f/06,information and communication technologies (icts),,,released,,,"http://data.europa.eu/esco/concept-scheme/isced-f, http://data.europa.eu/esco/concept-scheme/skills",,06',
    'SkillGroup,http://data.europa.eu/esco/isced-f/0613,software and applications development and analysis,,,released,,,"http://data.europa.eu/esco/concept-scheme/isced-f, http://data.europa.eu/esco/concept-scheme/skills",,0613',
  ],
  'ISCOGroups_en.csv': [
    'conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description',
    'ISCOGroup,http://data.europa.eu/esco/isco/C2512,2512,Software developers,released,,http://data.europa.eu/esco/concept-scheme/occupations,',
  ],
  'conceptSchemes_en.csv': [
    'conceptType,conceptSchemeUri,preferredLabel,title,status,description,hasTopConcept',
    'ConceptScheme,http://data.europa.eu/esco/concept-scheme/isced-f,ISCED-F 2013,,released,,http://data.europa.eu/esco/isced-f/06',
  ],
};

export const MINI_RELATIONS = {
  'broaderRelationsSkillPillar.csv': [
    'conceptType,conceptUri,broaderType,broaderUri',
    'SkillGroup,http://data.europa.eu/esco/isced-f/0613,SkillGroup,http://data.europa.eu/esco/isced-f/06',
    'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/k1,SkillGroup,http://data.europa.eu/esco/isced-f/0613',
  ],
  'broaderRelationsOccPillar.csv': [
    'conceptType,conceptUri,broaderType,broaderUri',
    'Occupation,http://data.europa.eu/esco/occupation/o1,ISCOGroup,http://data.europa.eu/esco/isco/C2512',
  ],
  'occupationSkillRelations.csv': [
    'occupationUri,relationType,skillType,skillUri',
    'http://data.europa.eu/esco/occupation/o1,essential,knowledge,http://data.europa.eu/esco/skill/k1',
    'http://data.europa.eu/esco/occupation/o1,optional,skill/competence,http://data.europa.eu/esco/skill/s1',
  ],
  'skillSkillRelations.csv': [
    'originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri',
    'http://data.europa.eu/esco/skill/s1,skill/competence,optional,knowledge,http://data.europa.eu/esco/skill/k1',
  ],
};

export type CsvFiles = Record<string, string[] | Uint8Array>;

export function writeZip(dir: string, name: string, files: CsvFiles): string {
  const entries: Record<string, Uint8Array> = {};
  for (const [file, content] of Object.entries(files))
    entries[file] = content instanceof Uint8Array ? content : strToU8(`${content.join('\n')}\n`);
  const target = path.join(dir, name);
  fs.writeFileSync(target, zipSync(entries));
  return target;
}

export function writeMiniEsco(dir: string, version = 'v9.9.9', overrides: Partial<CsvFiles> = {}): string[] {
  const en = { ...MINI_ESCO, ...overrides } as CsvFiles;
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete en[k];
  return [
    writeZip(dir, `ESCO dataset - ${version} - classification - en - csv.zip`, en),
    writeZip(dir, `ESCO dataset - ${version} - classification -  - csv.zip`, MINI_RELATIONS),
  ];
}

/** Starts an import through the API and waits for its job. */
export async function importFiles(app: TestApp, files: string[]): Promise<JobInfo> {
  const { jobId } = await app.api.vocabularies.import({ files: files.map((p) => ({ path: p })) });
  return app.ctx.jobs.wait(jobId);
}

/** A snapshot of the library folder: names and sizes, to show a failed import changed nothing. */
export function librarySnapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${path.relative(dir, p)}:${fs.statSync(p).size}`);
    }
  };
  walk(dir);
  return out.sort();
}
