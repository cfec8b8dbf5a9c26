import { describe, expect, it } from 'vitest';
import { splitOutcomes } from './split-outcomes.js';

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
