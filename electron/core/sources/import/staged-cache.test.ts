import { describe, expect, it } from 'vitest';
import { STAGED_LIMIT, STAGED_TTL_MS, StagedCache } from './staged-cache.js';
import type { StagedImport } from './staged-import.js';

const staged = (fileName: string) => ({ fileName }) as StagedImport;

describe('staged import cache', () => {
  it('keeps the last few previews and lets older or expired ones go', () => {
    let now = 0;
    const cache = new StagedCache(() => now);
    const tokens = Array.from({ length: STAGED_LIMIT + 1 }, (_, i) => cache.put(staged(`f${i}`)));
    expect(() => cache.get(tokens[0]!)).toThrow(/expired or was replaced/);
    expect(cache.get(tokens[STAGED_LIMIT]!).fileName).toBe(`f${STAGED_LIMIT}`);
    now = STAGED_TTL_MS + 1;
    expect(() => cache.get(tokens[STAGED_LIMIT]!)).toThrow(/expired/);
  });
});
