import { CrosswalkError } from '../../errors.js';
import { ErrorCodes } from '../../../../shared/errors.js';

/**
 * The parts of a Hugging Face `tokenizer.json` (the tokenizers library's format) the neural level
 * reads: normaliser, pre-tokeniser, the WordPiece or Unigram model, the template adding special
 * tokens, and truncation. Anything else in the file is ignored.
 */
export interface TokenizerSpec {
  normalizers: NormalizerSpec[];
  preTokenizers: PreTokenizerSpec[];
  model: WordPieceSpec | UnigramSpec;
  /** Token ids put before and after the text's own (e.g. [CLS] … [SEP], <s> … </s>). */
  prefixIds: number[];
  suffixIds: number[];
  /** Longest id sequence, special tokens included. */
  maxLength: number;
}

export type NormalizerSpec =
  | { type: 'bert'; lowercase: boolean; stripAccents: boolean; cleanText: boolean; chineseChars: boolean }
  | { type: 'nfkc' | 'nfc' | 'nfd' | 'nfkd' | 'lowercase' | 'strip-accents' | 'strip' }
  | { type: 'replace'; pattern: RegExp; content: string };

export type PreTokenizerSpec =
  | { type: 'bert' }
  | { type: 'whitespace-split' }
  | { type: 'whitespace' }
  | { type: 'punctuation' }
  | { type: 'metaspace'; replacement: string; prefixSpace: boolean };

export interface WordPieceSpec {
  type: 'wordpiece';
  vocab: Map<string, number>;
  unkId: number;
  prefix: string;
  maxCharsPerWord: number;
}

export interface UnigramSpec {
  type: 'unigram';
  pieces: Map<string, { id: number; score: number }>;
  unkId: number;
  minScore: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads a tokenizer.json text; a file it cannot use is one line naming the file and the field. */
export function parseTokenizerJson(text: string, file: string): TokenizerSpec {
  const fail = (field: string, why: string): never => {
    throw new CrosswalkError(ErrorCodes.badInput, `${file}, field "${field}": ${why}`);
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('(file)', `not JSON (${(error as Error).message})`);
  }
  if (!isObject(json)) return fail('(file)', 'not a tokenizer.json object');
  const model = readModel(json.model, fail);
  const tokenId = (token: string, field: string): number => {
    const id = model.type === 'wordpiece' ? model.vocab.get(token) : model.pieces.get(token)?.id;
    const added = Array.isArray(json.added_tokens) ? json.added_tokens.find((t) => isObject(t) && t.content === token) : undefined;
    const found = id ?? (isObject(added) && typeof added.id === 'number' ? added.id : undefined);
    return found ?? fail(field, `the special token "${token}" is not in the vocabulary`);
  };
  const { prefixIds, suffixIds } = readTemplate(json.post_processor, tokenId, fail);
  const truncation = isObject(json.truncation) && typeof json.truncation.max_length === 'number' ? json.truncation.max_length : 512;
  return {
    normalizers: flatten(json.normalizer, 'normalizers').flatMap((n) => readNormalizer(n, fail)),
    preTokenizers: flatten(json.pre_tokenizer, 'pretokenizers').flatMap((p) => readPreTokenizer(p, fail)),
    model,
    prefixIds,
    suffixIds,
    maxLength: Math.max(prefixIds.length + suffixIds.length + 1, truncation),
  };
}

/** A Sequence's members, or the one item, or none. */
function flatten(value: unknown, key: string): Json[] {
  if (!isObject(value)) return [];
  if (value.type === 'Sequence' && Array.isArray(value[key]))
    return (value[key] as unknown[]).filter(isObject).flatMap((v) => flatten(v, key));
  return [value];
}

function readModel(model: unknown, fail: (field: string, why: string) => never): WordPieceSpec | UnigramSpec {
  if (!isObject(model)) return fail('model', 'missing');
  if (model.type === 'WordPiece') {
    if (!isObject(model.vocab)) return fail('model.vocab', 'expected an object of token → id');
    const vocab = new Map<string, number>();
    for (const [token, id] of Object.entries(model.vocab)) if (typeof id === 'number') vocab.set(token, id);
    const unk = typeof model.unk_token === 'string' ? model.unk_token : '[UNK]';
    const unkId = vocab.get(unk) ?? fail('model.unk_token', `"${unk}" is not in the vocabulary`);
    return {
      type: 'wordpiece',
      vocab,
      unkId,
      prefix: typeof model.continuing_subword_prefix === 'string' ? model.continuing_subword_prefix : '##',
      maxCharsPerWord: typeof model.max_input_chars_per_word === 'number' ? model.max_input_chars_per_word : 100,
    };
  }
  if (model.type === 'Unigram') {
    if (!Array.isArray(model.vocab)) return fail('model.vocab', 'expected a list of [piece, score] pairs');
    const pieces = new Map<string, { id: number; score: number }>();
    let minScore = 0;
    model.vocab.forEach((entry: unknown, id) => {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number')
        fail(`model.vocab.${id}`, 'expected [piece, score]');
      const [piece, score] = entry as [string, number];
      if (!pieces.has(piece)) pieces.set(piece, { id, score });
      minScore = Math.min(minScore, score);
    });
    const unkId =
      typeof model.unk_id === 'number' ? model.unk_id : fail('model.unk_id', 'missing (a Unigram model needs its unknown-token id)');
    return { type: 'unigram', pieces, unkId, minScore };
  }
  return fail('model.type', `"${String(model.type)}" is not supported (WordPiece or Unigram)`);
}

function readNormalizer(n: Json, fail: (field: string, why: string) => never): NormalizerSpec[] {
  switch (n.type) {
    case 'BertNormalizer': {
      const lowercase = n.lowercase !== false;
      return [
        {
          type: 'bert',
          lowercase,
          // null follows lowercase, as in the tokenizers library.
          stripAccents: typeof n.strip_accents === 'boolean' ? n.strip_accents : lowercase,
          cleanText: n.clean_text !== false,
          chineseChars: n.handle_chinese_chars !== false,
        },
      ];
    }
    // SentencePiece's precompiled map is (nearly) NFKC: approximated by it rather than decoding the trie.
    case 'Precompiled':
    case 'NFKC':
      return [{ type: 'nfkc' }];
    case 'NFC':
      return [{ type: 'nfc' }];
    case 'NFD':
      return [{ type: 'nfd' }];
    case 'NFKD':
      return [{ type: 'nfkd' }];
    case 'Lowercase':
      return [{ type: 'lowercase' }];
    case 'StripAccents':
      return [{ type: 'strip-accents' }];
    case 'Strip':
      return [{ type: 'strip' }];
    case 'Replace': {
      const pattern = isObject(n.pattern) ? n.pattern : {};
      const source =
        typeof pattern.Regex === 'string' ? pattern.Regex : typeof pattern.String === 'string' ? escapeRegExp(pattern.String) : null;
      if (source === null || typeof n.content !== 'string')
        return fail('normalizer', 'a Replace needs a String or Regex pattern and a content');
      return [{ type: 'replace', pattern: new RegExp(source, 'gu'), content: n.content }];
    }
    default:
      return fail('normalizer.type', `"${String(n.type)}" is not supported`);
  }
}

function readPreTokenizer(p: Json, fail: (field: string, why: string) => never): PreTokenizerSpec[] {
  switch (p.type) {
    case 'BertPreTokenizer':
      return [{ type: 'bert' }];
    case 'WhitespaceSplit':
      return [{ type: 'whitespace-split' }];
    case 'Whitespace':
      return [{ type: 'whitespace' }];
    case 'Punctuation':
      return [{ type: 'punctuation' }];
    case 'Metaspace':
      return [
        {
          type: 'metaspace',
          replacement: typeof p.replacement === 'string' ? p.replacement : '\u2581',
          // Older files say add_prefix_space, newer ones prepend_scheme ("always", "first", "never").
          prefixSpace: p.prepend_scheme !== undefined ? p.prepend_scheme !== 'never' : p.add_prefix_space !== false,
        },
      ];
    default:
      return fail('pre_tokenizer.type', `"${String(p.type)}" is not supported`);
  }
}

function readTemplate(
  post: unknown,
  tokenId: (token: string, field: string) => number,
  fail: (field: string, why: string) => never,
): { prefixIds: number[]; suffixIds: number[] } {
  if (!isObject(post)) return { prefixIds: [], suffixIds: [] };
  const pair = (v: unknown, field: string): number => {
    if (Array.isArray(v) && typeof v[1] === 'number') return v[1];
    return fail(field, 'expected [token, id]');
  };
  if (post.type === 'BertProcessing' || post.type === 'RobertaProcessing')
    return { prefixIds: [pair(post.cls, 'post_processor.cls')], suffixIds: [pair(post.sep, 'post_processor.sep')] };
  if (post.type === 'TemplateProcessing') {
    if (!Array.isArray(post.single)) return fail('post_processor.single', 'expected a list');
    const special = isObject(post.special_tokens) ? post.special_tokens : {};
    const prefixIds: number[] = [];
    const suffixIds: number[] = [];
    let seenText = false;
    for (const item of post.single as unknown[]) {
      if (isObject(item) && isObject(item.Sequence)) {
        seenText = true;
        continue;
      }
      const token = isObject(item) && isObject(item.SpecialToken) && typeof item.SpecialToken.id === 'string' ? item.SpecialToken.id : null;
      if (token === null) return fail('post_processor.single', 'expected SpecialToken or Sequence items');
      const entry = special[token];
      const ids = isObject(entry) && Array.isArray(entry.ids) ? (entry.ids as number[]) : [tokenId(token, 'post_processor.single')];
      (seenText ? suffixIds : prefixIds).push(...ids);
    }
    return { prefixIds, suffixIds };
  }
  return { prefixIds: [], suffixIds: [] };
}
