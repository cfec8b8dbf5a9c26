import { useEffect, useId, useRef } from 'react';
import type { Mapping, MappingStatus } from '../../../../shared/domain/mapping.js';
import type { OutcomeCoverage } from '../../../../shared/domain/outcome-coverage.js';
import type { Problem } from '../../../../shared/domain/review.js';
import { MAPPING_STATUSES } from '../../../../shared/domain/mapping.js';
import type { MappingRelation } from '../../../../shared/skos.js';
import { CandidateLabel } from './CandidateLabel.js';
import { OutcomeCoverageLine } from './OutcomeCoverageLine.js';
import { OutcomeText } from './OutcomeText.js';
import { supportOf, supportText } from './outcome-segments.js';
import type { PaneEntry } from './pane-entries.js';
import { RELATIONS, relationLabel } from './relations.js';

export interface PaneActions {
  /** Candidate: record a mapping with this relation. Mapping: change its relation and accept it. */
  accept(entry: PaneEntry, relation: MappingRelation): void;
  unsure(entry: PaneEntry): void;
  mustNotMap(entry: PaneEntry): void;
  remove(entry: PaneEntry): void;
  setStatus(mapping: Mapping, status: MappingStatus): void;
  noMatch(): void;
  search(): void;
}

/** `notice`: a line about the result as a whole (the vocabulary has no labels in the item's language). */
export type SuggestionsState = { state: 'loading' } | { state: 'ready'; notice?: string } | { state: 'unavailable'; message: string };

interface Props {
  item: { key: string; text: string; description?: string } | null;
  entries: readonly PaneEntry[];
  cursor: number;
  onCursor(index: number): void;
  relation: MappingRelation;
  suggestions: SuggestionsState;
  actions: PaneActions;
  /** Check results about this item (problems panel rules). */
  problems?: readonly Problem[];
  /** The item's parts and which accepted mappings cover them. */
  coverage?: OutcomeCoverage | null;
  /** Whether suggestions are also made per skill statement of the outcome, and the switch. */
  decompose?: { on: boolean; onChange(on: boolean): void };
}

/** The selected item, its mappings and its suggestions; the keyboard cursor highlights one row. */
export function CandidatesPane({
  item,
  entries,
  cursor,
  onCursor,
  relation,
  suggestions,
  actions,
  problems = [],
  coverage,
  decompose,
}: Props) {
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const active = entries[cursor];
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [cursor, entries]);

  if (!item) return <p className="muted pane-empty">Select a source item to see its suggestions and mappings.</p>;
  const support = supportOf(active?.kind === 'mapping' ? active.mapping.evidence : undefined, active?.candidate ?? undefined);
  return (
    <div className="candidates-pane">
      <header className="item-header">
        <span className="item-key">{item.key}</span>
        <OutcomeText text={item.text} coverage={coverage} support={support} />
        {item.description && <p className="item-description muted">{item.description}</p>}
        {coverage && coverage.text === item.text && <OutcomeCoverageLine coverage={coverage} />}
        <div className="toolbar">
          <button type="button" onClick={actions.noMatch} aria-keyshortcuts="n">
            No match
          </button>
          <button type="button" onClick={actions.search} aria-keyshortcuts="/">
            Search target vocabulary…
          </button>
          {decompose && (
            <label className="inline-check">
              <input type="checkbox" checked={decompose.on} onChange={(e) => decompose.onChange(e.target.checked)} />
              Suggest per skill statement
            </label>
          )}
        </div>
      </header>
      {problems.length > 0 && (
        <ul className="item-problems" aria-label="Problems of this item">
          {problems.map((p, index) => (
            <li key={`${p.rule}-${index}`} className={`severity-${p.severity}`}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {suggestions.state === 'loading' && <p className="muted">Finding suggestions…</p>}
      {suggestions.state === 'unavailable' && <p className="muted">{suggestions.message}</p>}
      {suggestions.state === 'ready' && suggestions.notice && (
        <p className="muted" role="note" data-testid="suggestions-notice">
          {suggestions.notice}
        </p>
      )}
      <ul
        ref={listRef}
        id={listId}
        className="entries"
        role="listbox"
        aria-label="Mappings and suggestions"
        aria-activedescendant={active ? `${listId}-${cursor}` : undefined}
      >
        {entries.map((entry, index) => (
          <li
            key={entry.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === cursor}
            className={`entry entry-${entry.kind}${index === cursor ? ' entry-active' : ''}`}
            onClick={() => onCursor(index)}
          >
            {entry.kind === 'mapping' ? (
              <MappingRow mapping={entry.mapping} entry={entry} actions={actions} />
            ) : (
              <CandidateRow entry={entry} relation={relation} actions={actions} text={item.text} />
            )}
          </li>
        ))}
        {entries.length === 0 && suggestions.state === 'ready' && (
          <li className="muted">No suggestions. Press / to search the target vocabulary.</li>
        )}
      </ul>
    </div>
  );
}

function CandidateRow({
  entry,
  relation: chosen,
  actions,
  text,
}: {
  entry: Extract<PaneEntry, { kind: 'candidate' }>;
  relation: MappingRelation;
  actions: PaneActions;
  text: string;
}) {
  // A candidate from earlier decisions is accepted with the relation those decisions used.
  const relation = entry.candidate.relation ?? chosen;
  return (
    <div className="entry-body">
      <CandidateLabel candidate={entry.candidate} />
      {entry.candidate.spans?.length ? (
        <span className="visually-hidden">supported by: {supportText(text, entry.candidate.spans)}</span>
      ) : null}
      <span className="entry-actions">
        <button
          type="button"
          onClick={() => actions.accept(entry, relation)}
          aria-label={`Accept ${entry.candidate.label} as ${relationLabel(relation)}`}
        >
          Accept
        </button>
        <button type="button" onClick={() => actions.unsure(entry)} aria-label={`Mark ${entry.candidate.label} as unsure`}>
          Unsure
        </button>
        <button type="button" onClick={() => actions.mustNotMap(entry)} aria-label={`Must not map to ${entry.candidate.label}`}>
          Must not map
        </button>
      </span>
    </div>
  );
}

function MappingRow({ mapping, entry, actions }: { mapping: Mapping; entry: PaneEntry; actions: PaneActions }) {
  const name =
    mapping.kind === 'no-match' ? `No match in ${mapping.targetVocabularyId ?? 'the target vocabulary'}` : (mapping.target?.label ?? '');
  return (
    <div className="entry-body">
      <span className="mapping-summary">
        <span className={`badge badge-status-${mapping.status}`}>{mapping.status}</span>
        {mapping.kind === 'match' && <span className="badge badge-relation">{relationLabel(mapping.relation)}</span>}
        {mapping.kind === 'must-not-map' && <span className="badge badge-negative">must not map</span>}
        <span className="mapping-target">{name}</span>
        {entry.kind === 'mapping' && entry.candidate?.fromDecisions && (
          <span className="badge badge-decisions">from earlier decisions</span>
        )}
      </span>
      <span className="entry-actions">
        {mapping.kind === 'match' && (
          <select
            aria-label={`Relation of the mapping to ${name}`}
            value={mapping.relation ?? ''}
            onChange={(e) => actions.accept(entry, e.target.value as MappingRelation)}
          >
            {RELATIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={`Status of the mapping to ${name}`}
          value={mapping.status}
          onChange={(e) => actions.setStatus(mapping, e.target.value as MappingStatus)}
        >
          {MAPPING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" className="danger" onClick={() => actions.remove(entry)} aria-label={`Remove the mapping to ${name}`}>
          Remove
        </button>
      </span>
    </div>
  );
}
