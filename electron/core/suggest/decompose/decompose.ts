/**
 * Splits a learning outcome into its skill statements, each with the character spans of the original text that
 * support it ("design, implement and evaluate a database" → "design a database" = [design] + [a database]).
 * Rule-based and pure: no tagger; outcome verbs are recognised by a short per-language list and suffix rules.
 */
import { boilerplateLength, isLeadIn } from './boilerplate.js';
import { isVerb, lexiconFor, type DecomposeLexicon } from './lexicon.js';
import { isHeading, purposeSpans, sentenceSpans, trimSpan, type Span } from './segments.js';

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

interface ClauseObject {
  span: Span;
  words: number;
  /** From the object's preposition on, when a preposition follows its first word ("design [of the reactor]"). */
  complement?: Span;
  /** A preposition inside it: a coordination after it may be inside a phrase of the object ("in a transparent and …"). */
  hasPreposition: boolean;
  /** It starts with an article or determiner: a noun phrase of its own. */
  determined: boolean;
}

interface Clause {
  verbs: Span[];
  objects: ClauseObject[];
  /** The clause's first conjunct had an object of its own (else its conjuncts are a plain enumeration). */
  ownObject: boolean;
  /** Its head is a noun with its preposition ("knowledge of"). */
  nounHead: boolean;
}

/**
 * Clauses of one coordination, read head first. For verb-final languages the caller reverses tokens and
 * conjuncts, so "Datenbanken entwerfen, implementieren und bewerten" reads like "evaluate, implement, design databases".
 */
function clauses(list: Conjunct[], lex: DecomposeLexicon, mirrored: boolean): Clause[] {
  // "critically evaluate": an adverb in front of the verb belongs to the verb.
  const adverbs = (c: Conjunct) => (!mirrored && c.length > 1 && lex.adverbLike?.(c[0]!.lower) && isVerb(lex, c[1]!.text) ? 1 : 0);
  const verbStart = (c: Conjunct) =>
    (!mirrored && lex.phrasalVerbs.some((p) => phraseAt(c, 0, p))) ||
    (isVerb(lex, c[0]!.text) && !(lex.nounPreposition && c[1]?.lower === lex.nounPreposition)) ||
    adverbs(c) > 0;
  const headLength = (c: Conjunct, verb: boolean): number => {
    if (!mirrored) {
      const skip = verb ? adverbs(c) : 0;
      const phrasal = Math.max(0, ...lex.phrasalVerbs.map((p) => phraseAt(c, skip, p)));
      if (phrasal) return skip + phrasal;
      if (!verb) {
        // A noun head binds its preposition: "knowledge of Java, Python and SQL".
        const prep = c.findIndex((t, i) => i > 0 && i <= 3 && lex.prepositions.has(t.lower));
        if (prep > 0 && prep < c.length - 1) return prep + 1;
        return 1;
      }
      return c.length > skip + 2 && lex.prepositions.has(c[skip + 1]!.lower) ? skip + 2 : skip + 1;
    }
    if (c.length > 1 && lex.particles.has(c[1]!.lower)) return 2;
    // Read backwards, the word before the verb comes second: in lower case it is an adverb of the verb, not its object.
    const adverb = c[1];
    const lowerCase = adverb && lex.capitalisedNouns && adverb.text === adverb.lower && /^\p{L}/u.test(adverb.text);
    return lowerCase && !lex.determiners.has(adverb.lower) && !lex.prepositions.has(adverb.lower) ? 2 : 1;
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
    // "knowledge of the principles of accounting and understanding of statements": a second noun head with its
    // preposition, after an object complete with its own ("the general management and development of staff" shares one).
    const previous = out.at(-1);
    const parallelHead =
      !mirrored && previous?.nounHead && previous.objects[0]?.hasPreposition && c.length > 2 && c[1]!.lower === lex.nounPreposition;
    if (i === 0 || verb || pending.length || !out.length || parallelHead) {
      const h = headLength(c, verb);
      const head = c.slice(0, h);
      const rest = c.slice(h);
      out.push({
        verbs: [...pending, spanOf(head)],
        objects: rest.length ? [objectOf(rest, lex, mirrored)] : [],
        ownObject: rest.length > 0,
        nounHead: !verb && !mirrored && h > 1 && lex.prepositions.has(head.at(-1)!.lower),
      });
      pending = [];
      return;
    }
    out.at(-1)!.objects.push(objectOf(c, lex, mirrored));
  });
  return out;
}

function objectOf(tokens: Token[], lex: DecomposeLexicon, mirrored: boolean): ClauseObject {
  const preposition = mirrored ? -1 : tokens.findIndex((t) => lex.prepositions.has(t.lower));
  return {
    span: spanOf(tokens),
    words: tokens.length,
    complement: preposition === 1 && tokens.length > 2 ? spanOf(tokens.slice(1)) : undefined,
    hasPreposition: preposition >= 0,
    determined: lex.determiners.has(tokens[0]!.lower),
  };
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
    const items = [...clause.verbs, ...clause.objects.slice(0, -1).map((o) => o.span)];
    const last = clause.objects.at(-1);
    // "Knowledge and understanding of statistics": single words sharing the last item's complement.
    if (last?.complement && items.every((s) => !/\s/u.test(text.slice(s.start, s.end)))) {
      return [...items.map((s) => joined(text, [s, last.complement!])), [last.span]];
    }
    // "Python, SQL and Docker": an enumeration, each item on its own.
    return [...clause.verbs.map((v) => [v]), ...clause.objects.map((o) => [o.span])];
  }
  let objects = clause.objects.map((o) => o.span);
  const extras = clause.objects.slice(1);
  // Longer extras are clauses or lists of detail. After a preposition in the first object, an extra without an article is
  // inside that object's phrase ("report on research in a transparent and reproducible manner", "define a position with
  // arguments and examples"); one with an article is an object of its own ("… of the separation units as well as the
  // energy requirements").
  if (extras.some((o) => o.words > MAX_OBJECT_WORDS || (clause.objects[0]!.hasPreposition && !o.determined))) {
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
    if (isHeading(text, sentence) || (/^\s*:/u.test(text.slice(sentence.end)) && isLeadIn(text.slice(sentence.start, sentence.end), lang)))
      continue;
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
