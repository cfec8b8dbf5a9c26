import { useState, type FormEvent } from 'react';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** Adds an item to the scheme (into the chosen course, if any). */
export function AddItemForm({ schemeId, groupId }: { schemeId: number; groupId: number | null }) {
  const { client } = useApi();
  const { fail } = useNotify();
  const [text, setText] = useState('');
  const [key, setKey] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    try {
      await client.sources.addItem({
        schemeId,
        text: text.trim(),
        ...(key.trim() ? { key: key.trim() } : {}),
        ...(groupId !== null ? { groupId } : {}),
      });
      setText('');
      setKey('');
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form className="add-item" aria-label="Add item" onSubmit={(e) => void submit(e)}>
      <label className="form-field inline">
        <span>New item id</span>
        <input value={key} onChange={(e) => setKey(e.target.value)} placeholder="optional" size={10} />
      </label>
      <label className="form-field inline grow">
        <span>New item text</span>
        <input value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" disabled={!text.trim()}>
        Add item
      </button>
    </form>
  );
}
