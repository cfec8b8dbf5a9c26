import { describe, expect, it } from 'vitest';
import { textHazards } from './text-hazards.js';

describe('textHazards', () => {
  it('refuses NUL bytes in any field', () => {
    expect(textHazards(4, { id: 'A\u0000', text: 'ok' })).toEqual([
      { row: 4, field: 'id', severity: 'error', message: 'contains a NUL byte (U+0000); remove it from the file' },
    ]);
  });

  it('warns about entity references, named or numeric, and not about a plain ampersand', () => {
    expect(textHazards(2, { text: 'R&amp;D' })[0]).toMatchObject({ field: 'text', severity: 'warning' });
    expect(textHazards(2, { text: 'caf&#233; &#x2019;' })).toHaveLength(1);
    expect(textHazards(2, { text: 'R&D, Q&A; &c.' })).toEqual([]);
  });
});
