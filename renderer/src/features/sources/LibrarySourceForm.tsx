import { useEffect, useState, type FormEvent } from 'react';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** Takes a concept scheme of a library vocabulary as a source (e.g. one ISCED-F edition to map to another). */
export function LibrarySourceForm({ onImported }: { onImported(schemeId: number): void }) {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const [vocabularies, setVocabularies] = useState<VocabularyInfo[]>([]);
  const [choice, setChoice] = useState('');
  useEffect(() => {
    client.vocabularies.list({}).then(setVocabularies, fail);
  }, [client, fail]);
  const options = vocabularies.flatMap((v) =>
    v.schemes.map((s) => ({ value: JSON.stringify([v.id, s.uri]), label: `${v.title} — ${s.title} (${s.concepts})` })),
  );
  if (!options.length) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return;
    const [vocabularyId, schemeUri] = JSON.parse(choice) as [string, string];
    try {
      const result = await client.sources.importFromLibrary({ vocabularyId, schemeUri });
      notify('success', `Imported: ${result.added} added, ${result.changed} changed, ${result.removed} flagged as removed`);
      if (result.schemes[0]) onImported(result.schemes[0].schemeId);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <form className="import-input" aria-label="Scheme from the vocabulary library" onSubmit={(e) => void submit(e)}>
      <label className="form-field">
        <span>…or a concept scheme from the vocabulary library</span>
        <select aria-label="Library concept scheme" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a scheme</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!choice}>
        Import scheme as a source
      </button>
    </form>
  );
}
