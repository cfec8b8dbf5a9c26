import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest-only.js';

/** A request whose answer the test releases when it wants, to play answers out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('latestOnly', () => {
  it('keeps the newest answer when earlier ones arrive later', async () => {
    const sequence = latestOnly();
    const shown: string[] = [];
    const answers = [deferred<string>(), deferred<string>(), deferred<string>()];
    const runs = answers.map(async (answer) => {
      const isLatest = sequence.start();
      const value = await answer.promise;
      if (isLatest()) shown.push(value);
    });
    // The newest answer comes first, the oldest last: neither older one may replace it.
    answers[2]!.resolve('mapping with id, text and course');
    answers[1]!.resolve('mapping with id and text');
    answers[0]!.resolve('mapping with id');
    await Promise.all(runs);
    expect(shown).toEqual(['mapping with id, text and course']);
  });

  it('drops every answer once invalidated, and a request started after that counts again', () => {
    const sequence = latestOnly();
    const first = sequence.start();
    expect(first()).toBe(true);
    sequence.invalidate();
    expect(first()).toBe(false);
    const next = sequence.start();
    expect(next()).toBe(true);
    expect(first()).toBe(false);
  });
});
