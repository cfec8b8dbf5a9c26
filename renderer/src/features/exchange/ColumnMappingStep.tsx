import { useId, useState } from 'react';
import type { MappingTableColumns, MappingTableField } from '../../../../shared/domain/correspondence.js';
import {
  FIELD_LABELS,
  FIELD_ORDER,
  REQUIRED_FIELDS,
  chosenColumns,
  fieldChoices,
  missingFields,
  selectedChoice,
  type TableColumns,
} from './column-mapping.js';

interface Props {
  /** The header and the columns the last reading used (guessed, or chosen before); the step starts from them. */
  table: TableColumns;
  /** Why the last reading failed. */
  error: string | null;
  busy: boolean;
  onCheck(columns: Partial<MappingTableColumns>): void;
}

/** A mapping table's columns: a select per field (source, target, relation, the optional ones), then "Check again". */
export function ColumnMappingStep({ table, error, busy, onCheck }: Props) {
  const titleId = useId();
  const [draft, setDraft] = useState<Partial<MappingTableColumns>>(table.columns);
  const missing = missingFields(draft);
  const choose = (field: MappingTableField, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <section className="form exchange-columns" aria-labelledby={titleId}>
      <h4 id={titleId}>Columns of the table</h4>
      <p className="muted">
        The file’s columns: {table.header.map((h) => `“${h.trim()}”`).join(', ') || 'none'}. Choose the column each field is read from; a
        relation can also be one constant for every row. Relation words and symbols are read from the source’s side (“A &lt; B”: the target
        is broader, broadMatch).
      </p>
      <div className="exchange-columns-fields">
        {FIELD_ORDER.map((field) => {
          const choices = fieldChoices(field, table.header, draft[field]);
          return (
            <label key={field}>
              {FIELD_LABELS[field]}
              {REQUIRED_FIELDS.includes(field) && ' (required)'}
              <select value={selectedChoice(choices, draft[field])} onChange={(e) => choose(field, e.target.value)}>
                {choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {error && (
        <p className="exchange-import-errors" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => onCheck(chosenColumns(draft))} disabled={busy || missing.length > 0}>
          {busy ? 'Reading…' : 'Check again'}
        </button>
        {missing.length > 0 && <span className="muted">Still to choose: {missing.map((f) => FIELD_LABELS[f]).join(', ')}.</span>}
      </div>
    </section>
  );
}
