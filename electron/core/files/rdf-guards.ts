import { badInput } from '../errors.js';

// Checks made on RDF text before any parser sees it. Oxigraph expands DTD entities recursively
// (a "billion laughs" file took 2 GB and a Rust panic), accepts RDF/XML cut off mid-element, and
// panics on deeply nested JSON-LD; the JavaScript parsers fare little better on the first two.

/** One entity may expand to at most this many characters (namespace IRIs need a few dozen). */
export const MAX_ENTITY_EXPANSION = 64 * 1024;
/** All entity references of a document together may expand to at most this many characters. */
export const MAX_TOTAL_ENTITY_EXPANSION = 64 * 1024 * 1024;
/** JSON-LD deeper than this is refused (real documents stay under a dozen levels). */
export const MAX_JSON_DEPTH = 64;

/** A fresh pattern each time: a shared global regex would carry lastIndex between calls. */
const entityRefs = () => /&([A-Za-z_:][\w.:-]*);/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Refuses an XML document whose DOCTYPE declares entities that expand past a small bound (alone or
 * over all their references), parameter or external entities, or entities that refer to themselves.
 */
export function checkXmlEntities(text: string, file: string): void {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(text.slice(0, 1024 * 1024));
  if (!doctype) return;
  const subsetStart = doctype.index + doctype[0].indexOf('[') + 1;
  const values = new Map<string, { value: string; index: number }>();
  const declaration = /<!ENTITY\s+(%\s+)?(\S+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b)/g;
  for (const m of doctype[1]!.matchAll(declaration)) {
    const index = subsetStart + m.index;
    const where = { file, line: lineAt(text, index), field: 'DOCTYPE' };
    if (m[1]) throw badInput(`the parameter entity "${m[2]}" is refused (DTD processing is not supported)`, where);
    if (m[5]) throw badInput(`the external entity "${m[2]}" is refused (it would read another file or URL)`, where);
    values.set(m[2]!, { value: m[3] ?? m[4] ?? '', index });
  }
  if (values.size === 0) return;
  const expanded = new Map<string, number>();
  const expand = (name: string, path: string[]): number => {
    const known = expanded.get(name);
    if (known !== undefined) return known;
    const entity = values.get(name)!;
    const where = { file, line: lineAt(text, entity.index), field: 'DOCTYPE' };
    if (path.includes(name)) throw badInput(`the entity "${name}" refers to itself`, where);
    let length = entity.value.length;
    for (const ref of entity.value.matchAll(entityRefs())) {
      if (values.has(ref[1]!)) length += expand(ref[1]!, [...path, name]) - ref[0].length;
      if (length > MAX_ENTITY_EXPANSION) break;
    }
    if (length > MAX_ENTITY_EXPANSION) {
      throw badInput(
        `the entity "${name}" expands to more than ${MAX_ENTITY_EXPANSION.toLocaleString('en')} characters; entity expansion this large is refused`,
        where,
      );
    }
    expanded.set(name, length);
    return length;
  };
  for (const name of values.keys()) expand(name, []);
  let total = 0;
  const bodyStart = doctype.index + doctype[0].length;
  const refs = entityRefs();
  refs.lastIndex = bodyStart;
  for (let m = refs.exec(text); m; m = refs.exec(text)) {
    total += expanded.get(m[1]!) ?? 0;
    if (total > MAX_TOTAL_ENTITY_EXPANSION) {
      const where = { file, line: lineAt(text, m.index), field: 'DOCTYPE' };
      throw badInput(
        `entity references expand to more than ${MAX_TOTAL_ENTITY_EXPANSION / 1024 / 1024} MiB of text by here; entity expansion this large is refused`,
        where,
      );
    }
  }
}

/**
 * Refuses RDF/XML that ends before its root element is closed: a file cut off in a download or a
 * copy would otherwise import up to the cut.
 */
export function checkXmlComplete(text: string, file: string): void {
  const prolog = /^(?:\uFEFF)?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/.exec(text)![0];
  const root = /^<([^\s/>]+)[^>]*?(\/?)>/.exec(text.slice(prolog.length));
  const lastLine = lineAt(text, text.length);
  if (!root) throw badInput('not valid RDF/XML: no root element (empty or truncated file?)', { file, line: lastLine, field: 'syntax' });
  if (root[2] === '/') return;
  let tail = text.trimEnd();
  // Comments and processing instructions may follow the root; cut them off from the end.
  for (let end = ''; end !== tail;) {
    end = tail;
    if (tail.endsWith('-->')) tail = tail.slice(0, Math.max(0, tail.lastIndexOf('<!--'))).trimEnd();
    else if (tail.endsWith('?>')) tail = tail.slice(0, Math.max(0, tail.lastIndexOf('<?'))).trimEnd();
  }
  const closing = new RegExp(`</${root[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>$`);
  if (!closing.test(tail)) {
    throw badInput(`not valid RDF/XML: the file ends before its root element <${root[1]}> is closed (truncated?)`, {
      file,
      line: lastLine,
      field: 'syntax',
    });
  }
}

/** Refuses JSON nested deeper than `max` arrays and objects, before a parser recurses into it. */
export function checkJsonDepth(text: string, file: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max)
        throw badInput(`nested deeper than ${max} levels; such JSON-LD is refused`, { file, line: lineAt(text, i), field: 'syntax' });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/**
 * Refuses RDF text holding a NUL character, raw or written as an escape (\u0000 in Turtle, N-Triples
 * and JSON-LD): it cuts labels and ids short in SQLite and in the tools that read an export.
 */
export function refuseNul(text: string, file: string): void {
  // An escape counts only after an even number of backslashes (a doubled backslash is a backslash).
  // eslint-disable-next-line no-control-regex -- finding U+0000 is the point
  const found = /\u0000|(?<!\\)(?:\\\\)*\\(?:u0000|U00000000)/.exec(text);
  if (found)
    throw badInput('contains a NUL character (U+0000); remove it from the file', { file, line: lineAt(text, found.index), field: 'text' });
}
