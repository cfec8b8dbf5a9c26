import type { Quad, Term } from 'n3';
import type { CorrespondenceMapping, CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import type { MappingKind, MappingStatus } from '../../../shared/domain/mapping.js';
import type { TeamRecord, TeamReview } from '../../../shared/domain/team.js';
import { NS, relationFromUri } from '../../../shared/skos.js';
import { CROSSWALK_NS, itemsByKey, itemUri, justificationFromSemapv, parseStatus, recordUri } from '../exchange/common.js';
import { targetVocabulary } from '../exchange/project-table.js';
import { literal, namedNode, parseRdf, quad, serializeRdf } from '../exchange/rdf-io.js';
import { buildSkosQuads } from '../exchange/skos-writer.js';
import { evidenceField, evidenceText } from './team-evidence.js';

const cw = (local: string) => `${CROSSWALK_NS}${local}`;
/** The graph's revision: a push's update replaces the graph only while this is the revision it pulled. */
export const REVISION = cw('revision');
/**
 * The revision of a graph no push has written yet: the first push claims the graph with it, so
 * that push too has a revision triple to lock. Readers take a graph with only this for empty, and
 * ignore it beside a real revision (a late claim can leave one there until the next push).
 */
export const EMPTY_REVISION = '0';
/** The push that wrote the revision, so a pusher can tell its own write from another's. */
export const PUSH_ID = cw('pushId');

export interface GraphRevision {
  revision: string;
  pushId: string;
  pushedBy: string;
  at: string;
}

/** A record as the exchange writers see a mapping (what SKOS, SSSOM and the rest publish). */
function asMapping(r: TeamRecord): CorrespondenceMapping {
  const last = r.adjudication ?? [...r.reviews].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  return {
    subjectKey: r.itemKey,
    kind: r.kind,
    object: r.targetUri
      ? { uri: r.targetUri, label: r.targetLabel, ...(r.targetLabelLanguage ? { labelLanguage: r.targetLabelLanguage } : {}) }
      : null,
    vocabularyId: r.targetVocabulary,
    relation: r.relation,
    status: r.status,
    justification: r.justification,
    score: r.score,
    confidence: r.confidence,
    comment: r.comment,
    author: r.author,
    reviewer: last?.reviewer ?? '',
    created: r.created,
    modified: r.modified,
  };
}

/**
 * The triples of a shared mapping set: what the SKOS export writes (the source scheme and its
 * items, every mapping as an owl:Axiom with status, author, reviewer, dates and justification),
 * each axiom also carrying what another Crosswalk needs to merge it exactly (content id, full
 * dates, the target's vocabulary, review decisions), and the graph's revision.
 */
export function teamQuads(table: CorrespondenceTable, records: readonly TeamRecord[], graph: string, revision: GraphRevision): Quad[] {
  const vocabularies = [...new Set(records.map((r) => r.targetVocabulary).filter(Boolean))];
  const full: CorrespondenceTable = {
    ...table,
    targets: vocabularies.map((id) => targetVocabulary(id, null)),
    mappings: records.map(asMapping),
  };
  const quads = buildSkosQuads(full, { status: 'all' });
  const add = (s: string, p: string, o: Quad['object']) => quads.push(quad(namedNode(s), namedNode(p), o));
  // The catalogue's order, which triples do not keep: a pulled scheme lists its items as the author's does.
  full.source.items.forEach((item, i) => add(itemUri(full, item), cw('position'), literal(String(i + 1), namedNode(`${NS.xsd}integer`))));
  const items = itemsByKey(full);
  records.forEach((r, i) => {
    const item = items.get(r.itemKey);
    if (!item) return;
    const axiom = recordUri(full, item, full.mappings[i]!);
    add(axiom, cw('contentId'), literal(r.key));
    add(axiom, cw('itemKey'), literal(r.itemKey));
    if (r.targetVocabulary) add(axiom, cw('targetVocabulary'), literal(r.targetVocabulary));
    if (r.targetLabelLanguage) add(axiom, cw('targetLabelLanguage'), literal(r.targetLabelLanguage));
    add(axiom, cw('created'), literal(r.created));
    add(axiom, cw('modified'), literal(r.modified));
    if (r.evidence?.length) add(axiom, cw('evidence'), literal(evidenceText(r.evidence)));
    const reviews = [
      ...r.reviews.map((v) => ['review', v] as const),
      ...(r.adjudication ? [['adjudication', r.adjudication] as const] : []),
    ];
    for (const [kind, v] of reviews) {
      const node = `${axiom}/${kind}/${encodeURIComponent(v.reviewer)}`;
      add(axiom, cw(kind), namedNode(node));
      add(node, cw('reviewer'), literal(v.reviewer));
      if (v.orcid) add(node, cw('orcid'), literal(v.orcid));
      add(node, cw('decision'), literal(v.decision));
      if (v.comment) add(node, `${NS.rdfs}comment`, literal(v.comment));
      add(node, cw('at'), literal(v.at));
    }
  });
  add(graph, REVISION, literal(revision.revision));
  add(graph, PUSH_ID, literal(revision.pushId));
  add(graph, cw('pushedBy'), literal(revision.pushedBy));
  add(graph, `${NS.dct}modified`, literal(revision.at));
  return quads;
}

/** N-Triples with every non-ASCII character escaped, which every store reads whatever charset it assumes. */
export async function toNTriples(quads: Quad[]): Promise<string> {
  const text = await serializeRdf(quads, 'ntriples', {});
  return text.replace(/[^ -~\t\n\r]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff
      ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

type Index = Map<string, Map<string, Term[]>>;

function indexQuads(quads: Quad[]): Index {
  const index: Index = new Map();
  for (const q of quads) {
    let props = index.get(q.subject.value);
    if (!props) index.set(q.subject.value, (props = new Map()));
    const list = props.get(q.predicate.value);
    if (list) list.push(q.object);
    else props.set(q.predicate.value, [q.object]);
  }
  return index;
}

export interface RemoteState {
  revision: string | null;
  pushId: string | null;
  records: TeamRecord[];
  /** Two revisions in one read: the graph was swapped while it was read (a store reading without a snapshot). */
  torn: boolean;
}

const numberOrNull = (text: string | undefined): number | null => (text === undefined || text === '' ? null : Number(text));

/** The records and revision of a shared mapping set read back from its triples (N-Triples or Turtle). */
export async function readTeamGraph(text: string, graph: string): Promise<RemoteState> {
  const quads = await parseRdf(text, /^\s*(@prefix|PREFIX)/im.test(text) ? 'turtle' : 'ntriples', graph);
  const index = indexQuads(quads);
  const one = (s: string, p: string): string | undefined => index.get(s)?.get(p)?.[0]?.value;
  const records: TeamRecord[] = [];
  for (const [s, props] of index) {
    const key = props.get(cw('contentId'))?.[0]?.value;
    if (!key) continue;
    const predicate = one(s, `${NS.owl}annotatedProperty`) ?? '';
    const target = one(s, `${NS.owl}annotatedTarget`) ?? '';
    const noTerm = target === `${NS.sssom}NoTermFound`;
    const kind: MappingKind = noTerm ? 'no-match' : one(s, `${NS.sssom}predicate_modifier`) === 'Not' ? 'must-not-map' : 'match';
    const review = (node: string): TeamReview => ({
      reviewer: one(node, cw('reviewer')) ?? '',
      orcid: one(node, cw('orcid')) ?? '',
      decision: (one(node, cw('decision')) ?? 'unsure') as TeamReview['decision'],
      comment: one(node, `${NS.rdfs}comment`) ?? '',
      at: one(node, cw('at')) ?? '',
    });
    const adjudication = props.get(cw('adjudication'))?.[0]?.value;
    records.push({
      key,
      itemKey: one(s, cw('itemKey')) ?? '',
      kind,
      targetUri: noTerm ? null : target,
      targetLabel: one(s, `${NS.sssom}object_label`) ?? '',
      targetLabelLanguage: one(s, cw('targetLabelLanguage')) ?? '',
      targetVocabulary: one(s, cw('targetVocabulary')) ?? '',
      relation: kind === 'match' ? (relationFromUri(predicate) ?? null) : null,
      status: parseStatus(one(s, cw('curationStatus'))) ?? ('proposed' satisfies MappingStatus),
      justification: justificationFromSemapv(one(s, `${NS.sssom}mapping_justification`) ?? ''),
      score: numberOrNull(one(s, `${NS.sssom}similarity_score`)),
      confidence: numberOrNull(one(s, `${NS.sssom}confidence`)),
      comment: one(s, `${NS.rdfs}comment`) ?? '',
      author: one(s, `${NS.sssom}author_label`) ?? '',
      created: one(s, cw('created')) ?? '',
      modified: one(s, cw('modified')) ?? '',
      ...evidenceField(one(s, cw('evidence'))),
      reviews: (props.get(cw('review')) ?? []).map((t) => review(t.value)).sort((a, b) => a.reviewer.localeCompare(b.reviewer)),
      adjudication: adjudication ? review(adjudication) : null,
    });
  }
  const revisions = (index.get(graph)?.get(REVISION) ?? []).map((t) => t.value).filter((r) => r !== EMPTY_REVISION);
  const torn = revisions.length > 1;
  return { revision: revisions[0] ?? null, pushId: one(graph, PUSH_ID) ?? null, records, torn };
}
