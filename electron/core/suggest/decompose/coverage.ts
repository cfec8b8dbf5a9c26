/**
 * Coverage of an outcome: its parts (the decomposition's fragments) and which accepted mappings cover each. A mapping
 * covers a part when its evidence (the words that supported the accepted suggestion) reaches every piece of the part
 * and at least one word only this part has, so "implement a relational database" covers neither "design a relational
 * database" nor "evaluate a relational database" through the object they share.
 */
import type { OutcomeCoverage, OutcomePart } from '../../../../shared/domain/outcome-coverage.js';
import type { TextRange } from '../../../../shared/domain/suggestion.js';
import { decomposeOutcome } from './decompose.js';
import { trimSpan } from './segments.js';

export interface AcceptedEvidence {
  mappingId: number;
  /** Absent when the mapping was not accepted from a suggestion that carried it. */
  evidence?: readonly TextRange[];
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

function wordsIn(text: string, spans: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const span of spans) {
    const re = /[\p{L}\p{N}]+/gu;
    const slice = text.slice(span.start, span.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return out;
}

/** The outcome's parts; text the decomposition finds no statement in (only boilerplate) is one part as written. */
export function outcomeParts(text: string, language: string): { text: string; spans: TextRange[] }[] {
  const fragments = decomposeOutcome(text, language).fragments;
  if (fragments.length) return fragments.map((f) => ({ text: f.text, spans: f.spans.map((s) => ({ start: s.start, end: s.end })) }));
  const whole = trimSpan(text, { start: 0, end: text.length });
  return whole.end > whole.start ? [{ text: text.slice(whole.start, whole.end), spans: [whole] }] : [];
}

export function outcomeCoverage(
  sourceItemId: number,
  text: string,
  language: string,
  accepted: readonly AcceptedEvidence[],
): OutcomeCoverage {
  const parts: OutcomePart[] = outcomeParts(text, language).map((p) => ({ ...p, coveredBy: [] }));
  // The words that tell a part from the others (its verb, where parts share an object).
  const distinct = parts.map((part) =>
    wordsIn(text, part.spans).filter((w) => !parts.some((other) => other !== part && other.spans.some((s) => overlaps(s, w)))),
  );
  const untied: number[] = [];
  for (const mapping of accepted) {
    const evidence = (mapping.evidence ?? []).filter((r) => r.start < text.length && r.end > r.start);
    if (!evidence.length) {
      if (parts.length === 1) parts[0]!.coveredBy.push(mapping.mappingId);
      else untied.push(mapping.mappingId);
      continue;
    }
    parts.forEach((part, i) => {
      const reached = (piece: TextRange) => evidence.some((r) => overlaps(r, piece));
      if (part.spans.every(reached) && (distinct[i]!.length === 0 || distinct[i]!.some(reached))) part.coveredBy.push(mapping.mappingId);
    });
  }
  return { sourceItemId, text, parts, covered: parts.filter((p) => p.coveredBy.length > 0).length, untied };
}
