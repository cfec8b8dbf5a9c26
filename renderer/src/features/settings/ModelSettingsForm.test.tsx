// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../../ui/notifications.js';
import { ModelSettingsForm } from './ModelSettingsForm.js';
import type { ModelSettings } from './use-model-settings.js';

afterEach(cleanup);

const saved = { embeddingModelFolder: '', embeddingQueryPrefix: 'query: ', embeddingPassagePrefix: 'passage: ' };

function renderForm(model: Partial<ModelSettings>) {
  const save = vi.fn(async () => undefined);
  render(
    <NotificationsProvider>
      <ModelSettingsForm model={{ saved, status: undefined, save, ...model }} />
    </NotificationsProvider>,
  );
  return save;
}

describe('ModelSettingsForm', () => {
  it('saves only what changed (a folder name, trimmed) and shows the status line', async () => {
    const save = renderForm({
      status: { state: 'error', folder: '/d/models/e5', message: '/d/models/e5 has no tokenizer.json.', vectors: [] },
    });
    expect(screen.getByRole('status', { name: 'Model status' }).textContent).toBe('/d/models/e5 has no tokenizer.json.');
    const button = screen.getByRole('button', { name: 'Save model settings' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Sentence-embedding model folder'), { target: { value: ' multilingual-e5-small ' } });
    fireEvent.click(button);
    await waitFor(() => expect(save).toHaveBeenCalledWith({ embeddingModelFolder: 'multilingual-e5-small' }));
    expect(screen.queryByRole('button', { name: 'Choose model.onnx…' })).toBeNull();
  });

  it('in the desktop app, saves the model.onnx chosen in a dialog by its handle, and lists concept vectors', async () => {
    const choose = vi.fn(async () => 'handle:abc');
    const save = renderForm({
      choose,
      status: {
        state: 'ready',
        folder: '/m',
        message: 'Loaded m (model 0123456789ab).',
        vectors: [{ vocabularyId: 'esco-1.2.0', language: 'en', state: 'computing' }],
      },
    });
    expect(screen.getByRole('status', { name: 'Model status' }).textContent).toBe(
      'Loaded m (model 0123456789ab). Concept vectors: esco-1.2.0 (en) computing.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Choose model.onnx…' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ embeddingModelFolder: 'handle:abc' }));
  });
});
