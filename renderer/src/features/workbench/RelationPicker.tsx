import { useId } from 'react';
import type { MappingRelation } from '../../../../shared/skos.js';
import { RELATIONS } from './relations.js';

/**
 * The five SKOS relations as a radio group (keys 1–5) with the short guide for the chosen one
 * beside it: when exact vs close vs broad vs narrow vs related.
 */
export function RelationPicker({ value, onChange }: { value: MappingRelation; onChange: (relation: MappingRelation) => void }) {
  const name = useId();
  const chosen = RELATIONS.find((r) => r.id === value) ?? RELATIONS[0]!;
  return (
    <div className="relation-picker">
      <fieldset>
        <legend>Relation</legend>
        {RELATIONS.map((relation) => (
          <label key={relation.id} title={relation.guide}>
            <input type="radio" name={name} value={relation.id} checked={relation.id === value} onChange={() => onChange(relation.id)} />
            <kbd>{relation.key}</kbd> {relation.label}
          </label>
        ))}
      </fieldset>
      <details className="predicate-guide" open>
        <summary>When to use which relation</summary>
        <p>
          <strong>{chosen.label}:</strong> {chosen.guide}
        </p>
        <dl>
          {RELATIONS.filter((r) => r.id !== chosen.id).map((r) => (
            <div key={r.id}>
              <dt>{r.label}</dt>
              <dd>{r.guide}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
