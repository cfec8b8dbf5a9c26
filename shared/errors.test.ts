import { describe, expect, it } from 'vitest';
import { inputProblemMessage } from './errors.js';

describe('inputProblemMessage', () => {
  it('names file, line and field before the message, leaving out what is unknown', () => {
    expect(inputProblemMessage('empty id', { file: 'a.csv', line: 3, field: 'id' })).toBe('a.csv, line 3, field "id": empty id');
    expect(inputProblemMessage('not CSV', { file: 'a.csv' })).toBe('a.csv: not CSV');
    expect(inputProblemMessage('line 0 counts', { line: 0 })).toBe('line 0: line 0 counts');
    expect(inputProblemMessage('no place', {})).toBe('no place');
  });
});
