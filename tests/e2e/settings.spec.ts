import fs from 'node:fs';
import path from 'node:path';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, setUpMappingData, uploadFile } from './workbench-setup.js';

const ITEMS = 600;

/** A catalogue of 600 outcomes, as a CSV the test imports through the API. */
function catalogueCsv(): string {
  const lines = ['Outcome ID;Learning outcome;Module;Module title'];
  for (let n = 1; n <= ITEMS; n++)
    lines.push(`CS-${n};Outcome number ${n}: analyse data and explain the results;M${n % 3};Course ${n % 3}`);
  return `${lines.join('\n')}\n`;
}

test('the person set in Settings is the author in History and in the SSSOM author_id', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Who is working');
  await setUpMappingData(page, served);
  const file = path.join(served.dataDir, 'catalogue.csv');
  fs.writeFileSync(file, catalogueCsv());
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, file), schemeTitle: 'Course catalogue' });

  // Settings: one view, one h1; a wrong check digit is caught before saving.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('region', { name: 'Settings' });
  await expect(settings.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(settings.getByLabel('Name')).toHaveValue('E2E Curator');
  await settings.getByLabel('Name').fill('Ana Curator');
  await settings.getByLabel('ORCID iD (optional)').fill('0000-0002-1825-0098');
  await settings.getByRole('button', { name: 'Save person' }).click();
  await expect(settings.getByText(/does not check out/)).toBeVisible();
  await settings.getByLabel('ORCID iD (optional)').fill('0000-0002-1825-0097');
  await settings.getByRole('button', { name: 'Save person' }).click();
  await expect(page.getByText('Saved: changes are now recorded as Ana Curator')).toBeVisible();
  await expect(settings.getByLabel('Default status of new mappings')).toHaveValue('accepted');

  // A decision in the workbench, on the 600-item source.
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  await page.getByRole('combobox', { name: /^Source/ }).selectOption({ label: `Course catalogue (${ITEMS})` });
  const grid = page.getByRole('grid', { name: 'Source items' });
  await page.getByRole('searchbox', { name: 'Filter items' }).fill('Outcome number 7:');
  await grid.getByTestId('item-row').first().click();
  await expect(page.getByTestId('selected-item-text')).toContainText('Outcome number 7:');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: /^Add a mapping from Example skills/ });
  await expect(dialog.getByRole('combobox', { name: 'Search concepts' })).toBeFocused();
  await page.keyboard.type('analyse');
  await expect(dialog.getByRole('option', { name: /analyse data/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // History names the person.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('table', { name: 'Mapping history' });
  await expect(history.getByRole('row').nth(1)).toContainText('Ana Curator');
  await expect(history.getByRole('row').nth(1)).toContainText('CS-7');
  await expect(page.getByRole('combobox', { name: 'Who' })).toContainText('Ana Curator');

  // The SSSOM export gives the ORCID iD as author_id and the name as author_label.
  await page.getByRole('button', { name: 'Export / Import' }).click();
  await page.getByRole('combobox', { name: 'Source', exact: true }).selectOption({ label: `Course catalogue (${ITEMS} items)` });
  await page.getByLabel('Export format').selectOption('sssom');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…' }).click();
  const saved = path.join(served.dataDir, 'who.sssom.tsv');
  await (await downloading).saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8');
  expect(text).toContain('orcid: https://orcid.org/');
  const rows = text.split('\n').filter((line) => line && !line.startsWith('#'));
  const header = rows[0]!.split('\t');
  // Every item is listed; the one mapped is the decision made above.
  const mapped = rows
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cells) => cells[header.indexOf('curation_status')] !== 'unmapped');
  expect(rows).toHaveLength(ITEMS + 1);
  expect(mapped).toHaveLength(1);
  const row = mapped[0]!;
  expect(row[header.indexOf('subject_label')]).toContain('Outcome number 7:');
  expect(row[header.indexOf('author_id')]).toBe('orcid:0000-0002-1825-0097');
  expect(row[header.indexOf('author_label')]).toBe('Ana Curator');
});

test.describe('without a name', () => {
  test.use({ person: '' });

  test('asks once who is working, and the answer becomes the person in Settings', async ({ page, served }) => {
    await page.goto(served.url);
    const prompt = page.getByRole('dialog', { name: 'Who is working?' });
    await expect(prompt).toBeVisible();
    await expect(prompt.getByLabel('Name')).toBeFocused();
    await prompt.getByRole('button', { name: 'Save and continue' }).click();
    await expect(prompt.getByText(/Enter your name/)).toBeVisible();
    await prompt.getByLabel('Name').fill('Ben Reviewer');
    await prompt.getByRole('button', { name: 'Save and continue' }).click();
    await expect(prompt).toBeHidden();
    await createProjectInUi(page, 'Asked once');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Settings' }).getByLabel('Name')).toHaveValue('Ben Reviewer');
    // Asked once: a reload with a name saved does not ask again.
    await page.reload();
    await expect(page.getByTestId('project-title')).toHaveText('Asked once');
    await expect(prompt).toBeHidden();
  });
});
