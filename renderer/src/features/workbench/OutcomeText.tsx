import { useId } from 'react';
import type { OutcomeCoverage } from '../../../../shared/domain/outcome-coverage.js';
import type { TextRange } from '../../../../shared/domain/suggestion.js';
import { outcomeSegments, supportText } from './outcome-segments.js';

interface Props {
  text: string;
  /** The item's parts and their coverage (absent while loading, or in tests without an API). */
  coverage?: OutcomeCoverage | null;
  /** What supports the focused candidate: its outcome spans, else the words it matched. */
  support: readonly TextRange[];
}

/**
 * The selected item's text: each part (skill statement) underlined, solid when an accepted mapping covers it, dotted
 * when not; the words supporting the focused candidate are marked, and said as "supported by: …" to screen readers.
 */
export function OutcomeText({ text, coverage, support }: Props) {
  const describedBy = useId();
  // Coverage of an older text (the item was just edited) would cut the new one at the wrong places.
  const parts = coverage && coverage.text === text ? coverage.parts.map((p) => ({ spans: p.spans, covered: p.coveredBy.length > 0 })) : [];
  const segments = outcomeSegments(text, parts.length > 1 ? parts : [], support);
  const said = supportText(text, support);
  return (
    <>
      <p className="item-text" data-testid="selected-item-text" aria-describedby={said ? describedBy : undefined}>
        {segments.map((s, index) => {
          const className = s.part ? `outcome-part outcome-part-${s.part}` : undefined;
          return (
            <span key={index} className={className}>
              {s.marked ? <mark>{s.text}</mark> : s.text}
            </span>
          );
        })}
      </p>
      {said && (
        <span id={describedBy} className="visually-hidden" data-testid="candidate-support">
          Supported by: {said}
        </span>
      )}
    </>
  );
}
