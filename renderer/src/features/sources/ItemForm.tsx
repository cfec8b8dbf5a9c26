import { useState, type FormEvent } from 'react';
import type { SourceGroupRow, SourceItemRow } from '../../../../shared/domain/source.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** Edits one item's id, text, description, notation, language and course (keyed by the caller per item version). */
export function ItemForm({ item, groups }: { item: SourceItemRow; groups: SourceGroupRow[] }) {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const [draft, setDraft] = useState({
    key: item.key,
    text: item.text,
    description: item.description,
    notation: item.notation,
    language: item.language,
    groupId: item.groupId,
  });
  const set = (key: 'key' | 'text' | 'description' | 'notation' | 'language') => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await client.sources.updateItem({ id: item.id, ...draft, key: draft.key.trim(), text: draft.text.trim() });
      notify('success', `Saved item "${draft.key}"`);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form className="course-form" aria-label={`Item ${item.key}`} onSubmit={(e) => void save(e)}>
      <h3>
        Item <code>{item.key}</code> {item.state === 'removed' && <span className="badge badge-removed">removed in the last import</span>}
      </h3>
      <label className="form-field">
        <span>Item id</span>
        <input value={draft.key} required onChange={set('key')} />
      </label>
      <label className="form-field">
        <span>Text</span>
        <textarea rows={3} value={draft.text} required onChange={set('text')} />
      </label>
      <label className="form-field">
        <span>Description</span>
        <textarea rows={2} value={draft.description} onChange={set('description')} />
      </label>
      <div className="course-form-row">
        <label className="form-field">
          <span>Notation</span>
          <input value={draft.notation} onChange={set('notation')} />
        </label>
        <label className="form-field">
          <span>Language</span>
          <input
            value={draft.language}
            required
            pattern="[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*"
            title='A language tag such as "en" or "de-AT"'
            onChange={set('language')}
          />
        </label>
      </div>
      <label className="form-field">
        <span>Course</span>
        <select
          aria-label="Course of the item"
          value={draft.groupId ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, groupId: e.target.value ? Number(e.target.value) : null }))}
        >
          <option value="">(none)</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title || g.key}
            </option>
          ))}
        </select>
      </label>
      <div className="dialog-actions">
        {item.state === 'removed' && (
          <button type="button" onClick={() => void client.sources.updateItem({ id: item.id, state: 'active' }).catch(fail)}>
            Mark active again
          </button>
        )}
        <button type="submit">Save item</button>
      </div>
    </form>
  );
}
