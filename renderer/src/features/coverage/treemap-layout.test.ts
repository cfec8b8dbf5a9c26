import { describe, expect, it } from 'vitest';
import { squarify } from './treemap-layout.js';

describe('squarify', () => {
  it('gives every positive value an area proportional to it, filling the box', () => {
    const rects = squarify(
      [
        { id: 'a', value: 6 },
        { id: 'b', value: 6 },
        { id: 'c', value: 4 },
        { id: 'd', value: 3 },
        { id: 'e', value: 2 },
        { id: 'f', value: 2 },
        { id: 'g', value: 1 },
        { id: 'zero', value: 0 },
      ],
      600,
      400,
    );
    expect(rects.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const total = rects.reduce((sum, r) => sum + r.width * r.height, 0);
    expect(total).toBeCloseTo(600 * 400, 3);
    for (const r of rects) {
      expect((r.width * r.height) / (600 * 400)).toBeCloseTo(r.value / 24, 5);
      expect(r.x).toBeGreaterThanOrEqual(-1e-9);
      expect(r.y).toBeGreaterThanOrEqual(-1e-9);
      expect(r.x + r.width).toBeLessThanOrEqual(600 + 1e-6);
      expect(r.y + r.height).toBeLessThanOrEqual(400 + 1e-6);
    }
  });

  it('keeps rectangles reasonably square', () => {
    const rects = squarify(
      Array.from({ length: 20 }, (_, i) => ({ id: String(i), value: 10 })),
      500,
      400,
    );
    for (const r of rects) expect(Math.max(r.width / r.height, r.height / r.width)).toBeLessThan(3);
  });

  it('returns nothing for an empty or all-zero input', () => {
    expect(squarify([], 100, 100)).toEqual([]);
    expect(squarify([{ id: 'a', value: 0 }], 100, 100)).toEqual([]);
  });
});
