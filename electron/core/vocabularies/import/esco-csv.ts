import type { ConceptRecord, ReuseLevel } from '../../../../shared/domain/vocabulary.js';
import { badInput } from '../../errors.js';
import { readCsv, type CsvRow } from './csv-table.js';
import { ESCO_COLLECTION_FILES, type EscoPackage } from './esco-package.js';
import { NS, RDF_TYPE } from './graph-writer.js';
import type { InputEntry } from './input-files.js';
import type { VocabularyBuilder } from './vocabulary-builder.js';

const ESCO = 'http://data.europa.eu/esco/';
const SKOS = NS.skos;
const REUSE_LEVELS: ReuseLevel[] = ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'];

type Progress = (message: string) => void;

/** Splits ESCO's multi-valued cells (newline-separated; inScheme also by commas; collections by " | "). */
function splitCell(value: string, separators: RegExp): string[] {
  return value
    .split(separators)
    .map((v) => v.trim())
    .filter(Boolean);
}

function requireUri(row: CsvRow, field: string, entry: InputEntry): string {
  const value = row.get(field).trim();
  if (!/^https?:\/\/\S+$/.test(value)) {
    throw badInput(value ? `not a URI: "${value.slice(0, 80)}"` : 'empty, a concept URI is required', {
      file: entry.display,
      line: row.line,
      field,
    });
  }
  return value;
}

/** Converts the CSV files of one ESCO version (any number of languages) following ESCO's RDF model. */
export function convertEscoCsv(pkg: EscoPackage, b: VocabularyBuilder, progress: Progress): void {
  const w = b.writer;
  const described = new Set<string>();
  const cleaner = b.cleaner;

  const labels = (record: ConceptRecord, row: CsvRow, lang: string, altSeparator = /\r?\n/) => {
    const pref = cleaner.clean(row.get('preferredLabel'));
    if (pref) {
      record.prefLabel[lang] = pref;
      w.literal(record.uri, `${SKOS}prefLabel`, pref, lang);
    }
    const alt = cleaner.cleanList(splitCell(row.get('altLabels'), altSeparator));
    const hidden = cleaner.cleanList(splitCell(row.get('hiddenLabels'), altSeparator));
    if (alt.length) record.altLabels[lang] = alt;
    if (hidden.length) record.hiddenLabels[lang] = hidden;
    for (const a of alt) w.literal(record.uri, `${SKOS}altLabel`, a, lang);
    for (const h of hidden) w.literal(record.uri, `${SKOS}hiddenLabel`, h, lang);
    b.count('altLabels', alt.length);
    const texts: [string, string, 'description' | 'definition' | 'scopeNote'][] = [
      ['description', `${NS.dcterms}description`, 'description'],
      ['definition', `${SKOS}definition`, 'definition'],
      ['scopeNote', `${SKOS}scopeNote`, 'scopeNote'],
    ];
    for (const [field, predicate, key] of texts) {
      const text = row.get(field).trim();
      if (!text) continue;
      w.literal(record.uri, predicate, text, lang);
      if (key === 'description') record.description[lang] = text;
      else (b.details[key][record.uri] ??= {})[lang] = text;
    }
  };

  /** Language-independent triples, written once per concept. */
  const core = (record: ConceptRecord, row: CsvRow, escoClass: string) => {
    if (described.has(record.uri)) return;
    described.add(record.uri);
    w.uri(record.uri, RDF_TYPE, `${SKOS}Concept`);
    w.uri(record.uri, RDF_TYPE, `${NS.esco}${escoClass}`);
    for (const scheme of splitCell(row.get('inScheme'), /[\s,]+/)) {
      record.schemes.push(scheme);
      w.uri(record.uri, `${SKOS}inScheme`, scheme);
    }
    const status = row.get('status').trim();
    if (status) {
      record.status = status;
      w.literal(record.uri, `${NS.adms}status`, status);
    }
    const modified = row.get('modifiedDate').trim();
    if (modified) w.literal(record.uri, `${NS.dcterms}modified`, modified);
    const code = row.get('code').trim();
    if (code) {
      record.notation = code;
      w.literal(record.uri, `${SKOS}notation`, code);
    }
  };

  for (const [lang, files] of pkg.languages) {
    b.languages.add(lang);
    const concepts = (kind: string, required: string[], each: (row: CsvRow, entry: InputEntry) => void, ragged = false) => {
      const entry = files.get(kind);
      if (!entry) return;
      progress(`Reading ${entry.display}`);
      for (const row of readCsv(entry, required, { ragged })) each(row, entry);
    };

    concepts('skills', ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'inScheme'], (row, entry) => {
      const skillType = row.get('skillType').trim();
      if (skillType && skillType !== 'knowledge' && skillType !== 'skill/competence') {
        throw badInput(`unknown skill type "${skillType}" (expected "knowledge" or "skill/competence")`, {
          file: entry.display,
          line: row.line,
          field: 'skillType',
        });
      }
      const record = b.record(requireUri(row, 'conceptUri', entry), skillType === 'knowledge' ? 'knowledge' : 'skill');
      if (!described.has(record.uri)) {
        b.count(skillType === 'knowledge' ? 'knowledge' : skillType ? 'skillCompetence' : 'skillsWithoutType');
        b.count('skills');
        if (skillType) w.uri(record.uri, `${NS.esco}skillType`, `${ESCO}skill-type/${skillType === 'knowledge' ? 'knowledge' : 'skill'}`);
        const reuse = row.get('reuseLevel').trim();
        if (reuse) {
          if (!(REUSE_LEVELS as string[]).includes(reuse)) {
            throw badInput(`unknown reuse level "${reuse}"`, { file: entry.display, line: row.line, field: 'reuseLevel' });
          }
          record.reuseLevel = reuse as ReuseLevel;
          w.uri(record.uri, `${NS.esco}skillReuseLevel`, `${ESCO}skill-reuse-level/${reuse}`);
        }
      }
      core(record, row, 'Skill');
      labels(record, row, lang);
    });

    concepts('occupations', ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'inScheme'], (row, entry) => {
      const record = b.record(requireUri(row, 'conceptUri', entry), 'occupation');
      if (!described.has(record.uri)) {
        b.count('occupations');
        const note = row.get('regulatedProfessionNote').trim();
        if (note)
          w.uri(
            record.uri,
            `${NS.esco}regulatedProfessionNote`,
            note.startsWith('http') ? note : `${ESCO}regulated-professions/${encodeURIComponent(note)}`,
          );
      }
      core(record, row, 'Occupation');
      labels(record, row, lang);
    });

    concepts('skillGroups', ['conceptUri', 'preferredLabel', 'inScheme'], (row, entry) => {
      const uri = requireUri(row, 'conceptUri', entry);
      const isced = uri.startsWith(`${ESCO}isced-f/`);
      const record = b.record(uri, isced ? 'isced-field' : 'skill-group');
      if (!described.has(uri)) b.count(isced ? 'iscedFields' : 'skillGroups');
      core(record, row, 'SkillGroup');
      labels(record, row, lang);
      // ESCO v1.1.x leaves the code of ISCED-F fields empty; their URIs end in the code.
      if (isced && !record.notation) {
        record.notation = uri.slice(uri.lastIndexOf('/') + 1);
        w.literal(uri, `${SKOS}notation`, record.notation);
      }
    });

    // The hierarchy file carries codes (S1.2, K06, ...) that skill groups may lack.
    concepts(
      'skillsHierarchy',
      ['Level 0 URI', 'Level 0 code'],
      (row) => {
        for (let level = 0; level <= 3; level++) {
          const record = b.records.get(row.get(`Level ${level} URI`).trim());
          const code = row.get(`Level ${level} code`).trim();
          if (!record || !code || record.notation) continue;
          record.notation = code;
          w.literal(record.uri, `${SKOS}notation`, code);
        }
      },
      true,
    );

    concepts('ISCOGroups', ['conceptUri', 'code', 'preferredLabel', 'inScheme'], (row, entry) => {
      const record = b.record(requireUri(row, 'conceptUri', entry), 'isco-group');
      if (!described.has(record.uri)) b.count('iscoGroups');
      core(record, row, 'ISCOGroup');
      labels(record, row, lang);
    });

    concepts('conceptSchemes', ['conceptSchemeUri', 'preferredLabel'], (row, entry) => {
      const uri = requireUri(row, 'conceptSchemeUri', entry);
      const title = cleaner.clean(row.get('title') || row.get('preferredLabel'));
      if (title && (lang === 'en' || !b.details.schemeTitles[uri])) b.details.schemeTitles[uri] = title;
      if (title) w.literal(uri, `${SKOS}prefLabel`, title, lang);
      if (described.has(uri)) return;
      described.add(uri);
      w.uri(uri, RDF_TYPE, `${SKOS}ConceptScheme`);
      const tops = splitCell(row.get('hasTopConcept'), /[\s,]+/);
      if (tops.length) b.details.topConcepts[uri] = tops;
      for (const top of tops) w.uri(uri, `${SKOS}hasTopConcept`, top);
    });

    for (const [file, collection] of Object.entries(ESCO_COLLECTION_FILES)) {
      concepts(file, ['conceptUri'], (row, entry) => {
        const record = b.records.get(requireUri(row, 'conceptUri', entry));
        if (!record || record.collections.includes(collection)) return;
        record.collections.push(collection);
        w.uri(`${b.graph}/collection/${collection}`, `${SKOS}member`, record.uri);
      });
    }
  }
  for (const collection of new Set(Object.values(ESCO_COLLECTION_FILES))) {
    w.uri(`${b.graph}/collection/${collection}`, RDF_TYPE, `${SKOS}Collection`);
    w.literal(`${b.graph}/collection/${collection}`, `${SKOS}prefLabel`, `${collection} (ESCO collection)`, 'en');
  }
  convertRelations(pkg, b, progress);
}

function convertRelations(pkg: EscoPackage, b: VocabularyBuilder, progress: Progress): void {
  const w = b.writer;
  for (const kind of ['broaderRelationsSkillPillar', 'broaderRelationsOccPillar'] as const) {
    const entry = pkg.relations.get(kind)!;
    progress(`Reading ${entry.display}`);
    for (const row of readCsv(entry, ['conceptUri', 'broaderUri'])) {
      const narrower = requireUri(row, 'conceptUri', entry);
      const broader = requireUri(row, 'broaderUri', entry);
      w.uri(narrower, `${SKOS}broader`, broader);
      w.uri(broader, `${SKOS}narrower`, narrower);
      const record = b.records.get(narrower);
      if (record && !record.broader.includes(broader)) record.broader.push(broader);
      b.count('broaderRelations');
    }
  }
  const relationType = (row: CsvRow, entry: InputEntry): 'essential' | 'optional' => {
    const type = row.get('relationType').trim();
    if (type !== 'essential' && type !== 'optional') {
      throw badInput(`unknown relation type "${type}" (expected "essential" or "optional")`, {
        file: entry.display,
        line: row.line,
        field: 'relationType',
      });
    }
    return type;
  };
  const occupationSkills = pkg.relations.get('occupationSkillRelations')!;
  progress(`Reading ${occupationSkills.display}`);
  for (const row of readCsv(occupationSkills, ['occupationUri', 'relationType', 'skillUri'])) {
    const occupation = requireUri(row, 'occupationUri', occupationSkills);
    const skill = requireUri(row, 'skillUri', occupationSkills);
    const type = relationType(row, occupationSkills);
    w.uri(occupation, `${NS.esco}${type === 'essential' ? 'hasEssentialSkill' : 'hasOptionalSkill'}`, skill);
    w.uri(skill, `${NS.esco}${type === 'essential' ? 'isEssentialForOccupation' : 'isOptionalForOccupation'}`, occupation);
    b.details[type].push([occupation, skill]);
    b.count('occupationSkillRelations');
  }
  const skillSkills = pkg.relations.get('skillSkillRelations')!;
  progress(`Reading ${skillSkills.display}`);
  for (const row of readCsv(skillSkills, ['originalSkillUri', 'relationType', 'relatedSkillUri'])) {
    const from = requireUri(row, 'originalSkillUri', skillSkills);
    const to = requireUri(row, 'relatedSkillUri', skillSkills);
    const type = relationType(row, skillSkills);
    w.uri(from, `${NS.esco}${type === 'essential' ? 'hasEssentialSkill' : 'hasOptionalSkill'}`, to);
    b.details.related.push([from, to]);
    b.count('skillSkillRelations');
  }
}
