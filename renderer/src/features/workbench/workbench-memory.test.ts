import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from './item-query.js';
import { EMPTY_MEMORY, readMemory, writeMemory } from './workbench-memory.js';

function storage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('workbench memory', () => {
  it('gives back what was written, per project', () => {
    const s = storage();
    const memory = {
      schemeId: 3,
      selectedId: 41,
      query: {
        text: 'data',
        status: 'unsure' as const,
        course: 'Maths',
        minScore: 0.5,
        sort: { column: 'key' as const, descending: true },
      },
    };
    writeMemory(s, '/p/a.crosswalk', memory);
    expect(readMemory(s, '/p/a.crosswalk')).toEqual(memory);
    expect(readMemory(s, '/p/b.crosswalk')).toEqual(EMPTY_MEMORY);
  });

  it('drops what is malformed instead of failing', () => {
    expect(readMemory(storage({ 'crosswalk.workbench:/p': '{not json' }), '/p')).toEqual(EMPTY_MEMORY);
    const odd = JSON.stringify({
      schemeId: 'x',
      selectedId: 1.5,
      query: { text: 7, status: 'gone', minScore: 4, sort: { column: 'nope' } },
    });
    expect(readMemory(storage({ 'crosswalk.workbench:/p': odd }), '/p')).toEqual({ schemeId: null, selectedId: null, query: EMPTY_QUERY });
  });

  it('survives a storage that refuses to write', () => {
    expect(() =>
      writeMemory(
        {
          setItem: () => {
            throw new Error('quota');
          },
        },
        '/p',
        EMPTY_MEMORY,
      ),
    ).not.toThrow();
  });
});
