import { describe, expect, it } from 'vitest';
import { mergeByTarget } from './merge.js';

describe('mergeByTarget', () => {
  it('keeps the best score per target with the spans of the fragment that scored it best', () => {
    const whole = {
      candidates: [
        { uri: 'a', score: 0.5 },
        { uri: 'b', score: 0.4 },
      ],
    };
    const first = {
      candidates: [
        { uri: 'b', score: 0.9 },
        { uri: 'c', score: 0.3 },
      ],
      spans: [{ start: 0, end: 6 }],
    };
    const second = { candidates: [{ uri: 'a', score: 0.45 }], spans: [{ start: 10, end: 20 }] };
    const merged = mergeByTarget([whole, first, second], 10);
    expect(merged.map((c) => [c.uri, c.score, c.spans])).toEqual([
      ['b', 0.9, [{ start: 0, end: 6 }]],
      // The whole text scored "a" best; the second fragment found it too, and is its evidence.
      ['a', 0.5, [{ start: 10, end: 20 }]],
      ['c', 0.3, [{ start: 0, end: 6 }]],
    ]);
    // A target no fragment found has no spans.
    expect(mergeByTarget([{ candidates: [{ uri: 'z', score: 0.9 }] }, first], 10)[0]).toEqual({ uri: 'z', score: 0.9 });
  });

  it('ranks by the unclipped score, lets the whole text win ties and cuts at top', () => {
    const whole = {
      candidates: [
        { uri: 'a', score: 1, rawScore: 1.2 },
        { uri: 'b', score: 0.7 },
      ],
    };
    const part = {
      candidates: [
        { uri: 'c', score: 1, rawScore: 1.5 },
        { uri: 'b', score: 0.7 },
      ],
      spans: [{ start: 3, end: 9 }],
    };
    const merged = mergeByTarget([whole, part], 2);
    expect(merged.map((c) => c.uri)).toEqual(['c', 'a']);
    // The whole text wins the tie on "b" (its score is kept), the part that found it gives the spans.
    expect(mergeByTarget([whole, part], 3)[2]).toEqual({ uri: 'b', score: 0.7, spans: [{ start: 3, end: 9 }] });
  });

  it('ranks a weighted list by its weighted score, and shows no score above the one before it', () => {
    const whole = { candidates: [{ uri: 'a', score: 0.6 }] };
    const part = {
      candidates: [
        { uri: 'b', score: 0.7 },
        { uri: 'a', score: 0.7 },
      ],
      spans: [{ start: 0, end: 4 }],
      weight: 0.8,
    };
    const merged = mergeByTarget([whole, part], 10);
    // "b" ranks second (0.7 × 0.8 < 0.6), so it is not shown as likelier than "a".
    expect(merged.map((c) => [c.uri, c.score, c.spans])).toEqual([
      ['a', 0.6, [{ start: 0, end: 4 }]],
      ['b', 0.6, [{ start: 0, end: 4 }]],
    ]);
    // The lists merged are left as they were.
    expect(part.candidates[0]).toEqual({ uri: 'b', score: 0.7 });
  });
});
