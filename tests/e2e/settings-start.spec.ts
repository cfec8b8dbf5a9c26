import fs from 'node:fs';
import path from 'node:path';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, setUpMappingData, uploadFile } from './workbench-setup.js';

const ITEMS = 600;

function catalogueCsv(): string {
  const lines = ['Outcome ID;Learning outcome;Module'];
  for (let n = 1; n <= ITEMS; n++) lines.push(`ST-${n};Outcome ${n}: analyse data and explain the results;M${n % 4}`);
  return `${lines.join('\n')}\n`;
}

test('Settings opens from the start screen: the person is set there, the project part waits for a project, and History names the person', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('button', { name: 'Start', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button', { name: 'Workbench', exact: true })).toHaveCount(0);
  // The other views that need no project open too (the page fails on any console error).
  for (const view of ['Vocabularies', 'Versions']) {
    await nav.getByRole('button', { name: view, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(view);
  }
  await nav.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('region', { name: 'Settings' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  // The project's fields are there but disabled, saying why.
  await expect(settings.getByLabel('URI base')).toBeDisabled();
  await expect(settings.getByLabel('Default status of new mappings')).toBeDisabled();
  await expect(settings.getByRole('button', { name: 'Save project settings' })).toBeDisabled();
  await expect(settings.getByText(/No project is open: these settings are kept in each project file/)).toBeVisible();
  await expect(settings.getByLabel('Name')).toHaveValue('E2E Curator');
  await settings.getByLabel('Name').fill('Dora Start');
  await settings.getByLabel('E-mail (optional)').fill('dora@example.org');
  await settings.getByRole('button', { name: 'Save person' }).click();
  await expect(page.getByText('Saved: changes are now recorded as Dora Start')).toBeVisible();

  // Back to the start screen, a new project: its settings can be changed now.
  await nav.getByRole('button', { name: 'Start', exact: true }).click();
  await createProjectInUi(page, 'Started from Settings');
  await nav.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(settings.getByLabel('URI base')).toBeEnabled();
  await expect(settings.getByText(/No project is open/)).toHaveCount(0);
  await expect(settings.getByLabel('Name')).toHaveValue('Dora Start');

  // A decision on a 600-item source is recorded as the person's.
  await setUpMappingData(page, served);
  const file = path.join(served.dataDir, 'catalogue.csv');
  fs.writeFileSync(file, catalogueCsv());
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, file), schemeTitle: 'Start catalogue' });
  await nav.getByRole('button', { name: 'Workbench', exact: true }).click();
  await page.getByRole('combobox', { name: /^Source/ }).selectOption({ label: `Start catalogue (${ITEMS})` });
  await page.getByRole('searchbox', { name: 'Filter items' }).fill('Outcome 9:');
  await page.getByRole('grid', { name: 'Source items' }).getByTestId('item-row').first().click();
  await expect(page.getByTestId('selected-item-text')).toContainText('Outcome 9:');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: /^Add a mapping from Example skills/ });
  await expect(dialog.getByRole('combobox', { name: 'Search concepts' })).toBeFocused();
  await page.keyboard.type('analyse');
  await expect(dialog.getByRole('option', { name: /analyse data/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await nav.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('table', { name: 'Mapping history' });
  await expect(history.getByRole('row').nth(1)).toContainText('Dora Start');
  await expect(history.getByRole('row').nth(1)).toContainText('ST-9');

  // Closing the project comes back to the start screen.
  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crosswalk');
  await expect(nav.getByRole('button', { name: 'Start', exact: true })).toHaveAttribute('aria-current', 'page');
});
