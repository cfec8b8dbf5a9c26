import type { NormalizerSpec, PreTokenizerSpec } from './tokenizer-json.js';

const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const CJK = /[\u4E00-\u9FFF\u3400-\u4DBF\u{20000}-\u{2A6DF}\u{2A700}-\u{2CEAF}\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{Mn}+/gu, '');

/** The text as the tokenizer's normalisers leave it (the tokenizers library's semantics, for the kinds it reads). */
export function normalize(text: string, normalizers: readonly NormalizerSpec[]): string {
  let out = text;
  for (const n of normalizers) {
    switch (n.type) {
      case 'bert':
        if (n.cleanText) out = out.replace(CONTROL, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : '')).replace(/\s/gu, ' ');
        if (n.chineseChars) out = [...out].map((c) => (CJK.test(c) ? ` ${c} ` : c)).join('');
        if (n.stripAccents) out = stripAccents(out);
        if (n.lowercase) out = out.toLowerCase();
        break;
      case 'nfkc':
      case 'nfc':
      case 'nfd':
      case 'nfkd':
        out = out.normalize(n.type.toUpperCase());
        break;
      case 'lowercase':
        out = out.toLowerCase();
        break;
      case 'strip-accents':
        out = stripAccents(out);
        break;
      case 'strip':
        out = out.trim();
        break;
      case 'replace':
        out = out.replace(n.pattern, n.content);
        break;
    }
  }
  return out;
}

/** Splits on whitespace, keeping each punctuation character as its own word (BERT's pre-tokeniser). */
function splitPunctuation(words: string[], isPunctuation: (c: string) => boolean): string[] {
  const out: string[] = [];
  for (const word of words) {
    let current = '';
    for (const c of word) {
      if (isPunctuation(c)) {
        if (current) out.push(current);
        out.push(c);
        current = '';
      } else current += c;
    }
    if (current) out.push(current);
  }
  return out;
}

const whitespaceSplit = (words: string[]) => words.flatMap((w) => w.split(/\s+/u).filter(Boolean));

/** The words the model then splits into pieces. */
export function preTokenize(text: string, preTokenizers: readonly PreTokenizerSpec[]): string[] {
  let words = [text];
  for (const p of preTokenizers) {
    switch (p.type) {
      case 'bert':
        words = splitPunctuation(whitespaceSplit(words), (c) => PUNCTUATION.test(c));
        break;
      case 'whitespace-split':
        words = whitespaceSplit(words);
        break;
      case 'whitespace':
        // \w+|[^\w\s]+ as in the tokenizers library.
        words = words.flatMap((w) => w.match(/[\p{L}\p{N}_]+|[^\p{L}\p{N}_\s]+/gu) ?? []);
        break;
      case 'punctuation':
        words = splitPunctuation(words, (c) => PUNCTUATION.test(c));
        break;
      case 'metaspace': {
        // Spaces become the replacement character, which then starts each word ("▁design", "▁a").
        const joined = words.join(' ').replace(/ /g, p.replacement);
        const prefixed = p.prefixSpace && !joined.startsWith(p.replacement) ? p.replacement + joined : joined;
        words = prefixed.split(new RegExp(`(?=${p.replacement})`, 'u')).filter((w) => w.length > 0);
        break;
      }
    }
  }
  return words.filter((w) => !WHITESPACE.test(w) || w.trim().length > 0);
}
