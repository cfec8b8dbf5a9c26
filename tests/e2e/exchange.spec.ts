import fs from 'node:fs';
import { createProjectInUi, expect, test } from './fixtures.js';

// A small correspondence table in ESCO's crosswalk layout (same preamble and columns as ESCO's files).
const CROSSWALK = [
  'Mapping project name,Demo crosswalk,,,,,',
  'Mapping project author,Crosswalk tests,,,,,',
  'Mapping project version,1,,,,,',
  'Mapping project version date,2026-11-01,,,,,',
  'Classification 1 Name,Demo occupations,,,,,',
  'Classification 1 Concept type,Occupation,,,,,',
  'Classification 1 Version,2026,,,,,',
  'Classification 1 Language,English,,,,,',
  'Classification 1 Landing page,https://example.org/demo,,,,,',
  'Classification 2 Name,ESCO,,,,,',
  'Classification 2 Concept type,Occupation,,,,,',
  'Classification 2 Version,v1.1.1,,,,,',
  'Classification 2 Language,English,,,,,',
  'Classification 2 Landing page,https://esco.ec.europa.eu/en,,,,,',
  ',,,,,,',
  ',,,,,,',
  'Demo Id,Demo Title,Demo Description,ESCO URI,ESCO Title,ESCO Description,Type of Match',
  'D-1,Data analysts,"Analyse data, report.",http://data.europa.eu/esco/occupation/a1,data analyst,,exactMatch',
  'D-1,Data analysts,"Analyse data, report.",http://data.europa.eu/esco/occupation/a2,statistician,,broadMatch',
  'D-2,Web developers,Build web sites.,http://data.europa.eu/esco/occupation/b1,web developer,,closeMatch',
].join('\r\n');

test('exports SSSOM from the UI, downloads it and re-imports it into a new project', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Exchange source');
  await page.getByRole('button', { name: 'Export / Import' }).click();

  // Import the crosswalk CSV: preview first, nothing written until the commit.
  await page
    .getByLabel('Mapping file')
    .setInputFiles({ name: 'demo-crosswalk.csv', mimeType: 'text/csv', buffer: Buffer.from(CROSSWALK, 'utf8') });
  await page.getByLabel('Status when the file has none').selectOption('accepted');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('demo-crosswalk.csv (esco-csv)');
  await expect(preview).toContainText('3 (3 new, 0 already present)');
  // ESCO states "statistician" broadMatch from its side: from the demo occupation it is narrowMatch.
  await expect(preview).toContainText('narrowMatch 1');
  await expect(preview).toContainText('closeMatch 1');
  await expect(preview).toContainText('exactMatch 1');
  await expect(preview).not.toContainText('broadMatch');
  await page.getByRole('button', { name: 'Import 3 mappings' }).click();
  await expect(page.getByText('Imported 3 mappings and 2 items')).toBeVisible();

  // Export SSSOM: the browser downloads the file the core wrote.
  await expect(page.getByRole('combobox', { name: 'Source', exact: true })).toContainText('Demo occupations (2 items)');
  await page.getByLabel('Export format').selectOption('sssom');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Exchange-source.sssom.tsv');
  const saved = `${served.dataDir}/downloaded.sssom.tsv`;
  await download.saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8');
  expect(text).toMatch(/^#curie_map:/);
  expect(text).toContain('#object_source_version: ESCO v1.1.1');
  const rows = text.split('\n').filter((line) => line && !line.startsWith('#'));
  expect(rows).toHaveLength(4);
  expect(rows[0]!.split('\t').slice(0, 5)).toEqual(['subject_id', 'subject_label', 'subject_type', 'subject_source', 'predicate_id']);
  await expect(page.getByRole('list', { name: 'Not carried by the format' })).toContainText('Mapping history');

  // Re-import the downloaded file into a new project.
  await page.getByRole('button', { name: 'Close project' }).click();
  await createProjectInUi(page, 'Exchange copy');
  await page.getByRole('button', { name: 'Export / Import' }).click();
  await page.getByLabel('Mapping file').setInputFiles(saved);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText('downloaded.sssom.tsv (sssom)');
  await expect(preview).toContainText('Demo occupations — 2 items (new scheme, 2 new)');
  await expect(preview).toContainText('accepted 3');
  await page.getByRole('button', { name: 'Import 3 mappings' }).click();
  // The new project had no source: the export form now lists the imported one.
  await expect(page.getByText('Imported 3 mappings and 2 items').last()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Source', exact: true })).toContainText('Demo occupations (2 items)');
});

test('an import preview with error rows commits only after the user chooses to skip them', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Exchange errors');
  await page.getByRole('button', { name: 'Export / Import' }).click();
  const withBadRow = `${CROSSWALK}\r\nD-3,Testers,Test things.,http://data.europa.eu/esco/occupation/c1,tester,,sortOfMatch`;
  await page
    .getByLabel('Mapping file')
    .setInputFiles({ name: 'bad-row.csv', mimeType: 'text/csv', buffer: Buffer.from(withBadRow, 'utf8') });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-preview')).toContainText('unknown relation "sortOfMatch"');
  const commit = page.getByRole('button', { name: 'Import 3 mappings' });
  await expect(commit).toBeDisabled();
  const skip = page.getByLabel('Import only the valid rows (1 skipped)');
  await skip.check();
  await expect(commit).toBeEnabled();

  // Changing an option makes the preview stale: it goes, and so does the choice to skip rows.
  await page.getByLabel('Status when the file has none').selectOption('accepted');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('button', { name: 'Import 3 mappings' })).toBeDisabled();
  await page.getByLabel('Import only the valid rows (1 skipped)').check();
  await page.getByRole('button', { name: 'Import 3 mappings' }).click();
  // The skipped row's mapping is left out (its item, valid in itself, is kept).
  await expect(page.getByText('Imported 3 mappings and 3 items')).toBeVisible();
});

test('an export with errors open in Problems lists them and writes only after the user confirms', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Exchange with errors');
  await page.getByRole('button', { name: 'Export / Import' }).click();
  // A second exactMatch for D-1 into the same vocabulary: an error in Problems.
  const twoExacts = `${CROSSWALK}\r\nD-1,Data analysts,"Analyse data, report.",http://data.europa.eu/esco/occupation/a3,data scientist,,exactMatch`;
  await page
    .getByLabel('Mapping file')
    .setInputFiles({ name: 'two-exacts.csv', mimeType: 'text/csv', buffer: Buffer.from(twoExacts, 'utf8') });
  await page.getByLabel('Status when the file has none').selectOption('accepted');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Import 4 mappings' }).click();
  await expect(page.getByText('Imported 4 mappings and 2 items')).toBeVisible();

  await page.getByLabel('Export format').selectOption('sssom');
  await page.getByRole('button', { name: 'Export…' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'open in Problems' });
  await expect(warning).toContainText('1 error is open in Problems for these items. Export anyway?');
  await expect(page.getByRole('list', { name: 'Errors open in Problems' }).getByRole('listitem')).toHaveText([
    /^Data analysts: exactMatch to 2 concepts of the same scheme/,
  ]);
  // Cancelling writes nothing; asking again and confirming downloads the file.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toHaveCount(0);
  await page.getByRole('button', { name: 'Export…' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export anyway…' }).click();
  await downloading;
  await expect(page.getByRole('status').filter({ hasText: 'Exported 4 mappings' })).toContainText('Only accepted mappings were exported.');
  await expect(page.getByRole('list', { name: 'Errors open at export' }).getByRole('listitem')).toHaveCount(1);
});
