/**
 * Tiny tokenizer.json files in the Hugging Face tokenizers format: a BERT-style WordPiece one
 * (lower-casing, accents stripped, [CLS] … [SEP]) and an XLM-R-style Unigram one (SentencePiece
 * pieces with ▁, <s> … </s>), as the ONNX exports of sentence-embedding models ship them.
 */

/** `tokens[i]` gets id i; the first four are [PAD] [UNK] [CLS] [SEP]. */
export function wordPieceTokenizerJson(tokens: string[]): object {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [],
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [tokens.indexOf('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [tokens.indexOf('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(tokens.map((t, i) => [t, i])),
    },
  };
}

/** `pieces[i]` (piece, log-probability) gets id i; <s> <pad> </s> <unk> first, as in XLM-R. */
export function unigramTokenizerJson(pieces: [string, number][]): object {
  return {
    version: '1.0',
    truncation: { max_length: 16, strategy: 'LongestFirst', stride: 0, direction: 'Right' },
    padding: null,
    added_tokens: [
      { id: 0, content: '<s>', special: true },
      { id: 2, content: '</s>', special: true },
    ],
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'Precompiled', precompiled_charsmap: 'ALQCAACEAAAAAACAAQAAgMz8AgC4BQAAhyIAgMzkAgC4PQAAeyIAgMzs' },
        { type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' },
      ],
    },
    pre_tokenizer: { type: 'Metaspace', replacement: '\u2581', prepend_scheme: 'always', split: true },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '<s>', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } },
      ],
      special_tokens: {
        '<s>': { id: '<s>', ids: [0], tokens: ['<s>'] },
        '</s>': { id: '</s>', ids: [2], tokens: ['</s>'] },
      },
    },
    model: { type: 'Unigram', unk_id: 3, vocab: pieces, byte_fallback: false },
  };
}

/** Token vectors of the tiny model in three directions: data, people, and the special tokens ("database" leans hard towards data). */
export const DATA_PEOPLE_VECTORS: Record<string, number[]> = {
  '[PAD]': [0, 0, 0],
  '[UNK]': [0, 0, 0.2],
  '[CLS]': [0, 0, 0.2],
  '[SEP]': [0, 0, 0.2],
  manage: [0, 0.5, 0],
  systems: [0.1, 0.1, 0],
  staff: [0, 1, 0],
  sql: [1, 0, 0],
  database: [3, 0, 0],
};
