import type { Mapping, MappingChange } from '../../../../shared/domain/mapping.js';
import { relationLabel } from '../workbench/relations.js';

/** A mapping in one short line: "close match → manage budgets (accepted)". */
export function describeMapping(m: Mapping | null): string {
  if (!m) return '';
  if (m.kind === 'no-match') return `no match in ${m.targetVocabularyId ?? '?'} (${m.status})`;
  const target = m.target?.label || m.target?.uri || '?';
  if (m.kind === 'must-not-map') return `must not map → ${target}`;
  return `${relationLabel(m.relation)} → ${target} (${m.status})`;
}

/** What changed between before and after, field by field, for an update. */
export function changedFields(change: MappingChange): string[] {
  const { before, after } = change;
  if (!before || !after) return [];
  const fields: (keyof Mapping)[] = ['relation', 'status', 'comment', 'confidence'];
  const out = fields
    .filter((f) => before[f] !== after[f])
    .map((f) => `${f}: ${String(before[f] ?? '–') || '–'} → ${String(after[f] ?? '–') || '–'}`);
  // A move to a newer vocabulary version changes the target or only the version recorded with it.
  if (before.target?.uri !== after.target?.uri)
    out.push(`target: ${before.target?.label || before.target?.uri || '–'} → ${after.target?.label || after.target?.uri || '–'}`);
  else if (before.target?.label !== after.target?.label) out.push(`label: ${before.target?.label || '–'} → ${after.target?.label || '–'}`);
  const version = (m: Mapping) => m.target?.vocabularyId || m.targetVocabularyId || '–';
  if (version(before) !== version(after)) out.push(`version: ${version(before)} → ${version(after)}`);
  return out;
}
