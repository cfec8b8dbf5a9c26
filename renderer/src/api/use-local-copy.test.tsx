// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocalCopy } from './use-local-copy.js';

afterEach(cleanup);

describe('useLocalCopy', () => {
  it('lets the view change the copy at once, and replaces it with each new answer', () => {
    const first = { on: false };
    const { result, rerender } = renderHook(({ data }) => useLocalCopy(data), { initialProps: { data: first } });
    act(() => result.current[1]({ on: true }));
    expect(result.current[0]).toEqual({ on: true });
    rerender({ data: first });
    expect(result.current[0]).toEqual({ on: true });
    const saved = { on: false };
    rerender({ data: saved });
    expect(result.current[0]).toBe(saved);
  });
});
