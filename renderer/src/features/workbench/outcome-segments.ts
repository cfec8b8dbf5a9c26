import type { SuggestionCandidate, TextRange } from '../../../../shared/domain/suggestion.js';

/** A run of the item's text: marked when it supports the focused candidate; in a covered / uncovered part, or in none. */
export interface OutcomeSegment {
  text: string;
  marked: boolean;
  part: 'covered' | 'uncovered' | null;
}

export interface SegmentPart {
  spans: readonly TextRange[];
  covered: boolean;
}

const overlaps = (a: TextRange, start: number, end: number) => a.start < end && start < a.end;

/**
 * Splits the item's text where a part, or a supporting span, starts or ends. A run shared by several parts (an object
 * of several verbs) counts as covered when any of them is: some accepted mapping stands on those words.
 */
export function outcomeSegments(text: string, parts: readonly SegmentPart[], marks: readonly TextRange[]): OutcomeSegment[] {
  const cuts = new Set([0, text.length]);
  for (const r of [...parts.flatMap((p) => p.spans), ...marks]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: OutcomeSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    if (end <= start) continue;
    const holding = parts.filter((p) => p.spans.some((s) => overlaps(s, start, end)));
    const part = holding.length === 0 ? null : holding.some((p) => p.covered) ? 'covered' : 'uncovered';
    const marked = marks.some((m) => overlaps(m, start, end));
    const prev = out.at(-1);
    if (prev && prev.marked === marked && prev.part === part) prev.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), marked, part });
  }
  return out;
}

/** What a candidate stands on, for the ear: its supporting pieces of the outcome, in order. */
export function supportText(text: string, ranges: readonly TextRange[]): string {
  return [...ranges]
    .filter((r) => r.end > r.start && r.start < text.length)
    .sort((a, b) => a.start - b.start)
    .map((r) => text.slice(r.start, r.end))
    .join(' … ');
}

const NONE: readonly TextRange[] = [];

/** What supports an entry: a mapping's stored evidence, else its candidate's outcome spans, else the words it matched. */
export function supportOf(evidence: readonly TextRange[] | undefined, candidate: SuggestionCandidate | undefined): readonly TextRange[] {
  if (evidence?.length) return evidence;
  if (candidate?.spans?.length) return candidate.spans;
  return candidate?.why.queryRanges ?? NONE;
}
