import { useState, type FormEvent } from 'react';
import { useNotify } from '../../ui/notifications.js';
import { useModelSettings, type ModelFields, type ModelSettings } from './use-model-settings.js';

/** Optional neural level: a sentence-embedding model folder on this machine, its prefixes, and whether it loaded. */
export function ModelSettingsForm({ model }: { model: ModelSettings & { saved: ModelFields } }) {
  const { notify, fail } = useNotify();
  const [fields, setFields] = useState<ModelFields>(model.saved);
  const dirty = (Object.keys(fields) as (keyof ModelFields)[]).some((k) => fields[k] !== model.saved[k]);
  const set = (key: keyof ModelFields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  async function save(patch: Partial<ModelFields>) {
    try {
      await model.save(patch);
      notify(
        'success',
        patch.embeddingModelFolder === '' ? 'Sentence-embedding model turned off' : 'Saved the sentence-embedding model settings',
      );
    } catch (error) {
      fail(error);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // Only what changed: a folder saved from a dialog is a path the page may not send back.
    const changed = (Object.keys(fields) as (keyof ModelFields)[]).filter((k) => fields[k] !== model.saved[k]);
    const patch = Object.fromEntries(changed.map((k) => [k, k === 'embeddingModelFolder' ? fields[k].trim() : fields[k]]));
    void save(patch);
  }

  async function choose() {
    const handle = await model.choose?.();
    if (handle) await save({ embeddingModelFolder: handle });
  }

  const status = model.status;
  return (
    <form className="settings-form" aria-labelledby="settings-model" onSubmit={submit} noValidate>
      <h2 id="settings-model">Sentence-embedding model (optional)</h2>
      <p className="muted">
        Off when empty. A model you already have on disk (an ONNX export such as multilingual-e5-small) also compares texts by meaning. Give
        the name of its folder inside the data folder&apos;s <code>models/</code>. Nothing is downloaded.
      </p>
      <label>
        Sentence-embedding model folder
        <input
          value={fields.embeddingModelFolder}
          onChange={set('embeddingModelFolder')}
          placeholder="multilingual-e5-small"
          spellCheck={false}
        />
      </label>
      {model.choose && (
        <button type="button" onClick={() => void choose()}>
          Choose model.onnx…
        </button>
      )}
      <label>
        Text prefix
        <input value={fields.embeddingQueryPrefix} onChange={set('embeddingQueryPrefix')} spellCheck={false} />
      </label>
      <label>
        Concept prefix
        <input value={fields.embeddingPassagePrefix} onChange={set('embeddingPassagePrefix')} spellCheck={false} />
      </label>
      <p role="status" aria-label="Model status" className={status?.state === 'error' ? 'error' : 'muted'}>
        {status ? `${status.message}${vectorsLine(status.vectors)}` : 'Reading the model status…'}
      </p>
      <button type="submit" disabled={!dirty}>
        Save model settings
      </button>
    </form>
  );
}

function vectorsLine(vectors: NonNullable<ModelSettings['status']>['vectors']): string {
  if (!vectors.length) return '';
  return ` Concept vectors: ${vectors.map((v) => `${v.vocabularyId} (${v.language}) ${v.state}${v.message ? `: ${v.message}` : ''}`).join('; ')}.`;
}

/** The model part of Settings: loads the saved fields, and starts afresh from them after each save. */
export function ModelSettingsPart() {
  const model = useModelSettings();
  if (!model.saved) return <p className="muted">Loading the model settings…</p>;
  return <ModelSettingsForm key={JSON.stringify(model.saved)} model={{ ...model, saved: model.saved }} />;
}
