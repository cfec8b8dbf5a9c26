import { describe, expect, it } from 'vitest';
import { candidateEvidence, MAX_EVIDENCE_RANGES } from './candidate-evidence.js';

const why = (queryRanges: { start: number; end: number }[]) => ({ labels: [], terms: [], queryRanges, coverage: 1 });

describe('candidateEvidence', () => {
  it("takes a skill statement's spans first, else the matched words, as plain ranges up to the contract's cap", () => {
    const matched = [{ start: 4, end: 9 }];
    expect(candidateEvidence({ spans: [{ start: 0, end: 3 }], why: why(matched) })).toEqual([{ start: 0, end: 3 }]);
    expect(candidateEvidence({ spans: [], why: why(matched) })).toEqual(matched);
    expect(candidateEvidence({ why: why([]) })).toEqual([]);
    const many = Array.from({ length: 80 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1, extra: true }));
    const kept = candidateEvidence({ why: why(many) });
    expect(kept).toHaveLength(MAX_EVIDENCE_RANGES);
    expect(kept[0]).toEqual({ start: 0, end: 1 });
  });
});
