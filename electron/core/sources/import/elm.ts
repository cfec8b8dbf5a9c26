import type { Quad, Store, Term } from 'n3';
import type { CourseMetadata, ImportProblem, SourceItemExtra } from '../../../../shared/domain/source.js';
import { ELM_RELATED_SKILL } from '../../exchange/elm-link.js';
import type { BundleGroup, BundleItem, SourceBundle } from './bundle.js';
import { isIscedFCode } from './field-values.js';
import { StableKeys } from './stable-key.js';
import { allLiterals, first, languageTag, lastSegment, NS, objectOrder, objects, pickLiteral, termKey } from './rdf-helpers.js';

const LO = `${NS.elm}learningOutcome`;
const TITLE = [`${NS.dc}title`, `${NS.skos}prefLabel`, `${NS.rdfs}label`];

/**
 * European Learning Model v3: every resource with learning outcomes (learning opportunity /
 * achievement specifications, qualifications) becomes a course; its outcomes become items, and
 * their relatedESCOSkill links come along as links to import as mappings.
 */
export function elmBundle(
  rdf: { store: Store; order: Quad[] },
  options: { fileName: string; title: string; language: string; uri?: string | null },
): SourceBundle {
  const { store, order } = rdf;
  const problems: ImportProblem[] = [];
  const groups: BundleGroup[] = [];
  const items: BundleItem[] = [];
  const seenItems = new Set<string>();
  const keys = new StableKeys('#lo-');
  const loOrder = objectOrder(order, LO);
  const courses = [
    ...new Map(
      store
        .getSubjects(null, null, null)
        .filter((s) => objects(store, s, LO).length)
        .map((s) => [termKey(s), s]),
    ).values(),
  ];
  courses.sort((a, b) => firstSubjectPosition(order, a) - firstSubjectPosition(order, b));
  courses.forEach((course, courseIndex) => {
    const key = course.termType === 'NamedNode' ? course.value : `course-${courseIndex + 1}`;
    const title = pickLiteral(store, course, TITLE, options.language);
    const description = pickLiteral(store, course, [`${NS.dc}description`], options.language);
    groups.push({
      key,
      title: title?.text ?? key,
      description: description?.text ?? '',
      metadata: courseMetadata(store, course, options.language, problems, items.length),
    });
    const outcomes = objects(store, course, LO).sort((a, b) => (loOrder.get(termKey(a)) ?? 0) - (loOrder.get(termKey(b)) ?? 0));
    outcomes.forEach((lo, n) => {
      if (lo.termType === 'NamedNode' && seenItems.has(lo.value)) return;
      const text = pickLiteral(store, lo, TITLE, options.language) ?? pickLiteral(store, lo, [`${NS.dc}description`], options.language);
      if (!text) {
        problems.push({
          row: 0,
          field: 'text',
          severity: 'warning',
          message: `${options.fileName}: learning outcome ${n + 1} of "${title?.text ?? key}" has no title; skipped`,
        });
        return;
      }
      // Outcomes without a URI (blank nodes) get a key from their text, not their position.
      const itemKey = lo.termType === 'NamedNode' ? lo.value : keys.next(key, text.text);
      if (seenItems.has(itemKey)) return;
      seenItems.add(itemKey);
      const extra: SourceItemExtra = {};
      const links = objects(store, lo, `${NS.elm}relatedESCOSkill`)
        .filter((t) => t.termType === 'NamedNode')
        .map((t) => ({
          uri: t.value,
          label: pickLiteral(store, t, [`${NS.skos}prefLabel`], options.language)?.text ?? '',
          property: ELM_RELATED_SKILL,
        }));
      if (links.length) extra.links = links;
      const translations = allLiterals(store, lo, `${NS.dc}title`);
      delete translations[text.language];
      if (Object.keys(translations).length) extra.translations = translations;
      items.push({
        key: itemKey,
        text: text.text,
        description: pickLiteral(store, lo, [`${NS.dc}description`, `${NS.elm}additionalNote`], options.language)?.text ?? '',
        language: text.language ? languageTag(text.language) : options.language,
        uri: lo.termType === 'NamedNode' ? lo.value : null,
        generatedKey: lo.termType !== 'NamedNode',
        groupKey: key,
        line: items.length + 1,
        extra,
      });
    });
  });
  return {
    format: 'elm',
    fileName: options.fileName,
    scheme: { title: options.title, kind: 'learning-outcomes', language: options.language, uri: options.uri ?? null },
    groups,
    items,
    problems,
  };
}

function firstSubjectPosition(order: Quad[], term: Term): number {
  const i = order.findIndex((q) => q.subject.equals(term));
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

function courseMetadata(store: Store, course: Term, language: string, problems: ImportProblem[], row: number): CourseMetadata {
  const metadata: CourseMetadata = {};
  const eqf = first(store, course, `${NS.elm}EQFLevel`);
  if (eqf) {
    const level = Number(/(\d)\/?$/.exec(eqf.value)?.[1]);
    if (level >= 1 && level <= 8) metadata.eqfLevel = level;
    else problems.push({ row, field: 'eqfLevel', severity: 'warning', message: `"${eqf.value}" is not an EQF level; ignored` });
  }
  const isced = first(store, course, `${NS.elm}ISCEDFCode`);
  if (isced) {
    const code = lastSegment(isced.value);
    if (isIscedFCode(code)) metadata.iscedF = code;
    else problems.push({ row, field: 'iscedF', severity: 'warning', message: `"${isced.value}" is not an ISCED-F 2013 code; ignored` });
  }
  const credit = first(store, course, `${NS.elm}creditPoint`);
  const point = credit ? first(store, credit, `${NS.elm}point`) : undefined;
  if (point && Number(point.value) > 0) metadata.ects = Number(point.value);
  const volume = first(store, course, `${NS.elm}volumeOfLearning`);
  const hours = volume ? isoDurationHours(volume.value) : null;
  if (hours) metadata.workloadHours = hours;
  const lang = first(store, course, `${NS.dc}language`) ?? first(store, course, `${NS.elm}defaultLanguage`);
  if (lang) metadata.language = languageTag(lastSegment(lang.value));
  const body = first(store, course, `${NS.dc}publisher`) ?? first(store, course, `${NS.elm}awardingBody`);
  if (body) metadata.awardingBody = organisationName(store, body, language);
  const entry = first(store, course, `${NS.elm}entryRequirement`);
  const entryText = entry ? pickLiteral(store, entry, [`${NS.elm}noteLiteral`], language) : null;
  if (entryText) metadata.prerequisites = entryText.text;
  const mode = first(store, course, `${NS.elm}mode`);
  const modeText = mode ? pickLiteral(store, mode, [`${NS.skos}prefLabel`], language) : null;
  if (modeText) metadata.participation = modeText.text;
  const homepage = first(store, course, `${NS.foaf}homepage`) ?? first(store, course, `${NS.elm}homepage`);
  if (homepage)
    metadata.url =
      homepage.termType === 'Literal' || homepage.termType === 'NamedNode'
        ? homepage.value
        : (first(store, homepage, `${NS.elm}contentUrl`)?.value ?? undefined);
  return metadata;
}

function organisationName(store: Store, org: Term, language: string): string {
  const name = pickLiteral(store, org, [`${NS.elm}legalName`, `${NS.skos}prefLabel`, `${NS.dc}title`, `${NS.foaf}name`], language);
  if (name) return name.text;
  const identifier = first(store, org, `${NS.adms}identifier`);
  const notation = identifier ? first(store, identifier, `${NS.skos}notation`) : undefined;
  return notation?.value ?? (org.termType === 'NamedNode' ? org.value : '');
}

/** "PT60H", "P2D" (8-hour days are not assumed: days and weeks are ignored). */
function isoDurationHours(value: string): number | null {
  const m = /^PT?(?:(\d+(?:\.\d+)?)H)?(?:(\d+)M)?$/.exec(value.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60;
}
