import type { SuggestionCandidate } from '../../../../shared/domain/suggestion.js';
import { HighlightedRanges } from './Highlighted.js';

const KIND_NAMES = { pref: 'preferred label', alt: 'alternative label', hidden: 'hidden label', description: 'description' } as const;

/** A candidate's label with matched terms marked, the label that matched when it is not the preferred one, and its badges. */
export function CandidateLabel({ candidate }: { candidate: SuggestionCandidate }) {
  const best = candidate.why.labels[0];
  const prefMatched = best?.kind === 'pref' && best.text === candidate.label;
  return (
    <span className="candidate-label">
      <span className="candidate-name">{prefMatched ? <HighlightedRanges text={best.text} ranges={best.ranges} /> : candidate.label}</span>
      {best && !prefMatched && (
        <span className="candidate-matched">
          {KIND_NAMES[best.kind]}: <HighlightedRanges text={best.text} ranges={best.ranges} />
        </span>
      )}
      <span className="candidate-meta">
        <span className="score" title="Suggestion score (0–1)">
          {candidate.score.toFixed(2)}
        </span>
        <span className="badge badge-type">{candidate.type}</span>
        {candidate.via === 'identical-label' && (
          <span
            className="badge badge-cross-language"
            title={`No label in the item's language: the ${candidate.labelLanguage ?? 'other-language'} label is written the same in the item's text`}
          >
            same label in {candidate.labelLanguage ?? 'another language'}
          </span>
        )}
        {candidate.fromDecisions && (
          <span className="badge badge-decisions" title={decisionsTitle(candidate)}>
            from earlier decisions
          </span>
        )}
      </span>
    </span>
  );
}

function decisionsTitle(candidate: SuggestionCandidate): string {
  const d = candidate.why.decisions;
  if (!d) return 'Ranked higher because of earlier decisions in this project';
  const parts = [`${d.accepted} accepted mapping(s)`, `${d.imported} imported`];
  if (d.rejected) parts.push(`${d.rejected} rejection(s) of this item`);
  return `${parts.join(', ')}${d.examples.length ? ` — e.g. "${d.examples[0]}"` : ''}`;
}
