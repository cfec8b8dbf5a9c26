import path from 'node:path';
import { onnxRuntimeMissing, writeTinyModelFolder } from '../support/tiny-onnx.js';
import { wordPieceTokenizerJson } from '../support/tiny-tokenizers.js';
import { expect, test } from './fixtures.js';

const missing = await onnxRuntimeMissing();
if (missing) console.log(`dense-settings.spec.ts: skipped, ${missing}`);

test('Settings: a sentence-embedding model folder by name in the data folder, with a status line (served)', async ({ page, served }) => {
  test.info().skip(missing !== null, missing ?? '');
  writeTinyModelFolder(
    path.join(served.dataDir, 'models', 'tiny'),
    { '[PAD]': [0, 0], '[UNK]': [0, 1], '[CLS]': [1, 0], '[SEP]': [1, 0] },
    wordPieceTokenizerJson,
  );
  await page.goto(served.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('region', { name: 'Settings' });
  const status = settings.getByRole('status', { name: 'Model status' });
  await expect(status).toHaveText('Off: no sentence-embedding model folder is set.');
  await expect(settings.getByLabel('Text prefix')).toHaveValue('query: ');

  await settings.getByLabel('Sentence-embedding model folder').fill('nothing-here');
  await settings.getByRole('button', { name: 'Save model settings' }).click();
  await expect(status).toContainText(`${path.join(served.dataDir, 'models', 'nothing-here')} does not exist or is not a folder.`);

  await settings.getByLabel('Sentence-embedding model folder').fill('tiny');
  await settings.getByRole('button', { name: 'Save model settings' }).click();
  await expect(status).toHaveText(/^Loaded tiny \(model [0-9a-f]{12}\)\.$/);
  // No dialog served: the folder is named, never chosen as a path.
  await expect(settings.getByRole('button', { name: 'Choose model.onnx…' })).toHaveCount(0);

  await settings.getByLabel('Sentence-embedding model folder').fill('');
  await settings.getByRole('button', { name: 'Save model settings' }).click();
  await expect(status).toHaveText('Off: no sentence-embedding model folder is set.');
});
