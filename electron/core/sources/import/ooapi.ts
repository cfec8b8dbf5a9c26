import type { CourseMetadata, ImportProblem } from '../../../../shared/domain/source.js';
import { badInput } from '../../errors.js';
import type { BundleGroup, BundleItem, SourceBundle } from './bundle.js';
import { isIscedFCode } from './field-values.js';
import { languageTag } from './rdf-helpers.js';
import { splitOutcomes } from './split-outcomes.js';
import { StableKeys } from './stable-key.js';

interface LanguageTypedString {
  language?: string;
  value?: string;
}

type Json = Record<string, unknown>;

/** OOAPI levels to EQF level and QF-EHEA cycle. */
const LEVELS: Record<string, { eqf: number; cycle?: CourseMetadata['qfEheaCycle'] }> = {
  'associate degree': { eqf: 5, cycle: 'short' },
  bachelor: { eqf: 6, cycle: 'first' },
  master: { eqf: 7, cycle: 'second' },
  doctoral: { eqf: 8, cycle: 'third' },
  undefined: { eqf: 0 },
};

/** The courses of an OOAPI response: `{ items: [...] }`, a bare array, or one course. */
export function ooapiCourses(doc: unknown, fileName: string): Json[] {
  if (Array.isArray(doc)) return doc as Json[];
  if (doc && typeof doc === 'object') {
    const o = doc as Json;
    if (Array.isArray(o.items)) return o.items as Json[];
    if (Array.isArray(o.courses)) return o.courses as Json[];
    if ('courseId' in o) return [o];
  }
  throw badInput('not an OOAPI course list (expected "items" with courses, an array of courses, or one course)', {
    file: fileName,
    field: 'items',
  });
}

/**
 * OOAPI v5 / v6 courses: each course is a group; its learning outcomes (v5: language-typed
 * bullet text, v6: LearningOutcome objects) become items, split at bullets.
 */
export function ooapiBundle(
  courses: Json[],
  options: { fileName: string; title: string; language: string; uri?: string | null },
): SourceBundle {
  const problems: ImportProblem[] = [];
  const groups: BundleGroup[] = [];
  const items: BundleItem[] = [];
  const keys = new StableKeys();
  courses.forEach((course, index) => {
    const where = `items[${index}]`;
    if (!course || typeof course !== 'object')
      throw badInput(`${where}: a course must be an object`, { file: options.fileName, field: where });
    const primary = course.primaryCode as { code?: string } | undefined;
    const key = str(course.courseId) || str(primary?.code);
    if (!key) throw badInput(`${where}: the course has no courseId`, { file: options.fileName, field: `${where}.courseId`, record: where });
    const title = pick(course.name, options.language)?.value ?? str(course.abbreviation) ?? key;
    groups.push({
      key,
      title,
      description: pick(course.description, options.language)?.value?.trim() ?? '',
      metadata: metadataOf(course, options.language, problems, index),
    });
    const outcomes = outcomeTexts(course.learningOutcomes, options.language, `${where}.learningOutcomes`, options.fileName);
    if (!outcomes.length)
      problems.push({ row: 0, field: 'text', severity: 'warning', message: `${where} (${title}): no learning outcomes` });
    outcomes.forEach((outcome) => {
      items.push({
        // v5 bullets have no id: the key follows the text (see StableKeys), not the bullet position.
        key: outcome.id ?? keys.next(`${key}-LO`, outcome.text),
        generatedKey: !outcome.id,
        text: outcome.text,
        notation: outcome.notation ?? '',
        language: outcome.language || options.language,
        groupKey: key,
        line: items.length + 1,
        extra: outcome.translations && Object.keys(outcome.translations).length ? { translations: outcome.translations } : {},
      });
    });
  });
  return {
    format: 'ooapi',
    fileName: options.fileName,
    scheme: { title: options.title, kind: 'learning-outcomes', language: options.language, uri: options.uri ?? null },
    groups,
    items,
    problems,
  };
}

interface Outcome {
  id?: string;
  notation?: string;
  text: string;
  language: string;
  translations?: Record<string, string>;
}

function outcomeTexts(value: unknown, language: string, where: string, fileName: string): Outcome[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw badInput(`${where}: expected an array`, { file: fileName, field: where });
  const out: Outcome[] = [];
  value.forEach((entry, i) => {
    if (Array.isArray(entry)) {
      // v5: one block of text per language, usually a bulleted list.
      const chosen = pick(entry, language);
      if (!chosen?.value) return;
      const lang = languageTag(chosen.language ?? '');
      const texts = splitOutcomes(chosen.value);
      const others = (entry as LanguageTypedString[]).filter((e) => e !== chosen && e.value && languageTag(e.language ?? '') !== lang);
      const otherSplits = others.map((e) => ({ lang: languageTag(e.language ?? ''), parts: splitOutcomes(e.value!) }));
      texts.forEach((text, n) => {
        const translations: Record<string, string> = {};
        for (const o of otherSplits) if (o.parts.length === texts.length && o.parts[n] !== text) translations[o.lang] = o.parts[n]!;
        out.push({ text, language: lang, translations });
      });
    } else if (entry && typeof entry === 'object') {
      // v6: LearningOutcome objects.
      const lo = entry as Json;
      const chosen = pick(lo.name, language) ?? pick(lo.description, language);
      if (!chosen?.value?.trim())
        throw badInput(`${where}[${i}]: the learning outcome has no name`, { file: fileName, field: `${where}[${i}].name` });
      const primary = lo.primaryCode as { code?: string } | undefined;
      out.push({
        id: str(lo.learningOutcomeId) || undefined,
        notation: str(primary?.code) || undefined,
        text: chosen.value.trim(),
        language: languageTag(chosen.language ?? ''),
      });
    } else if (typeof entry === 'string') {
      for (const text of splitOutcomes(entry)) out.push({ text, language });
    } else {
      throw badInput(`${where}[${i}]: not a learning outcome`, { file: fileName, field: `${where}[${i}]` });
    }
  });
  return out;
}

function metadataOf(course: Json, language: string, problems: ImportProblem[], index: number): CourseMetadata {
  const metadata: CourseMetadata = {};
  const loads = (Array.isArray(course.studyLoad) ? course.studyLoad : course.studyLoad ? [course.studyLoad] : []) as {
    studyLoadUnit?: string;
    value?: number;
  }[];
  for (const load of loads) {
    const unit = (load.studyLoadUnit ?? '').toLowerCase();
    if (typeof load.value !== 'number' || load.value <= 0) continue;
    if (unit === 'ects' || unit === 'ec') metadata.ects = load.value;
    else if (unit === 'hour' || unit === 'hours') metadata.workloadHours = load.value;
  }
  const level = LEVELS[str(course.level).toLowerCase()];
  if (level?.eqf) metadata.eqfLevel = level.eqf;
  if (level?.cycle) metadata.qfEheaCycle = level.cycle;
  const field = str(course.fieldsOfStudy);
  if (field) {
    // ISCED-F 2013 codes have 2–4 digits; Dutch SOI adds two more, which we cut back to the detailed field.
    const code = field.slice(0, 4);
    if (isIscedFCode(code)) metadata.iscedF = code;
    else
      problems.push({
        row: 0,
        field: 'iscedF',
        severity: 'warning',
        message: `items[${index}].fieldsOfStudy "${field}" is not an ISCED-F code; ignored`,
      });
  }
  const teaching = Array.isArray(course.teachingLanguages) ? str(course.teachingLanguages[0]) : str(course.teachingLanguage);
  if (teaching) metadata.language = languageTag(teaching);
  if (str(course.link)) metadata.url = str(course.link);
  const admission = pick(course.admissionRequirements, language)?.value?.trim();
  if (admission) metadata.prerequisites = admission;
  const assessment = pick(course.assessment, language)?.value?.trim();
  if (assessment) metadata.assessment = assessment;
  const modes = (
    Array.isArray(course.modeOfDelivery) ? course.modeOfDelivery : Array.isArray(course.modesOfDelivery) ? course.modesOfDelivery : []
  ) as unknown[];
  if (modes.length) metadata.participation = modes.map(String).join(', ');
  return metadata;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** The language variant to use: the preferred language, then English, then the first. */
function pick(value: unknown, language: string): LanguageTypedString | undefined {
  if (!Array.isArray(value)) return undefined;
  const variants = value.filter(
    (v): v is LanguageTypedString => !!v && typeof v === 'object' && typeof (v as LanguageTypedString).value === 'string',
  );
  const base = (l?: string) => (l ?? '').split('-')[0]!.toLowerCase();
  return variants.find((v) => base(v.language) === base(language)) ?? variants.find((v) => base(v.language) === 'en') ?? variants[0];
}
