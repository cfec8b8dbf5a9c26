import { describe, expect, it } from 'vitest';
import { splitOutcomeCell, splitOutcomes } from './split-outcomes.js';

describe('splitOutcomes', () => {
  it('splits dash bullets and drops the lead-in', () => {
    const text = '\nAfter the course, students will be able to:\n- interpret findings,\n- explain theories,\n- evaluate research.\n';
    expect(splitOutcomes(text)).toEqual(['interpret findings', 'explain theories', 'evaluate research.']);
  });

  it('folds sub-points into the item above', () => {
    const text = '- understands the constructs:\n\no variables,\no loops\n- can apply them';
    expect(splitOutcomes(text)).toEqual(['understands the constructs: variables, loops', 'can apply them']);
  });

  it('splits numbered lists, line breaks and semicolons', () => {
    expect(splitOutcomes('1. Describe models.\n2. Evaluate them.')).toEqual(['Describe models.', 'Evaluate them.']);
    expect(splitOutcomes('Explain A\nApply B')).toEqual(['Explain A', 'Apply B']);
    expect(splitOutcomes('Explain A; apply B; evaluate C')).toEqual(['Explain A', 'apply B', 'evaluate C']);
    expect(splitOutcomes('• one\n• two')).toEqual(['one', 'two']);
  });

  it('keeps a single outcome whole and returns nothing for blank text', () => {
    expect(splitOutcomes('Explain the basics of RDF.')).toEqual(['Explain the basics of RDF.']);
    expect(splitOutcomes('  \n ')).toEqual([]);
  });
});

describe('splitOutcomeCell: catalogue-style cells', () => {
  it('breaks run-together numbering and keeps the lead-in for the course', () => {
    const cell =
      'By the end of this course students will be able to:1.Identify the main sources of river pollution;2.Describe sampling methods for surface water;3.Apply a water quality index to field data.';
    expect(splitOutcomeCell(cell)).toEqual({
      leadIn: 'By the end of this course students will be able to:',
      outcomes: [
        'Identify the main sources of river pollution',
        'Describe sampling methods for surface water',
        'Apply a water quality index to field data.',
      ],
    });
  });

  it('splits "(a)", "i)" and "•" lists, also when run together on one line', () => {
    expect(splitOutcomes('Students will: (a) plan a survey (b) analyse responses (c) report findings')).toEqual([
      'plan a survey',
      'analyse responses',
      'report findings',
    ]);
    expect(splitOutcomes('i) model loads;\nii) size beams;\niii) check deflection')).toEqual([
      'model loads',
      'size beams',
      'check deflection',
    ]);
    expect(splitOutcomes('Graduates can • draft contracts • negotiate terms • resolve disputes')).toEqual([
      'draft contracts',
      'negotiate terms',
      'resolve disputes',
    ]);
    expect(splitOutcomes('1) Outline theories\n2) Critique studies')).toEqual(['Outline theories', 'Critique studies']);
  });

  it('treats "h), i)" as letters and "i), ii)" as roman numerals', () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `${l}) task ${l}`).join('\n');
    expect(splitOutcomes(letters)).toHaveLength(10);
    expect(splitOutcomes('i. prepare samples\nii. run assays\niii. interpret results')).toEqual([
      'prepare samples',
      'run assays',
      'interpret results',
    ]);
  });

  it('never breaks a sentence at numbers that do not count a list', () => {
    expect(splitOutcomes('Apply ISO 9001. Audit processes against version 2.0 of the standard.')).toEqual([
      'Apply ISO 9001. Audit processes against version 2.0 of the standard.',
    ]);
    expect(splitOutcomes('Explain step 2) of the method in detail')).toEqual(['Explain step 2) of the method in detail']);
  });

  it('splits at semicolons only where they separate list items', () => {
    expect(
      splitOutcomeCell('On completion students should be able to: analyse market data; design a pricing strategy; and evaluate its risks'),
    ).toEqual({
      leadIn: 'On completion students should be able to:',
      outcomes: ['analyse market data', 'design a pricing strategy', 'evaluate its risks'],
    });
    expect(splitOutcomes('Analyse time series; in particular seasonal effects')).toEqual([
      'Analyse time series; in particular seasonal effects',
    ]);
    expect(splitOutcomes('Compare methods (survey; interview) for sampling')).toEqual(['Compare methods (survey; interview) for sampling']);
  });

  it('drops a lead-in line above unmarked lines', () => {
    expect(splitOutcomeCell('Students can:\nExplain A\nApply B')).toEqual({ leadIn: 'Students can:', outcomes: ['Explain A', 'Apply B'] });
  });
});
