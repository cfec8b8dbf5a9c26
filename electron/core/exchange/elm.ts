import type { Quad, Quad_Object } from 'n3';
import type { CorrespondenceMapping, CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { CourseMetadata } from '../../../shared/domain/source.js';
import { NS, type MappingRelation } from '../../../shared/skos.js';
import {
  countLimit,
  groupBySubject,
  itemUri,
  notAcceptedIncluded,
  notAcceptedLimit,
  plural,
  selectMappings,
  type WriteOptions,
  type WriterResult,
} from './common.js';
import { blankNode, literal, namedNode, quad, serializeRdf } from './rdf-io.js';
import { ELM_LINK_COMMENT } from './elm-link.js';
import { groupUri } from './skos-writer.js';

const DEFAULT_ELM_RELATIONS: readonly MappingRelation[] = ['exactMatch', 'closeMatch'];

export interface ElmWriteOptions extends WriteOptions {
  /** Relations that make a mapping an elm:relatedESCOSkill (default exact + close). */
  relations?: readonly MappingRelation[];
}

const ESCO_SKILLS_SCHEME = 'http://data.europa.eu/esco/concept-scheme/skills';
const isEscoSkill = (uri: string) => uri.startsWith('http://data.europa.eu/esco/skill/');

/**
 * A link read from an ELM file's elm:relatedESCOSkill: the source import stores it as an accepted,
 * imported relatedMatch with ELM_LINK_COMMENT (commit-bundle.ts). It goes back out as relatedESCOSkill
 * whatever relations are chosen, so importing an ELM file and exporting it keeps its links.
 */
const isElmLink = (m: CorrespondenceMapping) =>
  m.justification === 'imported' && m.relation === 'relatedMatch' && m.comment === ELM_LINK_COMMENT;

/** The mappings that become elm:relatedESCOSkill: a chosen relation (or an ELM link read back) to an ESCO skill. */
function relatedSkillMappings(
  table: CorrespondenceTable,
  options: WriteOptions,
  relations: ReadonlySet<MappingRelation>,
): CorrespondenceMapping[] {
  return selectMappings(table, options, false).filter(
    (m) =>
      m.kind === 'match' &&
      m.status !== 'rejected' &&
      m.relation &&
      (relations.has(m.relation) || isElmLink(m)) &&
      m.object &&
      isEscoSkill(m.object.uri),
  );
}

const ELM_PREFIXES = { elm: NS.elm, dcterms: NS.dct, skos: NS.skos, rdf: NS.rdf, xsd: NS.xsd };

/**
 * ELM v3: each group (course, micro-credential, module) as an elm:LearningAchievementSpecification
 * whose elm:learningOutcome are the items; a mapping whose relation qualifies and whose target is an
 * ESCO skill becomes elm:relatedESCOSkill. Items outside any group hang off the scheme itself.
 */
function buildElmQuads(table: CorrespondenceTable, options: ElmWriteOptions): { quads: Quad[]; used: CorrespondenceMapping[] } {
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

  const qualifying = relatedSkillMappings(table, options, relations);
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
  for (const [uri, label] of skills) q.push(...conceptQuads(uri, ESCO_SKILLS_SCHEME, label));
  if (skills.size) q.push(quad(namedNode(ESCO_SKILLS_SCHEME), namedNode(type), namedNode(`${NS.skos}ConceptScheme`)));
  return { quads: q, used: qualifying };
}

/**
 * A term of a controlled vocabulary as the EDC shapes want it: a skos:Concept in a scheme that is
 * itself typed skos:ConceptScheme (sh:class on elm:relatedESCOSkill, elm:framework, skos:inScheme).
 */
function conceptQuads(uri: string, scheme: string, label: string): Quad[] {
  const out = [
    quad(namedNode(uri), namedNode(`${NS.rdf}type`), namedNode(`${NS.skos}Concept`)),
    quad(namedNode(uri), namedNode(`${NS.skos}inScheme`), namedNode(scheme)),
  ];
  if (label) out.push(quad(namedNode(uri), namedNode(`${NS.skos}prefLabel`), literal(label, 'en')));
  return out;
}

/** The EU Vocabularies (snb) code lists a course's credits, EQF level and ISCED-F field come from. */
const SNB_SCHEMES = {
  credit: 'http://data.europa.eu/snb/education-credit/25831c2',
  eqf: 'http://data.europa.eu/snb/eqf/25831c2',
  iscedF: 'http://data.europa.eu/snb/isced-f/25831c2',
};

/** Europass list of educational credit systems: ECTS. */
const ECTS = 'http://data.europa.eu/snb/education-credit/6fcec5c5af';
const FOAF_HOMEPAGE = 'http://xmlns.com/foaf/0.1/homepage';

/** The constitutive elements ELM has a property for: credits, EQF level, ISCED-F field, workload, web page. */
function courseQuads(spec: string, course: CourseMetadata): Quad[] {
  const out: Quad[] = [];
  const add = (p: string, o: Quad_Object) => out.push(quad(namedNode(spec), namedNode(p), o));
  const schemes = new Set<string>();
  const concept = (uri: string, scheme: string, label = '') => {
    out.push(...conceptQuads(uri, scheme, label));
    schemes.add(scheme);
    return namedNode(uri);
  };
  if (course.ects !== undefined && course.ects > 0) {
    const credit = blankNode();
    add(`${NS.elm}creditPoint`, credit);
    out.push(quad(credit, namedNode(`${NS.rdf}type`), namedNode(`${NS.elm}CreditPoint`)));
    out.push(quad(credit, namedNode(`${NS.elm}framework`), concept(ECTS, SNB_SCHEMES.credit, 'European Credit Transfer System')));
    out.push(quad(credit, namedNode(`${NS.elm}point`), literal(String(course.ects))));
  }
  if (course.eqfLevel) add(`${NS.elm}EQFLevel`, concept(`http://data.europa.eu/snb/eqf/${course.eqfLevel}`, SNB_SCHEMES.eqf));
  if (course.iscedF) add(`${NS.elm}ISCEDFCode`, concept(`http://data.europa.eu/snb/isced-f/${course.iscedF}`, SNB_SCHEMES.iscedF));
  if (course.workloadHours) add(`${NS.elm}volumeOfLearning`, literal(`PT${course.workloadHours}H`, namedNode(`${NS.xsd}duration`)));
  if (course.url && /^https?:\/\//.test(course.url)) {
    // EDC wants the web page as an elm:WebResource with its address in elm:contentUrl.
    const page = blankNode();
    add(FOAF_HOMEPAGE, page);
    out.push(quad(page, namedNode(`${NS.rdf}type`), namedNode(`${NS.elm}WebResource`)));
    out.push(quad(page, namedNode(`${NS.elm}contentUrl`), literal(course.url, namedNode(`${NS.xsd}anyURI`))));
  }
  for (const scheme of schemes) out.push(quad(namedNode(scheme), namedNode(`${NS.rdf}type`), namedNode(`${NS.skos}ConceptScheme`)));
  return out;
}

export async function writeElm(table: CorrespondenceTable, syntax: 'turtle' | 'jsonld', options: ElmWriteOptions): Promise<WriterResult> {
  const relations = new Set(options.relations ?? DEFAULT_ELM_RELATIONS);
  const { quads, used } = buildElmQuads(table, options);
  const content = await serializeRdf(quads, syntax, ELM_PREFIXES);
  const considered = selectMappings(table, options, false).filter((m) => m.kind === 'match' && m.status !== 'rejected');
  const limits = [
    `ELM has no relation type: ${plural(used.length, 'mapping')} (${[...relations].join(', ')}) became elm:relatedESCOSkill without it.`,
    ...countLimit(
      used,
      (m) => !relations.has(m.relation!),
      (n) => `${plural(n, 'relatedESCOSkill link')} read from an ELM file (stored as relatedMatch) were written back as relatedESCOSkill.`,
    ),
    ...countLimit(
      considered,
      (m) => !!m.relation && !relations.has(m.relation) && !isElmLink(m),
      (n) => `${plural(n, 'mapping')} with other relations were left out.`,
    ),
    ...countLimit(
      considered,
      (m) => !!m.relation && relations.has(m.relation) && !!m.object && !isEscoSkill(m.object.uri),
      (n) => `${plural(n, 'mapping')} to targets that are not ESCO skills (occupations, ISCED-F fields) were left out.`,
    ),
    ...countLimit(
      table.mappings,
      (m) => m.kind !== 'match',
      (n) => `${plural(n, 'no-match or must-not-map statement')} cannot be expressed in ELM.`,
    ),
    ...notAcceptedLimit(table, options),
    'Statuses, authors, reviewers, dates, confidence and comments are not carried.',
    ...countLimit(
      table.source.groups,
      (g) => !!g.course && hasUncarriedElements(g.course),
      (n) =>
        `${plural(n, 'course')}: only ECTS credits, EQF level, ISCED-F field, workload and web page are carried; the other constitutive elements are not.`,
    ),
  ];
  const notAccepted = notAcceptedIncluded(
    used,
    'ELM has no status: they are written as elm:relatedESCOSkill like the accepted ones, unmarked; rejected mappings are never written.',
  );
  return { content, limits, ...(notAccepted ? { notAccepted } : {}) };
}

const CARRIED: ReadonlySet<keyof CourseMetadata> = new Set(['ects', 'eqfLevel', 'iscedF', 'workloadHours', 'url']);

function hasUncarriedElements(course: CourseMetadata): boolean {
  return Object.entries(course).some(([key, value]) => value !== undefined && value !== '' && !CARRIED.has(key as keyof CourseMetadata));
}
