import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

/** Without the shared ESCO zips, a tiny ESCO-shaped package written here stands in. */
export function miniEscoZips(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-e2e-esco-'));
  const csv = (lines: string[]) => strToU8(`${lines.join('\n')}\n`);
  const scheme = 'http://data.europa.eu/esco/concept-scheme/skills';
  const en = zipSync({
    'skills_en.csv': csv([
      'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
      `KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/k1,knowledge,sector-specific,Haskell,Haskell programming,,released,,,,${scheme},The Haskell language.`,
    ]),
    'occupations_en.csv': csv([
      'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code',
    ]),
    'skillGroups_en.csv': csv([
      'conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code',
      `SkillGroup,http://data.europa.eu/esco/skill/K,knowledge,,,released,,,${scheme},,K`,
      `SkillGroup,http://data.europa.eu/esco/isced-f/06,information and communication technologies (icts),,,released,,,${scheme},,`,
      `SkillGroup,http://data.europa.eu/esco/isced-f/061,information and communication technologies,,,released,,,${scheme},,`,
      `SkillGroup,http://data.europa.eu/esco/isced-f/0613,software and applications development and analysis,,,released,,,${scheme},,`,
    ]),
    'ISCOGroups_en.csv': csv(['conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description']),
  });
  const relations = zipSync({
    'broaderRelationsSkillPillar.csv': csv([
      'conceptType,conceptUri,broaderType,broaderUri',
      'SkillGroup,http://data.europa.eu/esco/isced-f/06,SkillGroup,http://data.europa.eu/esco/skill/K',
      'SkillGroup,http://data.europa.eu/esco/isced-f/061,SkillGroup,http://data.europa.eu/esco/isced-f/06',
      'SkillGroup,http://data.europa.eu/esco/isced-f/0613,SkillGroup,http://data.europa.eu/esco/isced-f/061',
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/k1,SkillGroup,http://data.europa.eu/esco/isced-f/0613',
    ]),
    'broaderRelationsOccPillar.csv': csv(['conceptType,conceptUri,broaderType,broaderUri']),
    'occupationSkillRelations.csv': csv(['occupationUri,relationType,skillType,skillUri']),
    'skillSkillRelations.csv': csv(['originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri']),
  });
  const files = [
    path.join(dir, 'ESCO dataset - v1.1.1 - classification - en - csv.zip'),
    path.join(dir, 'ESCO dataset - v1.1.1 - classification -  - csv.zip'),
  ];
  fs.writeFileSync(files[0]!, en);
  fs.writeFileSync(files[1]!, relations);
  return files;
}
