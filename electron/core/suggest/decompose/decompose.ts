/**
 * Splits a learning outcome into its skill statements, each with the character spans of the original text that
 * support it ("design, implement and evaluate a database" → "design a database" = [design] + [a database]).
 * Rule-based and pure: no tagger; outcome verbs are recognised by a short per-language list and suffix rules.
 */
import { boilerplateLength } from './boilerplate.js';
import { isVerb, lexiconFor, type DecomposeLexicon } from './lexicon.js';
import { purposeSpans, sentenceSpans, trimSpan, type Span } from './segments.js';

export type { Span } from './segments.js';

export interface Fragment {
  text: string;
  spans: Span[];
}

export interface Decomposition {
  fragments: Fragment[];
}

/** Coordinated objects split only when each extra conjunct is a short noun phrase (longer ones are clauses or lists of detail). */
const MAX_OBJECT_WORDS = 4;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

type Conjunct = Token[];

function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const re = /\(|\)|,|[^\s,()]+/gu;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const raw = m[0];
    // A word keeps inner dots ("e.g.", ".net") but not a trailing colon or period.
    const clean = raw.length > 1 ? raw.replace(/[:.]+$/u, '') : raw;
    if (!clean) continue;
    out.push({ text: clean, lower: clean.toLowerCase(), start: span.start + m.index, end: span.start + m.index + clean.length });
  }
  return out;
}

function phraseAt(tokens: Token[], i: number, phrase: string): number {
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k++) if (tokens[i + k]?.lower !== parts[k]) return 0;
  return parts.length;
}

/** Conjuncts at commas and coordinators outside parentheses; an example list ("such as A, B and C") stays whole. */
function conjuncts(tokens: Token[], lex: DecomposeLexicon): Conjunct[] {
  const out: Conjunct[] = [];
  let current: Token[] = [];
  let depth = 0;
  let examples = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (!examples && lex.exampleMarkers.some((m) => phraseAt(tokens, i, m.toLowerCase()))) examples = true;
    if (depth === 0 && !examples) {
      if (t.text === ',') {
        if (current.length) out.push(current);
        current = [];
        continue;
      }
      const n = Math.max(0, ...lex.coordinators.map((c) => phraseAt(tokens, i, c)));
      if (n && current.length) {
        out.push(current);
        current = [];
        i += n - 1;
        continue;
      }
      if (n) {
        i += n - 1;
        continue;
      }
    }
    if (t.text !== ',' || current.length) current.push(t);
  }
  if (current.length) out.push(current);
  return out;
}

const spanOf = (tokens: Token[]): Span => ({ start: Math.min(...tokens.map((t) => t.start)), end: Math.max(...tokens.map((t) => t.end)) });

interface Clause {
  verbs: Span[];
  objects: { span: Span; words: number }[];
  /** The clause's first conjunct had an object of its own (else its conjuncts are a plain enumeration). */
  ownObject: boolean;
}

/**
 * Clauses of one coordination, read head first. For verb-final languages the caller reverses tokens and
 * conjuncts, so "Datenbanken entwerfen, implementieren und bewerten" reads like "evaluate, implement, design databases".
 */
function clauses(list: Conjunct[], lex: DecomposeLexicon, mirrored: boolean): Clause[] {
  const verbStart = (c: Conjunct) => (!mirrored && lex.phrasalVerbs.some((p) => phraseAt(c, 0, p))) || isVerb(lex, c[0]!.text);
  const headLength = (c: Conjunct, verb: boolean): number => {
    if (!mirrored) {
      const phrasal = Math.max(0, ...lex.phrasalVerbs.map((p) => phraseAt(c, 0, p)));
      if (phrasal) return phrasal;
      if (!verb) {
        // A noun head binds its preposition: "knowledge of Java, Python and SQL".
        const prep = c.findIndex((t, i) => i > 0 && i <= 3 && lex.prepositions.has(t.lower));
        if (prep > 0 && prep < c.length - 1) return prep + 1;
        return 1;
      }
      return c.length > 2 && lex.prepositions.has(c[1]!.lower) ? 2 : 1;
    }
    return c.length > 1 && lex.particles.has(c[1]!.lower) ? 2 : 1;
  };
  const out: Clause[] = [];
  let pending: Span[] = [];
  list.forEach((raw, i) => {
    // "to design" in a list of verbs: the particle is not evidence.
    const c = !mirrored && raw.length > 1 && lex.particles.has(raw[0]!.lower) && isVerb(lex, raw[1]!.text) ? raw.slice(1) : raw;
    const verb = verbStart(c);
    const last = i === list.length - 1;
    if (verb && !last && headLength(c, true) === c.length) {
      pending.push(spanOf(c));
      return;
    }
    if (i === 0 || verb || pending.length || !out.length) {
      const h = headLength(c, verb);
      const head = c.slice(0, h);
      const rest = c.slice(h);
      out.push({
        verbs: [...pending, spanOf(head)],
        objects: rest.length ? [{ span: spanOf(rest), words: rest.length }] : [],
        ownObject: rest.length > 0,
      });
      pending = [];
      return;
    }
    out.at(-1)!.objects.push({ span: spanOf(c), words: c.length });
  });
  return out;
}

/** Two spans with only spaces between them are one piece of evidence. */
function joined(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out.at(-1);
    if (prev && (s.start <= prev.end || /^\s*$/u.test(text.slice(prev.end, s.start)))) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function fragmentsOfClause(text: string, clause: Clause): Span[][] {
  if (!clause.ownObject) {
    // "Python, SQL and Docker": an enumeration, each item on its own.
    return [...clause.verbs.map((v) => [v]), ...clause.objects.map((o) => [o.span])];
  }
  let objects = clause.objects.map((o) => o.span);
  const extras = clause.objects.slice(1);
  if (extras.some((o) => o.words > MAX_OBJECT_WORDS)) {
    objects = [{ start: objects[0]!.start, end: objects.at(-1)!.end }];
  }
  return clause.verbs.flatMap((v) => objects.map((o) => joined(text, [v, o])));
}

function fragmentsOfSpan(text: string, span: Span, lex: DecomposeLexicon): Span[][] {
  const tokens = tokenize(text, span);
  if (!tokens.length) return [];
  const list = conjuncts(tokens, lex);
  if (list.length < 2) return [[span]];
  const lastWord = list.at(-1)!.at(-1)!;
  const mirrored = lex.verbFinal && isVerb(lex, lastWord.text);
  const ordered = mirrored ? list.map((c) => [...c].reverse()).reverse() : list;
  return clauses(ordered, lex, mirrored).flatMap((c) => fragmentsOfClause(text, c));
}

function compareSpans(a: Span[], b: Span[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i]!.start !== b[i]!.start) return a[i]!.start - b[i]!.start;
  }
  return a.length - b.length;
}

/** The outcome's skill statements; a simple outcome is one fragment (the text without boilerplate). */
export function decomposeOutcome(text: string, language: string): Decomposition {
  const lex = lexiconFor(language);
  const lang = language.toLowerCase().split('-')[0]!;
  const pieces: Span[][] = [];
  for (const sentence of sentenceSpans(text)) {
    const skip = boilerplateLength(text.slice(sentence.start, sentence.end), lang);
    const body = trimSpan(text, { start: sentence.start + skip, end: sentence.end });
    if (body.end <= body.start) continue;
    for (const clause of purposeSpans(text, body, lang)) pieces.push(...fragmentsOfSpan(text, clause, lex));
  }
  const seen = new Set<string>();
  const fragments: Fragment[] = [];
  for (const spans of pieces.map((p) => p.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start)).sort(compareSpans)) {
    if (!spans.length) continue;
    const fragmentText = spans.map((s) => text.slice(s.start, s.end)).join(' ');
    const key = fragmentText.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    fragments.push({ text: fragmentText, spans });
  }
  return { fragments };
}
