/**
 * The score Fuse.js 7 gives a text searched in a label (options: ignoreLocation, threshold 0.6, field norm on), computed
 * without Fuse: its Bitap search finds the fewest edits that turn the pattern into some stretch of the label, trying
 * one error count after another; Myers' bit-vector algorithm finds the same number in one pass over the label.
 * Re-ranking a short text's head ran Fuse over ~150 labels per query, a sixth of a decomposed batch's time.
 */

/** Fuse's default threshold: more errors than this share of the pattern is no match. */
const THRESHOLD = 0.6;
/** Fuse's Bitap works on 32-bit masks: longer patterns are searched in chunks of 32 and their scores averaged. */
const CHUNK = 32;

interface Chunk {
  length: number;
  /** Per UTF-16 code unit, the bit of each position holding it (bit i = the pattern's character i). */
  masks: Map<number, number>;
  /** Most errors a match may have: Fuse tries error counts while errors / length ≤ the threshold. */
  maxErrors: number;
}

/** A pattern prepared once for many labels (Fuse lowercases both sides). */
export interface FusePattern {
  text: string;
  chunks: Chunk[];
}

export function fusePattern(query: string): FusePattern {
  const text = query.toLowerCase();
  // Fuse lists every document unscored for a blank query: no similarity to anything.
  if (!text.trim()) return { text, chunks: [] };
  const pieces: string[] = [];
  if (text.length > CHUNK) {
    const remainder = text.length % CHUNK;
    for (let i = 0; i < text.length - remainder; i += CHUNK) pieces.push(text.slice(i, i + CHUNK));
    if (remainder) pieces.push(text.slice(text.length - CHUNK));
  } else pieces.push(text);
  return { text, chunks: pieces.map(chunkOf) };
}

function chunkOf(piece: string): Chunk {
  const masks = new Map<number, number>();
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    masks.set(code, (masks.get(code) ?? 0) | (1 << i));
  }
  let maxErrors = 0;
  // The same comparison Fuse's loop makes, so a share exactly at the threshold counts alike.
  while (maxErrors + 1 < piece.length && (maxErrors + 1) / piece.length <= THRESHOLD) maxErrors++;
  return { length: piece.length, masks, maxErrors };
}

/** Fewest edits (insert, delete, substitute) between the chunk and any stretch of `text`: Myers (1999), m ≤ CHUNK. */
function fewestEdits(chunk: Chunk, text: string): number {
  const last = 1 << (chunk.length - 1);
  let positive = chunk.length === CHUNK ? -1 : (1 << chunk.length) - 1;
  let negative = 0;
  let score = chunk.length;
  let best = score;
  for (let j = 0; j < text.length; j++) {
    const equal = chunk.masks.get(text.charCodeAt(j)) ?? 0;
    const xv = equal | negative;
    const xh = ((((equal & positive) + positive) | 0) ^ positive) | equal;
    let ph = negative | ~(xh | positive);
    let mh = positive & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    if (score < best) best = score;
    // A match may start anywhere in the text: the top row stays 0, so nothing is shifted in.
    ph <<= 1;
    mh <<= 1;
    positive = mh | ~(xv | ph);
    negative = ph & xv;
  }
  return best;
}

/** Fuse's field norm: 1 / √(words), to three decimals. */
function fieldNorm(label: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if ((code >= 9 && code <= 13) || code === 32 || code === 160) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return Math.round(1000 / Math.pow(Math.max(1, words), 0.5)) / 1000;
}

/**
 * Fuse.js's score of `label` for the pattern (0 best … 1), or undefined where Fuse finds no match (too many errors in
 * every chunk) and so leaves the label out.
 */
export function fuseScore(pattern: FusePattern, label: string): number | undefined {
  if (!pattern.chunks.length || !label.trim()) return undefined;
  const text = label.toLowerCase();
  let score: number;
  if (pattern.text === text) score = 0;
  else {
    let total = 0;
    let matched = false;
    for (const chunk of pattern.chunks) {
      const edits = fewestEdits(chunk, text);
      if (edits <= chunk.maxErrors) {
        matched = true;
        total += Math.max(0.001, edits / chunk.length);
      } else total += 1;
    }
    if (!matched) return undefined;
    score = total / pattern.chunks.length;
  }
  return Math.pow(score === 0 ? Number.EPSILON : score, fieldNorm(label));
}
