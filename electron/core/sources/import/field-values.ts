import type { CourseMetadata, ImportField, ImportProblem } from '../../../../shared/domain/source.js';

/** Parsing and checking of the values a table (or parser) gives for each import field. */

export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** "2,5" is how much of Europe writes 2.5. */
export function parseNumber(value: string): number | null {
  const text = value.trim().replace(/\s*(ects|ec|credits?|hours?|h)$/i, '');
  if (!/^\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

export function parseEqfLevel(value: string): number | null {
  const match = /^(?:eqf\s*(?:level\s*)?|level\s*)?([1-8])$/i.exec(value.trim());
  return match ? Number(match[1]) : null;
}

export function parseCycle(value: string): CourseMetadata['qfEheaCycle'] | null {
  const v = value.trim().toLowerCase();
  const map: Record<string, CourseMetadata['qfEheaCycle']> = {
    short: 'short',
    'short cycle': 'short',
    '0': 'short',
    first: 'first',
    'first cycle': 'first',
    '1': 'first',
    bachelor: 'first',
    second: 'second',
    'second cycle': 'second',
    '2': 'second',
    master: 'second',
    third: 'third',
    'third cycle': 'third',
    '3': 'third',
    doctoral: 'third',
  };
  return map[v] ?? null;
}

/**
 * ISCED-F 2013: broad fields 00–10 (and 99), each narrow field adds a digit, each detailed field
 * another. With the vocabulary's codes at hand, the code must be one of them.
 */
export function isIscedFCode(code: string, known?: ReadonlySet<string>): boolean {
  if (known && known.size) return known.has(code);
  return /^(0\d|10|99)(\d\d?)?$/.test(code);
}

export interface ValueCheckContext {
  knownIscedF?: ReadonlySet<string>;
}

const NUMBER_FIELDS: ImportField[] = ['ects', 'workloadHours'];
const LANGUAGE_FIELDS: ImportField[] = ['language', 'courseLanguage'];

/** Problems of one row's values (id/text presence and duplicates are checked across rows elsewhere). */
export function checkValues(row: number, values: Partial<Record<ImportField, string>>, ctx: ValueCheckContext): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const error = (field: ImportField, message: string) => problems.push({ row, field, severity: 'error', message });
  for (const field of NUMBER_FIELDS) {
    const v = values[field]?.trim();
    if (v && (parseNumber(v) === null || parseNumber(v)! <= 0)) error(field, `"${v}" is not a positive number`);
  }
  const eqf = values.eqfLevel?.trim();
  if (eqf && parseEqfLevel(eqf) === null) error('eqfLevel', `"${eqf}" is not an EQF level (1–8)`);
  const cycle = values.qfEheaCycle?.trim();
  if (cycle && parseCycle(cycle) === null) error('qfEheaCycle', `"${cycle}" is not a QF-EHEA cycle (short, first, second, third)`);
  const isced = values.iscedF?.trim();
  if (isced && !isIscedFCode(isced, ctx.knownIscedF)) error('iscedF', `"${isced}" is not a known ISCED-F 2013 code`);
  for (const field of LANGUAGE_FIELDS) {
    const v = values[field]?.trim();
    if (v && !LANGUAGE_TAG.test(v)) error(field, `"${v}" is not a language tag such as "en" or "de-AT"`);
  }
  return problems;
}

/** The course metadata a row's values describe (only fields that parse). */
export function metadataFromValues(values: Partial<Record<ImportField, string>>): CourseMetadata {
  const text = (field: ImportField) => values[field]?.trim() || undefined;
  const num = (field: ImportField) => (text(field) ? (parseNumber(text(field)!) ?? undefined) : undefined);
  return {
    awardingBody: text('awardingBody'),
    country: text('country'),
    ects: num('ects'),
    workloadHours: num('workloadHours'),
    eqfLevel: text('eqfLevel') ? (parseEqfLevel(text('eqfLevel')!) ?? undefined) : undefined,
    qfEheaCycle: text('qfEheaCycle') ? (parseCycle(text('qfEheaCycle')!) ?? undefined) : undefined,
    iscedF: text('iscedF'),
    assessment: text('assessment'),
    participation: text('participation'),
    qualityAssurance: text('qualityAssurance'),
    prerequisites: text('prerequisites'),
    supervisionAndIdentityVerification: text('supervisionAndIdentityVerification'),
    integrationStackability: text('integrationStackability'),
    language: text('courseLanguage'),
    url: text('url'),
  };
}
