import fs from 'node:fs';
import { unigram, wordPiece } from './subword-models.js';
import { normalize, preTokenize } from './text-pipeline.js';
import { parseTokenizerJson, type TokenizerSpec } from './tokenizer-json.js';

/** Text → token ids as the model was trained with (normalise, split into words, pieces, special tokens, truncate). */
export class Tokenizer {
  constructor(readonly spec: TokenizerSpec) {}

  static fromFile(file: string): Tokenizer {
    return new Tokenizer(parseTokenizerJson(fs.readFileSync(file, 'utf8'), file));
  }

  /** The ids for one text, at most `maxLength` of them (special tokens included). */
  encode(text: string, maxLength = this.spec.maxLength): number[] {
    const { model, prefixIds, suffixIds } = this.spec;
    const words = preTokenize(normalize(text, this.spec.normalizers), this.spec.preTokenizers);
    const pieces = words.flatMap((w) => (model.type === 'wordpiece' ? wordPiece(w, model) : unigram(w, model)));
    const room = Math.max(0, Math.min(maxLength, this.spec.maxLength) - prefixIds.length - suffixIds.length);
    return [...prefixIds, ...pieces.slice(0, room), ...suffixIds];
  }
}
