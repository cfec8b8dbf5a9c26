import { describe, expect, it } from 'vitest';
import { outcomeCoverage, outcomeParts } from './coverage.js';

const OUTCOME =
  'Students will be able to design, implement and evaluate a relational database and communicate the results to stakeholders.';
const at = (text: string, words: string[]) =>
  words.map((w) => {
    const start = text.indexOf(w);
    if (start < 0) throw new Error(`${w} not in text`);
    return { start, end: start + w.length };
  });
const partsOf = (text: string, language = 'en') => outcomeParts(text, language);

describe('outcome coverage', () => {
  it('splits a multi-skill outcome into parts with spans, without the boilerplate', () => {
    expect(partsOf(OUTCOME).map((p) => p.text)).toEqual([
      'design a relational database',
      'implement a relational database',
      'evaluate a relational database',
      'communicate the results to stakeholders',
    ]);
    for (const part of partsOf(OUTCOME)) expect(part.spans.map((s) => OUTCOME.slice(s.start, s.end)).join(' ')).toBe(part.text);
  });

  it('covers a part with the spans of the fragment its accepted suggestion came from, and not the parts sharing its object', () => {
    const [design, implement] = partsOf(OUTCOME);
    const coverage = outcomeCoverage(7, OUTCOME, 'en', [{ mappingId: 1, evidence: implement!.spans }]);
    expect(coverage.parts.map((p) => p.coveredBy)).toEqual([[], [1], [], []]);
    expect(coverage.covered).toBe(1);
    const both = outcomeCoverage(7, OUTCOME, 'en', [
      { mappingId: 1, evidence: implement!.spans },
      { mappingId: 2, evidence: design!.spans },
    ]);
    expect(both.covered).toBe(2);
    expect(both.parts.filter((p) => !p.coveredBy.length).map((p) => p.text)).toEqual([
      'evaluate a relational database',
      'communicate the results to stakeholders',
    ]);
  });

  it('ties word-level evidence (the matched words of a whole-outcome suggestion) to the part holding them all', () => {
    const coverage = outcomeCoverage(7, OUTCOME, 'en', [
      { mappingId: 1, evidence: at(OUTCOME, ['design', 'database']) },
      { mappingId: 2, evidence: at(OUTCOME, ['stakeholders']) },
      // "database" alone says nothing about which of the three verbs.
      { mappingId: 3, evidence: at(OUTCOME, ['database']) },
    ]);
    expect(coverage.parts.map((p) => p.coveredBy)).toEqual([[1], [], [], [2]]);
    expect(coverage.untied).toEqual([]);
  });

  it('a mapping without evidence covers a one-part outcome, and is untied on an outcome of several parts', () => {
    expect(outcomeCoverage(1, 'Use spreadsheets', 'en', [{ mappingId: 5 }])).toMatchObject({ covered: 1, untied: [] });
    expect(outcomeCoverage(1, OUTCOME, 'en', [{ mappingId: 5 }])).toMatchObject({ covered: 0, untied: [5] });
    expect(outcomeCoverage(1, OUTCOME, 'en', [])).toMatchObject({ covered: 0, untied: [] });
  });

  it('works for verb-final German, where the parts share the object before the verbs', () => {
    const text = 'Die Studierenden können Datenbanken entwerfen, implementieren und bewerten.';
    const parts = partsOf(text, 'de');
    expect(parts.map((p) => p.text)).toEqual(['Datenbanken entwerfen', 'Datenbanken implementieren', 'Datenbanken bewerten']);
    const coverage = outcomeCoverage(1, text, 'de', [{ mappingId: 9, evidence: parts[1]!.spans }]);
    expect(coverage.parts.map((p) => p.coveredBy.length)).toEqual([0, 1, 0]);
  });

  it('ignores evidence beyond the text (the item was edited) and keeps a text of only boilerplate as one part', () => {
    expect(outcomeCoverage(1, 'Use spreadsheets', 'en', [{ mappingId: 1, evidence: [{ start: 40, end: 50 }] }]).covered).toBe(1);
    expect(partsOf('')).toEqual([]);
  });
});
