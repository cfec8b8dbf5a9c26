import type { Route } from '@playwright/test';
import { createProjectInUi, expect, test } from './fixtures.js';

const ROWS = 600;

/** Headers no guess recognises except the sentences: id, course id and course title are the user's to map. */
function catalogueCsv(): string {
  const lines = ['Ref;Sentence;Unit;Unit name'];
  for (let n = 1; n <= ROWS; n++) lines.push(`R-${n};Explain the results of data analysis number ${n} to a panel;U${n % 4};Unit ${n % 4}`);
  return `${lines.join('\n')}\n`;
}

test('changing three columns quickly, then "Check again", keeps every change although earlier answers arrive last', async ({
  page,
  served,
}) => {
  test.setTimeout(180_000);
  await page.goto(served.url);
  await createProjectInUi(page, 'Column roles');
  // Previews answer in reverse order: the answer to the first column change is the slowest.
  const delays = [0, 6000, 3000, 0];
  let requests = 0;
  let answered = 0;
  await page.route('**/api/sources-importPreview', async (route: Route) => {
    const delay = delays[requests++] ?? 0;
    // A kept-alive connection the server has just closed resets once in a while: the preview only reads, so ask again.
    const response = await route.fetch().catch(() => route.fetch());
    const answer = { status: response.status(), headers: response.headers(), body: await response.body() };
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.fulfill(answer);
    answered++;
  });

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a source' });
  await dialog
    .getByLabel(/^File/)
    .setInputFiles({ name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogueCsv(), 'utf8') });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const summary = dialog.getByTestId('import-summary');
  await expect(summary).toContainText(`${ROWS} rows → ${ROWS} items in 0 courses`);
  const id = dialog.getByLabel('Item id', { exact: true });
  const course = dialog.getByLabel('Course id', { exact: true });
  const title = dialog.getByLabel('Course title', { exact: true });
  await expect(dialog.getByLabel('Text (learning outcome)', { exact: true })).toHaveValue('Sentence');
  await expect(id).toHaveValue('');

  // Three roles in a row, each answer still on its way when the next change is made.
  await id.selectOption('Ref');
  await course.selectOption('Unit');
  await title.selectOption('Unit name');
  await expect.poll(() => answered, { timeout: 60_000 }).toBe(4);
  await expect(id).toHaveValue('Ref');
  await expect(course).toHaveValue('Unit');
  await expect(title).toHaveValue('Unit name');

  await dialog.getByRole('button', { name: 'Check again' }).click();
  await expect.poll(() => answered).toBe(5);
  await expect(id).toHaveValue('Ref');
  await expect(course).toHaveValue('Unit');
  await expect(title).toHaveValue('Unit name');
  await expect(summary).toContainText(`${ROWS} rows → ${ROWS} items in 4 courses`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(`Imported: ${ROWS} added`)).toBeVisible();
  await page.getByLabel('Course', { exact: true }).selectOption({ label: 'Unit 3' });
  await expect(page.getByTestId('source-item-row').first()).toContainText('R-3');
});
