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
  await expect(page.getByRole('heading', { name: 'Recent projects' })).toBeVisible();

  // Reopen from the recent list after a full reload: the state lives in the project file.
  await page.reload();
  await page.getByRole('button', { name: /^MicroHE data literacy → ESCO/ }).click();
  await expect(page.getByTestId('project-title')).toHaveText('MicroHE data literacy → ESCO');
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page.getByLabel('Description')).toHaveValue('Learning outcomes of the data literacy micro-credential mapped to ESCO skills.');
});

test('Save As continues in the copy and Open finds a project by path', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Original');
  await page.getByRole('button', { name: 'Save As…' }).click();
  const copyPath = `${served.dataDir}/copies/renamed.crosswalk`;
  await page.getByLabel("New project file on the server's machine").fill(copyPath);
  await page.getByRole('button', { name: 'Save copy and continue in it' }).click();
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page.getByText(copyPath)).toBeVisible();

  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: 'Open project…' }).click();
  await page.getByLabel("Project file on the server's machine").fill(copyPath);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('project-title')).toHaveText('Original');
});

test('shows a clear error for a file that is not a project', async ({ page, served }) => {
  fs.writeFileSync(`${served.dataDir}/notes.crosswalk`, 'meeting notes, not a database\n'.repeat(100));
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open project…' }).click();
  await page.getByLabel("Project file on the server's machine").fill(`${served.dataDir}/notes.crosswalk`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('is not a Crosswalk project');
});
