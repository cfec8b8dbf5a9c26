import type Database from 'better-sqlite3';
import { pairAgreement } from './agreement.js';
import { csvLine } from './csv.js';

interface ReportRow {
  mapping_id: number;
  content_id: string;
  scheme: string;
  source_key: string;
  source_text: string;
  target_uri: string;
  target_label: string;
  relation: string;
  status: string;
}

interface DecisionCells {
  mapping_id: number;
  round: number;
  name: string;
  orcid: string;
  decision: string;
  comment: string;
  at: string;
}

export const REPORT_COLUMNS = [
  'content_id',
  'source_scheme',
  'source_id',
  'source_text',
  'target_uri',
  'target_label',
  'relation',
  'final_status',
  'review1_reviewer',
  'review1_orcid',
  'review1_decision',
  'review1_comment',
  'review1_date',
  'review2_reviewer',
  'review2_orcid',
  'review2_decision',
  'review2_comment',
  'review2_date',
  'agreement',
  'adjudicator',
  'adjudicator_orcid',
  'adjudication',
  'adjudication_comment',
  'adjudication_date',
];

/**
 * The review report: one row per reviewed mapping (what, by whom, the decisions, the outcome),
 * then, after an empty line, Cohen's kappa per reviewer pair. Opens in any spreadsheet.
 */
export function reviewReportCsv(db: Database.Database): string {
  const rows = db
    .prepare(
      `SELECT m.id AS mapping_id, m.content_id, s.title AS scheme, i.key AS source_key, i.text AS source_text, m.target_uri, m.target_label, m.relation, m.status
       FROM mappings m JOIN source_items i ON i.id = m.source_item_id JOIN source_schemes s ON s.id = i.scheme_id
       WHERE EXISTS (SELECT 1 FROM review_decisions d WHERE d.mapping_id = m.id)
       ORDER BY s.id, i.position, i.id, m.id`,
    )
    .all() as ReportRow[];
  const decisions = db
    .prepare(
      'SELECT d.mapping_id, d.round, r.name, r.orcid, d.decision, d.comment, d.at FROM review_decisions d JOIN reviewers r ON r.id = d.reviewer_id',
    )
    .all() as DecisionCells[];
  const adjudications = db
    .prepare(
      'SELECT a.mapping_id, 0 AS round, r.name, r.orcid, a.decision, a.comment, a.at FROM review_adjudications a JOIN reviewers r ON r.id = a.reviewer_id',
    )
    .all() as DecisionCells[];
  const byMapping = new Map<number, DecisionCells[]>();
  for (const d of decisions) byMapping.set(d.mapping_id, [...(byMapping.get(d.mapping_id) ?? []), d]);
  const adjudicated = new Map(adjudications.map((a) => [a.mapping_id, a]));
  const cells = (d: DecisionCells | undefined) => (d ? [d.name, d.orcid, d.decision, d.comment, d.at] : ['', '', '', '', '']);

  let csv = csvLine(REPORT_COLUMNS);
  for (const row of rows) {
    const list = byMapping.get(row.mapping_id) ?? [];
    const first = list.find((d) => d.round === 1);
    const second = list.find((d) => d.round === 2);
    const agreement = first && second ? (first.decision === second.decision ? 'agree' : 'disagree') : '';
    csv += csvLine([
      row.content_id,
      row.scheme,
      row.source_key,
      row.source_text,
      row.target_uri,
      row.target_label,
      row.relation,
      row.status,
      ...cells(first),
      ...cells(second),
      agreement,
      ...cells(adjudicated.get(row.mapping_id)),
    ]);
  }
  csv += '\r\n';
  csv += csvLine([
    'reviewer_a',
    'reviewer_b',
    'mappings_both_reviewed',
    'agreed',
    'observed_agreement',
    'expected_agreement',
    'cohens_kappa',
  ]);
  for (const pair of pairAgreement(db)) {
    csv += csvLine([
      pair.reviewerA.name,
      pair.reviewerB.name,
      pair.n,
      pair.agreed,
      pair.observed.toFixed(4),
      pair.expected.toFixed(4),
      pair.kappa === null ? '' : pair.kappa.toFixed(4),
    ]);
  }
  return csv;
}
