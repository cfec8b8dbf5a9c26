import type { UnigramSpec, WordPieceSpec } from './tokenizer-json.js';

/** WordPiece: greedy longest match from the left, continuation pieces carrying the prefix ("##"). */
export function wordPiece(word: string, model: WordPieceSpec): number[] {
  const chars = [...word];
  if (chars.length > model.maxCharsPerWord) return [model.unkId];
  const ids: number[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = chars.length;
    let found: number | undefined;
    while (start < end) {
      const piece = (start > 0 ? model.prefix : '') + chars.slice(start, end).join('');
      found = model.vocab.get(piece);
      if (found !== undefined) break;
      end--;
    }
    // A word with any unmatchable part is one unknown token, as in BERT.
    if (found === undefined) return [model.unkId];
    ids.push(found);
    start = end;
  }
  return ids;
}

/** Unknown characters cost this much below the rarest piece (the tokenizers library's penalty). */
const UNK_PENALTY = 10;

/** Longest piece in code points, cached per model (bounds the Viterbi search). */
const longest = new WeakMap<UnigramSpec, number>();

/**
 * Unigram (SentencePiece): the segmentation with the highest total log-probability (Viterbi over
 * code points); runs of characters no piece covers become one unknown token.
 */
export function unigram(word: string, model: UnigramSpec): number[] {
  let maxLen = longest.get(model);
  if (maxLen === undefined) {
    maxLen = 1;
    for (const piece of model.pieces.keys()) maxLen = Math.max(maxLen, [...piece].length);
    longest.set(model, maxLen);
  }
  const chars = [...word];
  const n = chars.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const idAt = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  const unkScore = model.minScore - UNK_PENALTY;
  for (let start = 0; start < n; start++) {
    if (best[start] === -Infinity) continue;
    let piece = '';
    let matchedSingle = false;
    for (let end = start + 1; end <= Math.min(n, start + maxLen); end++) {
      piece += chars[end - 1];
      const hit = model.pieces.get(piece);
      if (!hit) continue;
      if (end === start + 1) matchedSingle = true;
      const score = best[start]! + hit.score;
      if (score > best[end]!) {
        best[end] = score;
        from[end] = start;
        idAt[end] = hit.id;
      }
    }
    if (!matchedSingle && best[start]! + unkScore > best[start + 1]!) {
      best[start + 1] = best[start]! + unkScore;
      from[start + 1] = start;
      idAt[start + 1] = model.unkId;
    }
  }
  const ids: number[] = [];
  for (let end = n; end > 0; end = from[end]!) ids.push(idAt[end]!);
  ids.reverse();
  // Consecutive unknowns fuse into one (fuse_unk).
  return ids.filter((id, i) => id !== model.unkId || ids[i - 1] !== model.unkId);
}
