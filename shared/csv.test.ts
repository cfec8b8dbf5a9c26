import { describe, expect, it } from 'vitest';
import { bindingsToCsv, csvQuote, sparqlResultToCsv } from './csv.js';
import type { SparqlJson } from './domain/vocabulary.js';

describe('CSV', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, and keeps it exact', () => {
    expect(csvQuote('plain')).toBe('plain');
    expect(csvQuote('a, b')).toBe('"a, b"');
    expect(csvQuote('say "hi"')).toBe('"say ""hi"""');
    expect(csvQuote('two\nlines')).toBe('"two\nlines"');
    expect(csvQuote('=1+1')).toBe('=1+1');
  });

  it('writes SPARQL results as SPARQL 1.1 CSV', () => {
    const json: SparqlJson = {
      head: { vars: ['s', 'label'] },
      results: {
        bindings: [
          { s: { type: 'uri', value: 'http://x/1' }, label: { type: 'literal', value: 'a, b' } },
          { s: { type: 'uri', value: 'http://x/2' } },
        ],
      },
    };
    expect(bindingsToCsv(json)).toBe('s,label\r\nhttp://x/1,"a, b"\r\nhttp://x/2,\r\n');
    expect(sparqlResultToCsv({ kind: 'bindings', json })).toBe(bindingsToCsv(json));
    expect(sparqlResultToCsv({ kind: 'boolean', value: true })).toBe('result\r\ntrue\r\n');
  });
});
