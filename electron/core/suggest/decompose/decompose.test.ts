import { describe, expect, it } from 'vitest';
import { decomposeOutcome, type Fragment } from './decompose.js';

const texts = (text: string, language = 'en') => decomposeOutcome(text, language).fragments.map((f) => f.text);

/** Every fragment's text is exactly the original's characters at its spans, joined by a space. */
function expectSpansIndexOriginal(text: string, fragments: Fragment[]) {
  for (const f of fragments) {
    expect(f.spans.length).toBeGreaterThan(0);
    for (const s of f.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
    expect(f.spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(f.text);
  }
}

describe('decomposeOutcome', () => {
  it("splits the issue's example: coordinated verbs share their object, a second clause stands alone", () => {
    const text = 'design, implement and evaluate a relational database and communicate the results to stakeholders';
    const { fragments } = decomposeOutcome(text, 'en');
    expect(fragments.map((f) => f.text)).toEqual([
      'design a relational database',
      'implement a relational database',
      'evaluate a relational database',
      'communicate the results to stakeholders',
    ]);
    // The shared verb and the shared object are two pieces of evidence; the verb next to its object is one.
    expect(fragments[0]!.spans).toEqual([
      { start: 0, end: 6 },
      { start: text.indexOf('a relational'), end: text.indexOf(' and communicate') },
    ]);
    expect(fragments[2]!.spans).toEqual([{ start: text.indexOf('evaluate'), end: text.indexOf(' and communicate') }]);
    expectSpansIndexOriginal(text, fragments);
  });

  it('keeps a simple outcome whole, minus its boilerplate', () => {
    const text = 'Students will be able to write clear technical reports.';
    const { fragments } = decomposeOutcome(text, 'en');
    expect(fragments).toEqual([{ text: 'write clear technical reports', spans: [{ start: 25, end: 54 }] }]);
  });

  it('gives coordinated short objects the shared verb', () => {
    const text = 'On completion of this module the learner can analyse costs and risks.';
    const { fragments } = decomposeOutcome(text, 'en');
    expect(fragments.map((f) => f.text)).toEqual(['analyse costs', 'analyse risks']);
    expect(fragments[1]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['analyse', 'risks']);
    expectSpansIndexOriginal(text, fragments);
  });

  it('does not split objects when a conjunct is a long phrase', () => {
    const text = 'evaluate the maintenance schedule and the long term financial consequences of deferred repairs';
    expect(texts(text)).toEqual([text]);
  });

  it('keeps a coordination inside a phrase of the object whole, and splits one between objects', () => {
    expect(texts('Report on scientific research in a transparent and reproducible manner')).toEqual([
      'Report on scientific research in a transparent and reproducible manner',
    ]);
    expect(texts('Define and underpin their own position with arguments and examples')).toEqual([
      'Define their own position with arguments and examples',
      'underpin their own position with arguments and examples',
    ]);
    expect(texts('apply scientific knowledge in a technical domain and for government policy')).toEqual([
      'apply scientific knowledge in a technical domain and for government policy',
    ]);
    // With an article the extra is an object of its own.
    expect(texts('calculation of the dimensions of the units as well as the energy requirements')).toEqual([
      'calculation of the dimensions of the units',
      'calculation of the energy requirements',
    ]);
    expect(texts('interpret classical findings and paradigms in cognitive science')).toEqual([
      'interpret classical findings',
      'interpret paradigms in cognitive science',
    ]);
  });

  it('gives nouns coordinated before a complement the complement, and an adverb to its verb', () => {
    const text = 'Knowledge and understanding of statistical methods';
    const { fragments } = decomposeOutcome(text, 'en');
    expect(fragments.map((f) => f.text)).toEqual(['Knowledge of statistical methods', 'understanding of statistical methods']);
    expectSpansIndexOriginal(text, fragments);
    // "design of": a noun, not the verb.
    expect(texts('Selection and design of the reactor')).toEqual(['Selection of the reactor', 'design of the reactor']);
    expect(texts('Critically reflect on the theoretical models and the applications')).toEqual([
      'Critically reflect on the theoretical models',
      'Critically reflect on the applications',
    ]);
  });

  it('leaves out headings and the lines that introduce a list', () => {
    const text = [
      '**Educational objectives**',
      'PT students who have taken the online module are able to:',
      '- construct research strategies',
      '## Assessment',
      '- draft a written exam',
    ].join('\n');
    const { fragments } = decomposeOutcome(text, 'en');
    expect(fragments.map((f) => f.text)).toEqual(['construct research strategies', 'draft a written exam']);
    expectSpansIndexOriginal(text, fragments);
    // A line ending in a colon that names a task stays.
    expect(texts('Design of a process:\n- selection of the reactor')).toEqual(['Design of a process', 'selection of the reactor']);
  });

  it('splits enumerations after a head with its preposition, and plain lists item by item', () => {
    expect(texts('Knowledge of Java, Python and SQL')).toEqual(['Knowledge of Java', 'Knowledge of Python', 'Knowledge of SQL']);
    // A second head with its own preposition is a statement of its own.
    expect(texts('Knowledge of the principles of accounting and understanding of financial statements')).toEqual([
      'Knowledge of the principles of accounting',
      'understanding of financial statements',
    ]);
    // After an object without a complement of its own, the heads share the last one's.
    expect(texts('responsible for the general management and development of staff')).toEqual([
      'responsible for the general management',
      'responsible for development of staff',
    ]);
    expect(texts('Python, SQL and Docker')).toEqual(['Python', 'SQL', 'Docker']);
  });

  it('keeps a list of examples with the object it illustrates', () => {
    expect(texts('use version control tools such as Git, Mercurial and Subversion')).toEqual([
      'use version control tools such as Git, Mercurial and Subversion',
    ]);
  });

  it('splits off purpose clauses', () => {
    expect(texts('apply statistical methods in order to support decisions in public health')).toEqual([
      'apply statistical methods',
      'support decisions in public health',
    ]);
    expect(texts('document every change so that auditors can trace it')).toEqual(['document every change', 'auditors can trace it']);
    expect(texts('plan site inspections to ensure compliance with safety rules')).toEqual([
      'plan site inspections',
      'ensure compliance with safety rules',
    ]);
  });

  it('handles several sentences and bullet lines, each with its own boilerplate', () => {
    const text = 'The student is able to plan a survey. They can present findings to a lay audience.\n- interpret regression output';
    const { fragments } = decomposeOutcome(text, 'en');
    expect(fragments.map((f) => f.text)).toEqual(['plan a survey', 'present findings to a lay audience', 'interpret regression output']);
    expectSpansIndexOriginal(text, fragments);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(texts('select suitable materials, e.g. timber or steel for a small bridge')).toHaveLength(1);
  });

  it('reads German verb-final coordination, with and without "zu"', () => {
    const text = 'Nach Abschluss des Moduls können die Studierenden Datenbanken entwerfen, implementieren und bewerten.';
    const { fragments } = decomposeOutcome(text, 'de');
    expect(fragments.map((f) => f.text)).toEqual(['Datenbanken entwerfen', 'Datenbanken implementieren', 'Datenbanken bewerten']);
    expectSpansIndexOriginal(text, fragments);
    expect(texts('Die Studierenden sind in der Lage, Kosten und Risiken zu analysieren, um Entscheidungen zu begründen.', 'de')).toEqual([
      'Kosten zu analysieren',
      'Risiken zu analysieren',
      'Entscheidungen zu begründen',
    ]);
    // A lower-case word before a German verb is its adverb: the object is shared.
    expect(texts('Die Studierenden können Ergebnisse präsentieren und kritisch bewerten.', 'de')).toEqual([
      'Ergebnisse präsentieren',
      'Ergebnisse kritisch bewerten',
    ]);
    expect(texts('Die Studierenden können die Daten sicher speichern und auswerten.', 'de')).toEqual([
      'die Daten sicher speichern',
      'die Daten auswerten',
    ]);
  });

  it('reads French and Dutch outcomes', () => {
    const fr = "À l'issue du module, l'étudiant sera capable d'analyser les coûts et les risques afin de conseiller la direction.";
    const { fragments } = decomposeOutcome(fr, 'fr');
    expect(fragments.map((f) => f.text)).toEqual(['analyser les coûts', 'analyser les risques', 'conseiller la direction']);
    expectSpansIndexOriginal(fr, fragments);
    expect(texts('concevoir, mettre en œuvre et évaluer une base de données', 'fr')).toEqual([
      'concevoir une base de données',
      'mettre en œuvre une base de données',
      'évaluer une base de données',
    ]);
    expect(texts('De student is in staat om een onderzoeksplan op te stellen.', 'nl')).toEqual(['een onderzoeksplan op te stellen']);
    expect(texts('De student kan een database ontwerpen, implementeren en evalueren.', 'nl')).toEqual([
      'een database ontwerpen',
      'een database implementeren',
      'een database evalueren',
    ]);
  });

  it('returns no fragments for boilerplate or empty text, and one per distinct statement', () => {
    expect(texts('')).toEqual([]);
    expect(texts('Students will be able to:')).toEqual([]);
    expect(texts('write reports. Write reports.')).toEqual(['write reports']);
  });

  it('spans index the original even with leading spaces, parentheses and several languages', () => {
    const samples: [string, string][] = [
      ['   You will design and build scalable backend services (Node.js) and mentor junior engineers', 'en'],
      ['Die Teilnehmenden können Risiken erkennen und bewerten.', 'de'],
      ['Les étudiants sont capables de rédiger et présenter un rapport.', 'fr'],
    ];
    for (const [text, language] of samples) {
      const { fragments } = decomposeOutcome(text, language);
      expect(fragments.length).toBeGreaterThan(1);
      expectSpansIndexOriginal(text, fragments);
    }
  });
});
