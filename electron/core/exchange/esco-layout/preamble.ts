import type { ExchangeProblem } from '../../../../shared/domain/correspondence.js';
import { isRelationHeader } from './columns.js';

/** The preamble keys Crosswalk reads and writes (ESCO's mapping tool writes all of them). */
export const PREAMBLE = {
  name: 'Mapping project name',
  author: 'Mapping project author',
  version: 'Mapping project version',
  date: 'Mapping project version date',
  classification: (side: 1 | 2, field: 'Name' | 'Concept type' | 'Version' | 'Language' | 'Landing page') =>
    `Classification ${side} ${field}`,
} as const;

const PREAMBLE_KEY =
  /^(mapping project (name|author|version|version date)|classification ?[12] (name|concept type|version|language|landing page))$/i;

export interface LayoutHead {
  /** Key/value lines as written (value cells untrimmed). */
  preamble: [string, string][];
  /** Row index of the header of the mapping rows. */
  headerIndex: number;
  /** Rows above the preamble that are not part of it (a spreadsheet's "Column1, Column2" row). */
  repairs: ExchangeProblem[];
}

/** Looks up a preamble value by key, ignoring case and spacing; '' when absent. */
export function preambleValue(preamble: readonly [string, string][], key: string): string {
  const wanted = key.toLowerCase().replace(/\s+/g, ' ');
  return preamble.find(([k]) => k.trim().toLowerCase().replace(/\s+/g, ' ') === wanted)?.[1].trim() ?? '';
}

/** Whether rows (the first few dozen are enough) are in one of ESCO's layouts. */
export function looksLikeEscoLayout(rows: readonly string[][]): boolean {
  const head = rows.slice(0, 40);
  return (
    head.some((r) => /^mapping project name$/i.test((r[0] ?? '').trim())) ||
    head.some((r) => r.some((c) => /^type of match$/i.test((c ?? '').trim())))
  );
}

/**
 * Finds the preamble and the header row. The header is the first row with a relation column
 * ("Mapping relation", "Type of Match"); key/value rows above it form the preamble. Non-empty rows
 * above the first preamble key are a tool's leftovers and are listed as repairs.
 */
export function readLayoutHead(rows: readonly string[][], lineOf: (rowIndex: number) => number): LayoutHead | undefined {
  const headerIndex = rows.findIndex(
    (r, i) => i < 200 && r.some((c) => isRelationHeader(c ?? '')) && !PREAMBLE_KEY.test((r[0] ?? '').trim()),
  );
  if (headerIndex < 0) return undefined;
  const preamble: [string, string][] = [];
  const repairs: ExchangeProblem[] = [];
  for (let i = 0; i < headerIndex; i++) {
    const row = rows[i]!;
    const key = (row[0] ?? '').trim();
    if (!key && row.every((c) => !(c ?? '').trim())) continue;
    if (PREAMBLE_KEY.test(key) || preamble.length > 0) {
      if (key) preamble.push([key, row[1] ?? '']);
      continue;
    }
    repairs.push({
      severity: 'info',
      line: lineOf(i),
      message: `row above the preamble ignored ("${row.filter(Boolean).slice(0, 3).join(', ')}")`,
    });
  }
  return { preamble, headerIndex, repairs };
}

/** "Sep-22", "13/07/2022", "2022-09-01" as ISO dates; '' when unreadable. */
export function parseLooseDate(text: string): string {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t.slice(0, 10);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  const m = /^([A-Za-z]{3})[a-z]*[-\s](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[1]!.toLowerCase());
    if (month >= 0) return `${m[2]!.length === 2 ? `20${m[2]}` : m[2]}-${String(month + 1).padStart(2, '0')}-01`;
  }
  return '';
}
