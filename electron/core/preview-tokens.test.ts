import { describe, expect, it } from 'vitest';
import { toErrorShape } from './errors.js';
import { PREVIEW_LIMIT, PREVIEW_TTL_MS, PreviewTokens } from './preview-tokens.js';

const messages = {
  missing: 'This preview has expired; preview again.',
  foreign: 'This preview belongs to another project; preview again.',
};

function failure(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return toErrorShape(error);
  }
  throw new Error('expected a failure');
}

describe('PreviewTokens', () => {
  it('keeps the newest few previews until they expire', () => {
    let now = 0;
    const tokens = new PreviewTokens<string>(messages, () => now);
    const put = Array.from({ length: PREVIEW_LIMIT + 1 }, (_, i) => tokens.put(`f${i}`, '/p'));
    expect(failure(() => tokens.get(put[0]!, '/p'))).toEqual({
      code: 'not-found',
      message: messages.missing,
      details: { field: 'token', token: put[0] },
    });
    expect(tokens.get(put[PREVIEW_LIMIT]!, '/p')).toBe(`f${PREVIEW_LIMIT}`);
    now = PREVIEW_TTL_MS;
    expect(tokens.get(put[PREVIEW_LIMIT]!, '/p')).toBe(`f${PREVIEW_LIMIT}`);
    now = PREVIEW_TTL_MS + 1;
    expect(failure(() => tokens.get(put[PREVIEW_LIMIT]!, '/p'))).toMatchObject({ code: 'not-found', message: messages.missing });
  });

  it('binds a preview to its project; one made without a project goes to any', () => {
    const tokens = new PreviewTokens<string>(messages);
    const bound = tokens.put('a', '/projects/one.crosswalk');
    expect(failure(() => tokens.take(bound, '/projects/two.crosswalk'))).toMatchObject({ code: 'conflict', message: messages.foreign });
    expect(tokens.take(bound, '/projects/one.crosswalk')).toBe('a');
    const unbound = tokens.put('b', null);
    expect(tokens.get(unbound, '/projects/two.crosswalk')).toBe('b');
  });

  it('uses a token up on take and on delete', () => {
    const tokens = new PreviewTokens<string>(messages);
    const taken = tokens.put('a', '/p');
    tokens.take(taken, '/p');
    expect(failure(() => tokens.get(taken, '/p'))).toMatchObject({ code: 'not-found' });
    const deleted = tokens.put('b', '/p');
    tokens.delete(deleted);
    expect(failure(() => tokens.get(deleted, '/p'))).toMatchObject({ code: 'not-found' });
  });
});
