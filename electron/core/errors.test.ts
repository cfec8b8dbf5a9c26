import { describe, expect, it } from 'vitest';
import { CrosswalkError, badInput, toErrorShape } from './errors.js';

describe('errors', () => {
  it('names file, line and field of bad input', () => {
    const error = badInput('duplicate id "LO3"', { file: 'outcomes.csv', line: 7, field: 'id' });
    expect(error.message).toBe('outcomes.csv, line 7, field "id": duplicate id "LO3"');
    expect(toErrorShape(error)).toEqual({
      code: 'bad-input',
      message: error.message,
      details: { file: 'outcomes.csv', line: 7, field: 'id' },
    });
  });

  it('keeps codes of CrosswalkErrors and marks other errors internal', () => {
    expect(toErrorShape(new CrosswalkError('not-found', 'gone'))).toEqual({ code: 'not-found', message: 'gone' });
    expect(toErrorShape(new TypeError('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(toErrorShape(Object.assign(new Error('stop'), { name: 'AbortError' }))).toEqual({ code: 'cancelled', message: 'Cancelled' });
  });
});
