import type { TextRange } from '../../../../shared/domain/suggestion.js';
import { highlightSegments, rangeSegments, type Segment } from './highlight.js';

function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}

/** Text with the terms that matched marked (<mark>), so the expert sees why a candidate came up. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return <Segments segments={highlightSegments(text, terms)} />;
}

/** Text with the character ranges the engine reported as matched marked. */
export function HighlightedRanges({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return <Segments segments={rangeSegments(text, ranges)} />;
}
