import fs from 'node:fs';
import { createProjectInUi, expect, test } from './fixtures.js';

test('creates a project in the served UI, reopens it and sees its title', async ({ page, served }) => {
  await page.goto(served.url);
  await expect(page.getByRole('heading', { name: 'Crosswalk', level: 1 })).toBeVisible();
  await createProjectInUi(page, 'MicroHE data literacy → ESCO');

  // Edit the project's own metadata.
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await page.getByLabel('Description').fill('Learning outcomes of the data literacy micro-credential mapped to ESCO skills.');
  await page.getByRole('button', { name: 'Save properties' }).click();
  await expect(page.getByText('Project properties saved')).toBeVisible();

  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('heading', { name: 'Projects', exact: true })).toBeVisible();

  // Reopen from the data folder's list after a full reload: the state lives in the project file.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Projects in the data folder' })).toContainText('microhe-data-literacy-esco.crosswalk');
  await page.getByRole('button', { name: /^MicroHE data literacy → ESCO/ }).click();
  await expect(page.getByTestId('project-title')).toHaveText('MicroHE data literacy → ESCO');
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page.getByLabel('Description')).toHaveValue(
    'Learning outcomes of the data literacy micro-credential mapped to ESCO skills.',
  );
});

test('Save As names a copy in the data folder and Open lists the folder, never a typed path', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Original');
  await page.getByRole('button', { name: 'Save As…' }).click();
  const nameField = page.getByLabel('New file name in the data folder');
  // A path is refused with one line, and nothing is written outside the data folder.
  await nameField.fill('../escaped');
  await page.getByRole('button', { name: 'Save copy and continue in it' }).click();
  await expect(page.getByRole('alert')).toContainText('is not a project in the data folder');
  expect(fs.existsSync(`${served.dataDir}/escaped.crosswalk`)).toBe(false);
  await nameField.fill('renamed');
  await page.getByRole('button', { name: 'Save copy and continue in it' }).click();
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page.getByText(`${served.dataDir}/projects/renamed.crosswalk`)).toBeVisible();

  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: 'Open project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open project' });
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: /renamed\.crosswalk/ }).click();
  await expect(page.getByTestId('project-title')).toHaveText('Original');
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page.getByText(`${served.dataDir}/projects/renamed.crosswalk`)).toBeVisible();
});

test('shows a clear error for a file that is not a project', async ({ page, served }) => {
  fs.writeFileSync(`${served.dataDir}/projects/notes.crosswalk`, 'meeting notes, not a database\n'.repeat(100));
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open project…' }).click();
  await page
    .getByRole('dialog', { name: 'Open project' })
    .getByRole('button', { name: /notes\.crosswalk/ })
    .click();
  await expect(page.getByRole('alert')).toContainText('is not a Crosswalk project');
});
