import { createProjectInUi, expect, test } from './fixtures.js';

const CSV = [
  'Outcome ID;Learning outcome;Module;Module title;Credits;Level;Subject code',
  'AW-1;Explain the WCAG 2.2 principles;AW;Accessible web design;4;6;0613',
  'AW-2;Test pages with a screen reader;AW;Accessible web design;4;6;0613',
  'AW-3;;AW;Accessible web design;4;6;0613',
  '',
].join('\n');

test('imports a CSV through the column mapping, fixes a flagged row, edits the course and sees the edits after reopening', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Sources e2e');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Import a source' });
  await dialog.getByLabel(/^File/).setInputFiles({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('delimiter ";"');
  await expect(dialog.getByTestId('import-summary')).toContainText('1 errors');

  // The guessed mapping leaves the ISCED-F column open: map it by hand.
  await expect(dialog.getByLabel('Text (learning outcome)', { exact: true })).toHaveValue('Learning outcome');
  await dialog.getByLabel('ISCED-F code', { exact: true }).selectOption('Subject code');

  const flagged = dialog.getByTestId('flagged-row');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText('empty text');
  await dialog.getByLabel('Fix Text (learning outcome) in row 4').fill('Write accessible alternative texts');
  await dialog.getByRole('button', { name: 'Check again' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('0 errors');
  await expect(dialog.getByTestId('flagged-row')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported: 3 added')).toBeVisible();

  const rows = page.getByTestId('source-item-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('Write accessible alternative texts');

  // Edit the course's constitutive elements.
  await page.getByLabel('Course', { exact: true }).selectOption({ label: 'Accessible web design' });
  const form = page.getByRole('form', { name: 'Course Accessible web design' });
  await expect(form.getByLabel('ISCED-F 2013 field')).toHaveValue('0613');
  await form.getByLabel('ECTS credits').fill('5');
  await form.getByLabel('EQF level').selectOption('7');
  await form.getByRole('button', { name: 'Save course' }).click();
  await expect(page.getByText('Saved "Accessible web design"')).toBeVisible();

  // Reopen the project from the recent list after a reload: the edits are in the file.
  await page.getByRole('button', { name: 'Close project' }).click();
  await page.reload();
  await page.getByRole('button', { name: /^Sources e2e/ }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByTestId('source-item-row')).toHaveCount(3);
  await page.getByLabel('Course', { exact: true }).selectOption({ label: 'Accessible web design' });
  const reopened = page.getByRole('form', { name: 'Course Accessible web design' });
  await expect(reopened.getByLabel('ECTS credits')).toHaveValue('5');
  await expect(reopened.getByLabel('EQF level')).toHaveValue('7');
});

test('opens the demo project from the home screen', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open demo project' }).click();
  await expect(page.getByTestId('project-title')).toHaveText('Crosswalk demo: Web Accessibility micro-credential');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByTestId('source-item-row')).toHaveCount(10);
});
