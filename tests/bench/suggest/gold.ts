import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';

/** A query with its set of correct target URIs. */
export interface GoldQuery {
  id: string;
  text: string;
  description?: string;
  gold: Set<string>;
  /** Deterministic half: 'tune' (used while developing the method) or 'holdout' (reported only). */
  split: 'tune' | 'holdout';
}

/** Half of the queries by a hash of their text: stable across runs and machines. */
export function splitOf(key: string): 'tune' | 'holdout' {
  return createHash('sha1').update(key).digest()[0]! % 2 === 0 ? 'tune' : 'holdout';
}

/** Skill-extraction validation set: one query per sentence, gold = its matched ESCO skills. */
export function readSentenceGold(file: string): GoldQuery[] {
  const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const bySentence = new Map<string, Set<string>>();
  for (const row of rows) {
    const gold = bySentence.get(row.sentence!) ?? new Set<string>();
    if (row.esco_uri?.startsWith('http')) gold.add(row.esco_uri.trim());
    bySentence.set(row.sentence!, gold);
  }
  return [...bySentence]
    .filter(([, gold]) => gold.size > 0)
    .map(([text, gold], i) => ({ id: String(i), text, gold, split: splitOf(text) }));
}

/** ESCO–O*NET crosswalk part: one query per O*NET occupation, gold = its exactMatch ESCO occupations. */
export function readOnetGold(file: string): GoldQuery[] {
  const lines = fs.readFileSync(file, 'utf8');
  const headerAt = lines.indexOf('O*NET Id,');
  const rows = parse(lines.slice(headerAt), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
  const byId = new Map<string, GoldQuery>();
  for (const row of rows) {
    const id = row['O*NET Id']!;
    const query = byId.get(id) ?? {
      id,
      text: row['O*NET Title']!,
      description: row['O*NET Description'],
      gold: new Set<string>(),
      split: splitOf(id),
    };
    if (row['Type of Match']?.trim() === 'exactMatch') query.gold.add(row['ESCO or ISCO URI']!.trim());
    byId.set(id, query);
  }
  return [...byId.values()].filter((q) => q.gold.size > 0);
}

export interface RankingMetrics {
  rp5: number;
  r10: number;
  mrr: number;
  top1: number;
  top10: number;
  queries: number;
}

/** R-Precision@5, Recall@10, MRR, top-1 and top-10 hit rates of ranked URI lists. */
export function rankingMetrics(queries: GoldQuery[], ranked: string[][]): RankingMetrics {
  let rp5 = 0;
  let r10 = 0;
  let mrr = 0;
  let top1 = 0;
  let top10 = 0;
  queries.forEach((q, i) => {
    const list = ranked[i] ?? [];
    const hits5 = list.slice(0, 5).filter((u) => q.gold.has(u)).length;
    rp5 += hits5 / Math.min(5, q.gold.size);
    r10 += list.slice(0, 10).filter((u) => q.gold.has(u)).length / q.gold.size;
    const first = list.findIndex((u) => q.gold.has(u));
    mrr += first >= 0 ? 1 / (first + 1) : 0;
    top1 += first === 0 ? 1 : 0;
    top10 += first >= 0 && first < 10 ? 1 : 0;
  });
  const n = queries.length || 1;
  return { rp5: rp5 / n, r10: r10 / n, mrr: mrr / n, top1: top1 / n, top10: top10 / n, queries: queries.length };
}
