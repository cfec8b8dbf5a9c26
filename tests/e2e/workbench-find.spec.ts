import fs from 'node:fs';
import path from 'node:path';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, setUpMappingData, uploadFile } from './workbench-setup.js';

const COURSES = ['Data analysis', 'Programming', 'Communication'];
const ITEMS = 600;

/** A catalogue of 600 outcomes over three courses, as a CSV the test imports through the API. */
function catalogueCsv(): string {
  const lines = ['Outcome ID;Learning outcome;Module;Module title'];
  for (let n = 1; n <= ITEMS; n++) {
    const course = COURSES[n % 3]!;
    lines.push(
      `CS-${n};Outcome number ${n}: work with data and explain the results clearly to others in course ${course};M${n % 3};${course}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

test('finds items in a 600-item source by text, status and course, sorts them and keeps it all across views and a restart', async ({
  page,
  served,
}) => {
  // A long scenario (600 items, several views, a restart): on a loaded 2-core machine it took 42 s alone.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(served.url);
  await createProjectInUi(page, 'Find and focus');
  await setUpMappingData(page, served);
  const file = path.join(served.dataDir, 'catalogue.csv');
  fs.writeFileSync(file, catalogueCsv());
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, file), schemeTitle: 'Course catalogue' });
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();

  await page.getByRole('combobox', { name: /^Source/ }).selectOption({ label: `Course catalogue (${ITEMS})` });
  const grid = page.getByRole('grid', { name: 'Source items' });
  const shown = page.getByTestId('items-shown');
  await expect(shown).toHaveText(`${ITEMS} items`);

  // The filter box matches ids and texts; the list says how many it shows.
  const filter = page.getByRole('searchbox', { name: 'Filter items' });
  await filter.fill('cs-42');
  await expect(shown).toContainText(`11 of ${ITEMS} items shown`);
  await expect(grid).toHaveAttribute('aria-rowcount', '12');
  await filter.fill('course Programming number 7');
  await expect(shown).toContainText(`of ${ITEMS} items shown`);
  await expect(grid.getByTestId('item-row').first()).toContainText('CS-7');

  // At 1280 px the text is readable in the list, and whole on hover.
  const text = grid.getByTestId('item-row').first().locator('.col-text');
  expect((await text.boundingBox())!.width).toBeGreaterThan(160);
  await expect(text).toHaveAttribute(
    'title',
    'Outcome number 7: work with data and explain the results clearly to others in course Programming',
  );

  // "/" opens the target search with the caret in its field; the title names the vocabulary once.
  await grid.getByTestId('item-row').first().click();
  await expect(page.getByTestId('selected-item-text')).toContainText('Outcome number 7:');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: /^Add a mapping from Example skills/ });
  await expect(dialog).toBeVisible();
  const search = dialog.getByRole('combobox', { name: 'Search concepts' });
  await expect(search).toBeFocused();
  expect((await dialog.innerText()).match(/Example skills/g)).toHaveLength(1);
  await page.keyboard.type('analyse');
  await expect(dialog.getByRole('option', { name: /analyse data/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Status and course filters.
  await filter.fill('');
  await expect(shown).toHaveText(`${ITEMS} items`);
  await page.getByRole('radio', { name: /^Accepted/ }).click();
  await expect(shown).toContainText(`1 of ${ITEMS} items shown`);
  await expect(grid.getByTestId('item-row')).toHaveCount(1);
  await expect(grid.getByTestId('item-row')).toContainText('CS-7');
  await page.getByRole('radio', { name: /^All/ }).click();
  await page.getByRole('combobox', { name: /^Course/ }).selectOption('Communication');
  await expect(shown).toContainText(`200 of ${ITEMS} items shown`);

  // Sorting by the ID column: numbers in order, then turned round.
  const idHeader = grid.getByRole('columnheader', { name: /Sort by ID/ });
  await idHeader.getByRole('button').click();
  await expect(idHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.getByTestId('item-row').first()).toContainText('CS-2');
  await idHeader.getByRole('button').click();
  await expect(idHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.getByTestId('item-row').first()).toContainText('CS-599');
  await grid.getByTestId('item-row').nth(2).click();
  await expect(page.getByTestId('selected-item-text')).toContainText('Outcome number 593:');
  await filter.fill('number 59');

  async function expectKept() {
    await expect(page.getByRole('combobox', { name: /^Source/ }).locator('option:checked')).toHaveText(/Course catalogue/);
    await expect(filter).toHaveValue('number 59');
    await expect(page.getByRole('combobox', { name: /^Course/ })).toHaveValue('Communication');
    await expect(idHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(grid.locator('[aria-selected="true"]')).toContainText('CS-593');
    await expect(page.getByTestId('selected-item-text')).toContainText('Outcome number 593:');
  }
  await expectKept();
  // Another view and back.
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(filter).toBeHidden();
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  await expectKept();
  // A restart of the window.
  await page.reload();
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  await expectKept();
});
