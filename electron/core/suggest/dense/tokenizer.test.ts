import { describe, expect, it } from 'vitest';
import { unigramTokenizerJson, wordPieceTokenizerJson } from '../../../../tests/support/tiny-tokenizers.js';
import { Tokenizer } from './tokenizer.js';
import { parseTokenizerJson } from './tokenizer-json.js';

const tokenizer = (json: object) => new Tokenizer(parseTokenizerJson(JSON.stringify(json), 'tokenizer.json'));

describe('tokenizer.json reader', () => {
  it('WordPiece (BERT): lower-cases, strips accents, splits punctuation, longest pieces first, [CLS] … [SEP]', () => {
    const wp = tokenizer(wordPieceTokenizerJson(['[PAD]', '[UNK]', '[CLS]', '[SEP]', 'design', 'data', '##base', ',', 'cafe', 'database']));
    // "database" is in the vocabulary whole; "databases" is not, so it is data + ##base + unknown "s" → one [UNK].
    expect(wp.encode('Design database, Café!')).toEqual([2, 4, 9, 7, 8, 1, 3]);
    expect(wp.encode('data\tbase')).toEqual([2, 5, 1, 3]);
    expect(wp.encode('design design design', 4)).toEqual([2, 4, 4, 3]);
  });

  it('Unigram (XLM-R / SentencePiece): the most probable segmentation, ▁ word starts, unknown runs fused, <s> … </s>', () => {
    const pieces: [string, number][] = [
      ['<s>', 0],
      ['<pad>', 0],
      ['</s>', 0],
      ['<unk>', 0],
      ['\u2581', -2],
      ['\u2581design', -3],
      ['\u2581data', -4],
      ['base', -4],
      ['\u2581database', -9],
      ['s', -5],
    ];
    const ug = tokenizer(unigramTokenizerJson(pieces));
    // ▁database + s scores −14, ▁data + base + s −13: Viterbi picks the latter, where greedy longest-first would not.
    expect(ug.encode('design  databases')).toEqual([0, 5, 6, 7, 9, 2]);
    expect(ug.encode('design ÿÿ')).toEqual([0, 5, 4, 3, 2]);
    // Truncation from the file (16 ids) keeps the special tokens.
    const long = ug.encode(Array(30).fill('design').join(' '));
    expect(long).toHaveLength(16);
    expect(long.at(-1)).toBe(2);
  });

  it('refuses a file it cannot use with one line naming the file and field', () => {
    expect(() => parseTokenizerJson('{', 'models/x/tokenizer.json')).toThrow(/^models\/x\/tokenizer.json, field "\(file\)": not JSON/);
    expect(() => parseTokenizerJson(JSON.stringify({ model: { type: 'BPE', vocab: {} } }), 't.json')).toThrow(
      't.json, field "model.type": "BPE" is not supported (WordPiece or Unigram)',
    );
    const noUnk = { ...wordPieceTokenizerJson(['[CLS]', '[SEP]']) } as { model: object };
    expect(() => parseTokenizerJson(JSON.stringify(noUnk), 't.json')).toThrow(
      't.json, field "model.unk_token": "[UNK]" is not in the vocabulary',
    );
  });
});
