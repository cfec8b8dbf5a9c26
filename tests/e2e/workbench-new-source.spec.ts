import fs from 'node:fs';
import path from 'node:path';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, setUpMappingData, uploadFile } from './workbench-setup.js';

const ITEMS = 600;

/** A catalogue whose courses are its own (no other source has them). */
function catalogueCsv(prefix: string, courses: readonly string[]): string {
  const lines = ['Outcome ID;Learning outcome;Module;Module title'];
  for (let n = 1; n <= ITEMS; n++)
    lines.push(
      `${prefix}-${n};Outcome ${n} of ${prefix}: explain the results of a data analysis;M${n % courses.length};${courses[n % courses.length]}`,
    );
  return `${lines.join('\n')}\n`;
}

test('after importing another source, its 600 items show: the course filter of the previous source is cleared', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Two catalogues');
  await setUpMappingData(page, served);
  const first = path.join(served.dataDir, 'first.csv');
  fs.writeFileSync(first, catalogueCsv('FIRST', ['Statistics', 'Ethics']));
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, first), schemeTitle: 'First catalogue' });

  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  const source = page.getByRole('combobox', { name: /^Source/ });
  await source.selectOption({ label: `First catalogue (${ITEMS})` });
  const shown = page.getByTestId('items-shown');
  await expect(shown).toHaveText(`${ITEMS} items`);
  const course = page.getByRole('combobox', { name: /^Course/ });
  await course.selectOption('Ethics');
  await expect(shown).toContainText(`${ITEMS / 2} of ${ITEMS} items shown`);

  // A second catalogue arrives while the workbench is open (its source list follows the change).
  const second = path.join(served.dataDir, 'second.csv');
  fs.writeFileSync(second, catalogueCsv('SECOND', ['Marketing', 'Design', 'Law']));
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, second), schemeTitle: 'Second catalogue' });
  await source.selectOption({ label: `Second catalogue (${ITEMS})` });
  await expect(shown).toHaveText(`${ITEMS} items`);
  await expect(course).toHaveValue('');
  const grid = page.getByRole('grid', { name: 'Source items' });
  await expect(grid.getByTestId('item-row').first()).toContainText('SECOND-');
});
