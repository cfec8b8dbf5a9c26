import type { Quad, Quad_Object } from 'n3';
import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { CourseMetadata } from '../../../shared/domain/source.js';
import { NS, type MappingRelation } from '../../../shared/skos.js';
import { countLimit, groupBySubject, itemUri, plural, selectMappings, type WriteOptions, type WriterResult } from './common.js';
import { blankNode, literal, namedNode, quad, serializeRdf } from './rdf-io.js';
import { groupUri } from './skos-writer.js';

const DEFAULT_ELM_RELATIONS: readonly MappingRelation[] = ['exactMatch', 'closeMatch'];

export interface ElmWriteOptions extends WriteOptions {
  /** Relations that make a mapping an elm:relatedESCOSkill (default exact + close). */
  relations?: readonly MappingRelation[];
}

const ESCO_SKILLS_SCHEME = 'http://data.europa.eu/esco/concept-scheme/skills';
const isEscoSkill = (uri: string) => uri.startsWith('http://data.europa.eu/esco/skill/');

const ELM_PREFIXES = { elm: NS.elm, dcterms: NS.dct, skos: NS.skos, rdf: NS.rdf, xsd: NS.xsd };

/**
 * ELM v3: each group (course, micro-credential, module) as an elm:LearningAchievementSpecification
 * whose elm:learningOutcome are the items; a mapping whose relation qualifies and whose target is an
 * ESCO skill becomes elm:relatedESCOSkill. Items outside any group hang off the scheme itself.
 */
function buildElmQuads(table: CorrespondenceTable, options: ElmWriteOptions): { quads: Quad[]; used: number } {
  const relations = new Set(options.relations ?? DEFAULT_ELM_RELATIONS);
  const q: Quad[] = [];
  const lang = table.source.language || 'en';
  const add = (s: string, p: string, o: Quad_Object) => q.push(quad(namedNode(s), namedNode(p), o));
  const type = `${NS.rdf}type`;
  const spec = (uri: string, title: string, description: string, course?: CourseMetadata) => {
    add(uri, type, namedNode(`${NS.elm}LearningAchievementSpecification`));
    add(uri, `${NS.dct}title`, literal(title, lang));
    if (description) add(uri, `${NS.dct}description`, literal(description, lang));
    if (course) q.push(...courseQuads(uri, course));
  };
  for (const g of table.source.groups) spec(groupUri(table, g.key), g.title || g.key, g.description, g.course);
  if (table.source.items.some((i) => !i.groupKey)) spec(table.source.uri, table.source.title, table.source.description);

  const qualifying = selectMappings(table, options, false).filter(
    (m) => m.kind === 'match' && m.status !== 'rejected' && m.relation && relations.has(m.relation) && m.object && isEscoSkill(m.object.uri),
  );
  const byItem = groupBySubject(qualifying);
  const skills = new Map<string, string>();
  for (const item of table.source.items) {
    const lo = itemUri(table, item);
    add(item.groupKey ? groupUri(table, item.groupKey) : table.source.uri, `${NS.elm}learningOutcome`, namedNode(lo));
    add(lo, type, namedNode(`${NS.elm}LearningOutcome`));
    add(lo, `${NS.dct}title`, literal(item.label, item.language || lang));
    if (item.description) add(lo, `${NS.dct}description`, literal(item.description, item.language || lang));
    for (const m of byItem.get(item.key) ?? []) {
      add(lo, `${NS.elm}relatedESCOSkill`, namedNode(m.object!.uri));
      skills.set(m.object!.uri, m.object!.label);
    }
  }
  for (const [uri, label] of skills) {
    add(uri, type, namedNode(`${NS.skos}Concept`));
    add(uri, `${NS.skos}inScheme`, namedNode(ESCO_SKILLS_SCHEME));
    if (label) add(uri, `${NS.skos}prefLabel`, literal(label, 'en'));
  }
  return { quads: q, used: qualifying.length };
}

/** Europass list of educational credit systems: ECTS. */
const ECTS = 'http://data.europa.eu/snb/education-credit/6fcec5c5af';
const FOAF_HOMEPAGE = 'http://xmlns.com/foaf/0.1/homepage';

/** The constitutive elements ELM has a property for: credits, EQF level, ISCED-F field, workload, web page. */
function courseQuads(spec: string, course: CourseMetadata): Quad[] {
  const out: Quad[] = [];
  const add = (p: string, o: Quad_Object) => out.push(quad(namedNode(spec), namedNode(p), o));
  if (course.ects !== undefined && course.ects > 0) {
    const credit = blankNode();
    add(`${NS.elm}creditPoint`, credit);
    out.push(quad(credit, namedNode(`${NS.rdf}type`), namedNode(`${NS.elm}CreditPoint`)));
    out.push(quad(credit, namedNode(`${NS.elm}framework`), namedNode(ECTS)));
    out.push(quad(credit, namedNode(`${NS.elm}point`), literal(String(course.ects))));
  }
  if (course.eqfLevel) add(`${NS.elm}EQFLevel`, namedNode(`http://data.europa.eu/snb/eqf/${course.eqfLevel}`));
  if (course.iscedF) add(`${NS.elm}ISCEDFCode`, namedNode(`http://data.europa.eu/snb/isced-f/${course.iscedF}`));
  if (course.workloadHours) add(`${NS.elm}volumeOfLearning`, literal(`PT${course.workloadHours}H`, namedNode(`${NS.xsd}duration`)));
  if (course.url && /^https?:\/\//.test(course.url)) add(FOAF_HOMEPAGE, namedNode(course.url));
  return out;
}

export async function writeElm(table: CorrespondenceTable, syntax: 'turtle' | 'jsonld', options: ElmWriteOptions): Promise<WriterResult> {
  const relations = new Set(options.relations ?? DEFAULT_ELM_RELATIONS);
  const { quads, used } = buildElmQuads(table, options);
  const content = await serializeRdf(quads, syntax, ELM_PREFIXES);
  const considered = selectMappings(table, options, false).filter((m) => m.kind === 'match' && m.status !== 'rejected');
  const limits = [
    `ELM has no relation type: ${plural(used, 'mapping')} (${[...relations].join(', ')}) became elm:relatedESCOSkill without it.`,
    ...countLimit(considered, (m) => !!m.relation && !relations.has(m.relation), (n) => `${plural(n, 'mapping')} with other relations were left out.`),
    ...countLimit(considered, (m) => !!m.relation && relations.has(m.relation) && !!m.object && !isEscoSkill(m.object.uri), (n) => `${plural(n, 'mapping')} to targets that are not ESCO skills (occupations, ISCED-F fields) were left out.`),
    ...countLimit(table.mappings, (m) => m.kind !== 'match', (n) => `${plural(n, 'no-match or must-not-map statement')} cannot be expressed in ELM.`),
    'Statuses, authors, reviewers, dates, confidence and comments are not carried.',
    ...countLimit(table.source.groups, (g) => !!g.course && hasUncarriedElements(g.course), (n) => `${plural(n, 'course')}: only ECTS credits, EQF level, ISCED-F field, workload and web page are carried; the other constitutive elements are not.`),
  ];
  return { content, limits };
}

const CARRIED: ReadonlySet<keyof CourseMetadata> = new Set(['ects', 'eqfLevel', 'iscedF', 'workloadHours', 'url']);

function hasUncarriedElements(course: CourseMetadata): boolean {
  return Object.entries(course).some(([key, value]) => value !== undefined && value !== '' && !CARRIED.has(key as keyof CourseMetadata));
}
