import { describe, expect, it } from 'vitest';
import { purposeSpans, sentenceSpans, trimSpan } from './segments.js';

const pieces = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('segments', () => {
  it('splits sentences, lines, semicolons and bullets but not abbreviations', () => {
    const text = 'Plan a survey. Analyse data, e.g. counts; report results\n• Present\n2. Reflect';
    expect(pieces(text, sentenceSpans(text))).toEqual([
      'Plan a survey',
      'Analyse data, e.g. counts',
      'report results',
      'Present',
      'Reflect',
    ]);
  });

  it('reads lines starting "o " as bullets when several lines do, and "o" in a sentence as a word', () => {
    const list = 'the following constructs:\n\no variables and types,\no loops\n';
    expect(pieces(list, sentenceSpans(list))).toEqual(['the following constructs', 'variables and types', 'loops']);
    const one = 'o terceiro modulo\nanalisar dados';
    expect(pieces(one, sentenceSpans(one))).toEqual(['o terceiro modulo', 'analisar dados']);
    const inside = 'conduct o and p tests\no loops\no types';
    expect(pieces(inside, sentenceSpans(inside))[0]).toBe('conduct o and p tests');
  });

  it('trims list markers and punctuation but keeps a closing parenthesis that belongs', () => {
    const text = ' a) use tools (Git).';
    expect(pieces(text, [trimSpan(text, { start: 0, end: text.length })])).toEqual(['use tools (Git)']);
  });

  it('cuts purpose clauses per language and keeps the verb after "to ensure"', () => {
    const en = 'plan audits to ensure compliance';
    expect(pieces(en, purposeSpans(en, { start: 0, end: en.length }, 'en'))).toEqual(['plan audits', 'ensure compliance']);
    const de = 'Daten erheben, um Hypothesen zu prüfen';
    expect(pieces(de, purposeSpans(de, { start: 0, end: de.length }, 'de'))).toEqual(['Daten erheben', 'Hypothesen zu prüfen']);
    const nl = 'gegevens verzamelen om hypotheses te toetsen';
    expect(pieces(nl, purposeSpans(nl, { start: 0, end: nl.length }, 'nl'))).toEqual(['gegevens verzamelen', 'hypotheses te toetsen']);
    const fr = 'collecter des données pour tester des hypothèses';
    expect(pieces(fr, purposeSpans(fr, { start: 0, end: fr.length }, 'fr'))).toEqual(['collecter des données', 'tester des hypothèses']);
    const plain = 'contribute to open source projects';
    expect(pieces(plain, purposeSpans(plain, { start: 0, end: plain.length }, 'en'))).toEqual([plain]);
  });
});
