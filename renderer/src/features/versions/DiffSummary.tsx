import { useState } from 'react';
import { CONCEPT_CHANGE_KINDS, type ConceptChangeKind, type VocabularyDiff } from '../../../../shared/domain/vocabulary-diff.js';

/** At most this many changed concepts are listed (the counts cover all). */
const SHOWN = 300;

/** Counts per change kind (each a filter) and the changed concepts of the chosen kinds. */
export function DiffSummary({ diff }: { diff: VocabularyDiff }) {
  const [kinds, setKinds] = useState<ConceptChangeKind[]>([]);
  const toggle = (kind: ConceptChangeKind) => setKinds((k) => (k.includes(kind) ? k.filter((x) => x !== kind) : [...k, kind]));
  const shown = kinds.length ? diff.changes.filter((c) => c.changes.some((k) => kinds.includes(k))) : diff.changes;
  const { counts } = diff;
  return (
    <section aria-label="Changes between the versions">
      <p>
        {diff.from} ({counts.before} concepts) → {diff.to} ({counts.after} concepts): {counts.changed} changed, {counts.unchanged} unchanged
      </p>
      <div role="group" aria-label="Change kinds" className="diff-kinds">
        {CONCEPT_CHANGE_KINDS.map((kind) => (
          <button key={kind} type="button" aria-pressed={kinds.includes(kind)} disabled={counts[kind] === 0} onClick={() => toggle(kind)}>
            {kind} <span className="count">{counts[kind]}</span>
          </button>
        ))}
      </div>
      <table className="data-table" aria-label="Changed concepts">
        <thead>
          <tr>
            <th>Concept</th>
            <th>Change</th>
            <th>Before</th>
            <th>After</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, SHOWN).map((c) => (
            <tr key={c.uri}>
              <td>
                {c.label} <code className="muted target-uri">{c.uri}</code>
              </td>
              <td>{c.changes.join(', ')}</td>
              <td>{describe(c.before)}</td>
              <td>{describe(c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > SHOWN && (
        <p className="muted">
          First {SHOWN} of {shown.length} shown.
        </p>
      )}
    </section>
  );
}

function describe(state: VocabularyDiff['changes'][number]['before']): string {
  if (!state) return '';
  const parts: string[] = [];
  if (state.prefLabel) parts.push(`label: ${state.prefLabel.en ?? Object.values(state.prefLabel)[0] ?? ''}`);
  if (state.type) parts.push(`type: ${state.type}`);
  if (state.status) parts.push(`status: ${state.status}`);
  if (state.broader) parts.push(`broader: ${state.broader.length}`);
  if (state.reuseLevel) parts.push(`reuse: ${state.reuseLevel}`);
  if (state.replacedBy?.length) parts.push(`replaced by ${state.replacedBy.length}`);
  if (state.description) parts.push('description');
  return parts.join('; ');
}
