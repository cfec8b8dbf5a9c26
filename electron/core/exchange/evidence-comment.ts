/**
 * A mapping's evidence (the words of the outcome its suggestion stood on) in formats with no place for it: the
 * comment ends with `supported by: «design … a relational database»`. Reading takes that ending off the comment
 * again and finds the pieces in the item's text, in order, so an export read back gives the same mapping. Where the
 * first occurrences are not the pieces meant ("use data to clean data"), their offsets follow: `[0-3, 18-22]`.
 */
import type { TextRange } from '../../../shared/domain/suggestion.js';

const PREFIX = 'supported by: ';
const JOIN = ' … ';
const SEPARATOR = '; ';
const ENDING = /(?:^|; )supported by: «([^«»]+)»(?: \[(\d+-\d+(?:, \d+-\d+)*)\])?$/u;

/** The comment to write: the curator's comment, then the supporting pieces of the item's text. */
export function commentWithEvidence(comment: string, itemText: string, evidence: readonly TextRange[] | undefined): string {
  const pieces = (evidence ?? [])
    .filter((r) => r.start >= 0 && r.end > r.start && r.end <= itemText.length)
    .map((r) => itemText.slice(r.start, r.end));
  // A piece with the quote marks or the joiner in it could not be read back as written: the comment stays as it is.
  if (!pieces.length || pieces.some((p) => /[«»]/u.test(p) || p.includes(JOIN.trim()))) return comment;
  const plain = `${PREFIX}«${pieces.join(JOIN)}»`;
  const ranges = evidence!.filter((r) => r.start >= 0 && r.end > r.start && r.end <= itemText.length);
  const found = locate(pieces, itemText);
  const same = found !== null && found.every((r, i) => r.start === ranges[i]!.start && r.end === ranges[i]!.end);
  const support = same ? plain : `${plain} [${ranges.map((r) => `${r.start}-${r.end}`).join(', ')}]`;
  return comment ? `${comment}${SEPARATOR}${support}` : support;
}

/** The pieces' first occurrences in the text, each after the one before; null when one is missing. */
function locate(pieces: readonly string[], itemText: string): TextRange[] | null {
  const out: TextRange[] = [];
  let from = 0;
  for (const piece of pieces) {
    const start = piece ? itemText.indexOf(piece, from) : -1;
    if (start < 0) return null;
    out.push({ start, end: start + piece.length });
    from = start + piece.length;
  }
  return out;
}

/** The curator's comment and the evidence a written comment carries (none when its pieces are not in the text). */
export function evidenceFromComment(comment: string, itemText: string): { comment: string; evidence?: TextRange[] } {
  const found = ENDING.exec(comment);
  if (!found) return { comment };
  const pieces = found[1]!.split(JOIN);
  const offsets = found[2]?.split(', ').map((pair) => {
    const [start, end] = pair.split('-').map(Number) as [number, number];
    return { start, end };
  });
  // Offsets count only when they still point at the quoted pieces (the item text may have changed since).
  const evidence =
    offsets && offsets.length === pieces.length && offsets.every((r, i) => itemText.slice(r.start, r.end) === pieces[i])
      ? offsets
      : locate(pieces, itemText);
  return evidence ? { comment: comment.slice(0, found.index), evidence } : { comment };
}
