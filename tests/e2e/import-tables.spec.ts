import fs from 'node:fs';
import { sharedFile } from '../support/shared-data.js';
import { createProjectInUi, expect, test } from './fixtures.js';

// ESCO's published national table for the Czech classification (ESCO 1.0.9 on its side).
const CZ_TABLE = sharedFile('crosswalks/national/CZ_mapping_25.11.2022.csv');

test('imports a national table as published, with its preview, and exports it in ESCO’s layout again', async ({
  page,
  served,
}, testInfo) => {
  // Skipped at run time, with the reason in the report (sharedFile has printed it too).
  testInfo.skip(!CZ_TABLE, 'crosswalks/national/CZ_mapping_25.11.2022.csv is not in the shared data folder');
  await page.goto(served.url);
  await createProjectInUi(page, 'CZ-ISCO');
  await page.getByRole('button', { name: 'Export / Import' }).click();

  // Detected with no options; the national concept is the source and ESCO's relations are turned.
  await page.getByLabel('Mapping file').setInputFiles(CZ_TABLE!);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('CZ_mapping_25.11.2022.csv (esco-csv)');
  await expect(preview).toContainText('Klasifikace zaměstnání CZ-ISCO — 1529 items (new scheme, 1529 new)');
  await expect(preview).toContainText('ESCO v1.0.9');
  await expect(preview).toContainText('3842 (3842 new, 0 already present)');
  await expect(preview).toContainText('narrowMatch 2578');
  await expect(preview).toContainText('accepted 3842');
  await expect(page.getByRole('list', { name: 'Import problems' })).toContainText('its 3842 statements are imported as accepted');
  await page.getByRole('button', { name: 'Import 3842 mappings' }).click();
  await expect(page.getByText('Imported 3842 mappings and 1529 items')).toBeVisible();

  // Export as ESCO's crosswalk CSV (accepted only, the default): ESCO's side and relations again.
  await expect(page.getByRole('combobox', { name: 'Source', exact: true })).toContainText('Klasifikace zaměstnání CZ-ISCO (1529 items)');
  await page.getByLabel('Export format').selectOption({ label: 'ESCO crosswalk CSV' });
  const downloading = page.waitForEvent('download');
  // The table leaves no error open in Problems: nothing to confirm, the file is written at once.
  await page.getByRole('button', { name: 'Export…' }).click();
  const saved = `${served.dataDir}/cz-export.csv`;
  await (await downloading).saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8').replace(/^\uFEFF/, '');
  expect(text.startsWith('Mapping project name,ESCO - CS NOC [1.0.9]')).toBe(true);
  expect(text).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[^\n]*,skos:broadMatch,/m);
  await expect(page.getByRole('status').filter({ hasText: 'Exported 3842 mappings' })).toBeVisible();
});

test('reads any table through the columns the user maps, checking again after each choice', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Own table');
  await page.getByRole('button', { name: 'Export / Import' }).click();
  const table = [
    'from\tto\trel',
    'A1\thttp://data.europa.eu/esco/skill/s1\t=',
    'A2\thttp://data.europa.eu/esco/skill/s2\t<',
    'A3\thttp://data.europa.eu/esco/skill/s3\tbroader',
  ].join('\n');
  await page
    .getByLabel('Mapping file')
    .setInputFiles({ name: 'own.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(table, 'utf8') });
  await page.getByRole('button', { name: 'Preview' }).click();

  // No column is recognised: the step is offered from the error, with the header's columns.
  const step = page.getByRole('region', { name: 'Columns of the table' });
  await expect(step.getByRole('alert')).toContainText('no column for the source');
  await expect(step).toContainText('The file’s columns: “from”, “to”, “rel”');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  const checkAgain = step.getByRole('button', { name: 'Check again' });
  await expect(checkAgain).toBeDisabled();
  await step.getByLabel('Source id (required)').selectOption('from');
  await step.getByLabel('Target (ESCO URI) (required)').selectOption('to');
  // One relation for every row first, then the table's own relation column.
  await step.getByLabel('Relation (required)').selectOption('=closeMatch');
  await checkAgain.click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('own.tsv (mapping-table)');
  await expect(preview).toContainText('closeMatch 3');
  await step.getByLabel('Relation (required)').selectOption('rel');
  await checkAgain.click();
  await expect(preview).toContainText('broadMatch 2, exactMatch 1');
  await expect(step.getByRole('alert')).toHaveCount(0);

  await expect(preview).toContainText('proposed 3');
  await page.getByRole('button', { name: 'Import 3 mappings' }).click();
  await expect(page.getByText('Imported 3 mappings and 3 items')).toBeVisible();
  await expect(step).toHaveCount(0);
});
