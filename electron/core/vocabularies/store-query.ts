import type oxigraph from 'oxigraph';
import type { SparqlJson, SparqlResult } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';

/** Prologue (BASE / PREFIX declarations), whitespace and comments at the start of a query. */
const PROLOGUE = /^(?:\s+|#[^\n\r]*|BASE\s*<[^>\s]*>|PREFIX\s+[^\s:]*:\s*<[^>\s]*>)*/i;

/** The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) after prologue and comments. */
export function queryForm(query: string): 'select' | 'ask' | 'graph' {
  const body = query
    .replace(/<[^>\s]*>/g, '<>') // IRIs first: they may contain "#"
    .replace(/#[^\n\r]*/g, ' ')
    .replace(/\b(PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)/gi, ' ')
    .trim();
  const keyword = /^(\w+)/.exec(body)?.[1]?.toUpperCase();
  if (keyword === 'ASK') return 'ask';
  if (keyword === 'CONSTRUCT' || keyword === 'DESCRIBE') return 'graph';
  return 'select';
}

/** A result with at most `limit` rows (SELECT) or triples (CONSTRUCT/DESCRIBE); `truncated` when more existed. */
export type CappedResult = SparqlResult & { truncated?: boolean };

/** Tokens of a SELECT clause: strings, IRIs, variables, brackets, words, comments, anything else. */
const TOKEN =
  /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^\s<>"{}|^`\\]*>|[?$][\p{L}\p{N}_\u00B7]+|#[^\n\r]*|[A-Za-z]+|\S/gu;

/**
 * The variables a SELECT query projects, in order ("*" for SELECT *), or undefined when the query
 * is not a plain SELECT this scanner understands (then it is not rewritten).
 */
export function projectedVariables(query: string): string[] | '*' | undefined {
  const prologue = PROLOGUE.exec(query)?.[0] ?? '';
  const clause = /^SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?/i.exec(query.slice(prologue.length));
  if (!clause) return undefined;
  const vars: string[] = [];
  let depth = 0;
  let afterAs = false;
  for (const [token] of query.slice(prologue.length + clause[0].length).matchAll(TOKEN)) {
    if (token.startsWith('#')) continue;
    if (depth === 0 && (token === '{' || /^(WHERE|FROM)$/i.test(token)))
      return /^FROM$/i.test(token) || vars.length === 0 ? undefined : vars;
    if (token === '(') depth++;
    else if (token === ')') depth--;
    else if (token === '*' && depth === 0) return '*';
    else if (/^[?$]/.test(token) && (depth === 0 || afterAs)) vars.push(token.slice(1));
    afterAs = /^AS$/i.test(token);
    if (depth < 0) return undefined;
  }
  return undefined;
}

/**
 * A SELECT query as a sub-select under `LIMIT max`, so the engine stops after `max` rows instead
 * of materialising (and serialising) every row. SPARQL's SubSelect takes everything a SELECT query
 * has except FROM / FROM NAMED. Undefined when the query is not one to rewrite.
 */
export function limitedSelect(query: string, max: number): string | undefined {
  const vars = projectedVariables(query);
  if (!vars) return undefined;
  const prologue = PROLOGUE.exec(query)?.[0] ?? '';
  // Name the variables: "SELECT *" over a sub-select would list them in another order.
  const projection = vars === '*' ? '*' : vars.map((v) => `?${v}`).join(' ');
  return `${prologue}\nSELECT ${projection} WHERE {\n${query.slice(prologue.length)}\n}\nLIMIT ${max}`;
}

/**
 * Graph results (CONSTRUCT / DESCRIBE) stop at this many triples even when all were asked for: the
 * store builds the whole serialisation in memory before handing it over (a cross join of ESCO
 * with itself took 3.7 GB and ended in a panic).
 */
export const MAX_GRAPH_TRIPLES = 200_000;
/** …and at this many characters of N-Triples, whatever the triple count. */
export const MAX_GRAPH_CHARACTERS = 64 * 1024 * 1024;

/**
 * A CONSTRUCT or DESCRIBE query whose solutions stop at `max` (its own LIMIT lowered, or one
 * added before a trailing VALUES clause), so that the engine stops producing triples early
 * instead of building them all. Undefined when the query is not one this scanner understands.
 */
export function limitedGraphQuery(query: string, max: number): string | undefined {
  let depth = 0;
  let limitAt: { start: number; end: number; value: number } | undefined;
  let valuesAt: number | undefined;
  for (const match of query.matchAll(TOKEN)) {
    const [token] = match;
    if (token.startsWith('#')) continue;
    if (token === '{' || token === '(') depth++;
    else if (token === '}' || token === ')') depth--;
    else if (depth === 0 && /^LIMIT$/i.test(token)) {
      const digits = /^\s*(\d+)/.exec(query.slice(match.index + token.length));
      if (!digits) return undefined;
      const start = match.index + token.length + digits[0].length - digits[1]!.length;
      limitAt = { start, end: start + digits[1]!.length, value: Number(digits[1]) };
    } else if (depth === 0 && /^VALUES$/i.test(token)) valuesAt = match.index;
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  if (limitAt) return `${query.slice(0, limitAt.start)}${Math.min(limitAt.value, max)}${query.slice(limitAt.end)}`;
  const at = valuesAt ?? query.length;
  return `${query.slice(0, at)}\nLIMIT ${max}\n${query.slice(at)}`;
}

/** Keeps the first `limit` rows or triples (0 = all), flagging the result when some were dropped. */
export function capResult(result: SparqlResult, limit: number): CappedResult {
  if (limit <= 0) return result;
  if (result.kind === 'bindings' && result.json.results.bindings.length > limit) {
    return { ...result, json: { ...result.json, results: { bindings: result.json.results.bindings.slice(0, limit) } }, truncated: true };
  }
  if (result.kind === 'graph' && result.triples > limit) {
    const lines = result.ntriples.split('\n').filter((l) => l.trim());
    return { kind: 'graph', ntriples: `${lines.slice(0, limit).join('\n')}\n`, triples: limit, truncated: true };
  }
  return result;
}

/**
 * Runs a query on the store; the default graph is the union of all named graphs. With `limit`
 * (> 0), at most that many rows / triples come back and `truncated` says whether there were more.
 */
export function runStoreQuery(store: oxigraph.Store, query: string, limit = 0): CappedResult {
  const form = queryForm(query);
  if (form === 'graph') return runGraphQuery(store, query, limit > 0 ? Math.min(limit, MAX_GRAPH_TRIPLES) : MAX_GRAPH_TRIPLES);
  if (form === 'select' && limit > 0) {
    const limited = limitedSelect(query, limit + 1);
    let wrapped: SparqlResult | undefined;
    try {
      if (limited) wrapped = evaluate(store, limited, form);
    } catch (error) {
      // The wrapper does not fit this query (e.g. FROM clauses): run it as written, capped afterwards.
      if (isStoreFailure(error)) throw error;
    }
    if (wrapped) return capResult(wrapped, limit);
  }
  return capResult(evaluate(store, query, form), limit);
}

/** CONSTRUCT / DESCRIBE with at most `max` triples and MAX_GRAPH_CHARACTERS, stopped at the solution cap rather than cut afterwards. */
function runGraphQuery(store: oxigraph.Store, query: string, max: number): CappedResult {
  const limited = limitedGraphQuery(query, max + 1);
  let result: SparqlResult | undefined;
  try {
    if (limited) result = evaluate(store, limited, 'graph');
  } catch (error) {
    // The rewrite does not fit this query: run it as written (its own error, if any, is the one to show).
    if (isStoreFailure(error)) throw error;
  }
  result ??= evaluate(store, query, 'graph');
  if (result.kind !== 'graph') return result;
  const capped = capResult(result, max);
  if (capped.kind !== 'graph' || capped.ntriples.length <= MAX_GRAPH_CHARACTERS) return capped;
  const ntriples = capped.ntriples.slice(0, capped.ntriples.lastIndexOf('\n', MAX_GRAPH_CHARACTERS) + 1);
  return { kind: 'graph', ntriples, triples: ntriples.split('\n').filter((l) => l.trim()).length, truncated: true };
}

/**
 * A failure of the store itself rather than of the query: a Rust panic or a WebAssembly trap
 * ("memory access out of bounds", "unreachable") or a stack overflow. The store is unusable after
 * one (every later query fails the same way), so the worker holding it must be replaced.
 */
export function isStoreFailure(error: unknown): boolean {
  return error instanceof WebAssembly.RuntimeError || error instanceof RangeError;
}

function evaluate(store: oxigraph.Store, query: string, form: ReturnType<typeof queryForm>): SparqlResult {
  let raw: ReturnType<oxigraph.Store['query']>;
  try {
    raw = store.query(query, {
      results_format: form === 'graph' ? 'application/n-triples' : 'application/sparql-results+json',
      use_default_graph_as_union: true,
    });
  } catch (error) {
    if (isStoreFailure(error)) throw error;
    throw new CrosswalkError(ErrorCodes.badInput, `SPARQL: ${(error as Error).message}`, { field: 'query' });
  }
  return parseSparqlText(String(raw), form);
}

/** A serialised result (N-Triples for graph queries, SPARQL results JSON otherwise) as a SparqlResult. */
export function parseSparqlText(text: string, form: ReturnType<typeof queryForm>): SparqlResult {
  if (form === 'graph') return { kind: 'graph', ntriples: text, triples: text.split('\n').filter((l) => l.trim()).length };
  const parsed = JSON.parse(text) as SparqlJson & { boolean?: boolean };
  if (typeof parsed.boolean === 'boolean') return { kind: 'boolean', value: parsed.boolean };
  return { kind: 'bindings', json: { head: { vars: parsed.head.vars ?? [] }, results: parsed.results } };
}
