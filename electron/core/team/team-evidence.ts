import type { TextRange } from '../../../shared/domain/suggestion.js';

/**
 * A mapping's evidence (the character ranges of the item's text its suggestion stood on) as one
 * literal, `start-end start-end`, so it travels in the team graph and compares as text.
 */
export function evidenceText(evidence: readonly TextRange[] | undefined): string {
  return (evidence ?? []).map((r) => `${r.start}-${r.end}`).join(' ');
}

/** The record field for a `cw:evidence` literal: none when absent or when any range is malformed. */
export function evidenceField(text: string | undefined): { evidence?: TextRange[] } {
  if (!text?.trim()) return {};
  const ranges: TextRange[] = [];
  for (const piece of text.trim().split(/\s+/)) {
    const match = /^(\d+)-(\d+)$/.exec(piece);
    if (!match || Number(match[1]) >= Number(match[2])) return {};
    ranges.push({ start: Number(match[1]), end: Number(match[2]) });
  }
  return { evidence: ranges };
}
