import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, conceptUri, OUTCOMES, setUpMappingData } from './workbench-setup.js';

interface MappingRow {
  sourceKey: string;
  relation: string | null;
  status: string;
  target: { uri: string } | null;
}

test('maps five items using only the keyboard, with undo and redo', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Keyboard mapping');
  await setUpMappingData(page, served);
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();

  const grid = page.getByRole('grid', { name: 'Source items' });
  await expect(grid.getByTestId('item-row')).toHaveCount(5);
  const candidates = page.getByRole('listbox', { name: 'Mappings and suggestions' });
  const announcer = page.getByTestId('workbench-announcer');

  // "Suggest all" runs in the background and says when the proposals are stored.
  await page.getByRole('button', { name: 'Suggest all' }).click();
  await expect(page.getByText('Suggestions ready for 5 item(s)')).toBeVisible();

  // "?" lists every shortcut.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Workbench shortcuts' });
  await expect(shortcuts.getByText('Next source item')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  for (const [index, outcome] of OUTCOMES.entries()) {
    await expect(grid.locator('[aria-selected="true"]')).toContainText(outcome.key);
    // The top candidate is highlighted, with the matched terms marked.
    const top = candidates.getByRole('option').first();
    await expect(top).toContainText(outcome.target);
    await expect(top).toHaveAttribute('aria-selected', 'true');
    await expect(top.locator('mark').first()).toBeVisible();
    await page.keyboard.press('1');
    await expect(announcer).toContainText(`${outcome.key}: exact match to ${outcome.target}`);
    await expect(candidates.getByRole('option').first()).toContainText('accepted');
    if (index < OUTCOMES.length - 1) await page.keyboard.press('j');
  }

  // Ctrl+Z takes the last mapping back, Ctrl+Shift+Z restores it.
  await page.keyboard.press('Control+z');
  await expect(announcer).toContainText('Undone');
  await expect(grid.locator('[aria-selected="true"]')).toContainText('unmapped');
  await page.keyboard.press('Control+Shift+Z');
  await expect(announcer).toContainText('Redone');
  await expect(grid.locator('[aria-selected="true"]')).toContainText('accepted');

  const { rows } = await callApi<{ rows: MappingRow[] }>(page, served, 'mappings-list', {});
  expect(rows.map((r) => [r.sourceKey, r.relation, r.status, r.target?.uri]).sort()).toEqual(
    OUTCOMES.map((o) => [o.key, 'exactMatch', 'accepted', conceptUri(o.target)]).sort(),
  );
  await page.getByRole('radio', { name: /^Unmapped/ }).click();
  await expect(grid.getByTestId('item-row')).toHaveCount(0);
});

test('the problems panel flags exactMatch together with broadMatch to the same target', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Conflicts');
  await setUpMappingData(page, served);
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  const candidates = page.getByRole('listbox', { name: 'Mappings and suggestions' });
  await expect(candidates.getByRole('option').first()).toContainText('analyse data');
  await page.keyboard.press('1');
  await expect(candidates.locator('.badge-relation').filter({ hasText: /^exact match$/ })).toBeVisible();

  // Add a broad match to the same concept through the type-ahead search (/).
  await page.getByRole('radio', { name: /broad match/ }).check();
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: /^Search/ });
  await search.fill('analyse');
  await expect(page.getByRole('listbox', { name: 'Matching concepts' }).getByRole('option', { name: /analyse data/ })).toBeVisible();
  await search.press('Enter');
  await expect(candidates.locator('.badge-relation').filter({ hasText: /^broad match$/ })).toBeVisible();

  // The workbench shows the item's problems once the checks ran...
  await expect(page.getByRole('list', { name: 'Problems of this item' })).toContainText('exactMatch and broadMatch to the same target');
  // ...and the problems panel lists them for the whole project.
  await page.getByRole('button', { name: 'Problems', exact: true }).click();
  const problems = page.getByRole('table', { name: 'Problems' });
  const conflict = problems.locator('tr[data-rule="exact-with-other-relation"]');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('LO1');

  // Each rule can be switched off for the project.
  await page
    .getByRole('group', { name: 'Rules' })
    .getByRole('checkbox', { name: /exactMatch together with broad/ })
    .uncheck();
  await expect(conflict).toHaveCount(0);
});

test('history lists who changed what and filters it; coverage shows the counts', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'History and coverage');
  const { vocabularyId } = await setUpMappingData(page, served);
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  const candidates = page.getByRole('listbox', { name: 'Mappings and suggestions' });
  await expect(candidates.getByRole('option').first()).toContainText('analyse data');
  await page.keyboard.press('2');
  await expect(candidates.locator('.badge-relation').filter({ hasText: /^close match$/ })).toBeVisible();
  await page.keyboard.press('u');
  await expect(candidates.locator('.badge-status-unsure')).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.getByTestId('selected-item-text')).toContainText('Python');
  await page.keyboard.press('n');
  await expect(candidates.getByRole('option').first()).toContainText(`No match in ${vocabularyId}`);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('table', { name: 'Mapping history' });
  await expect(history.getByRole('row')).toHaveCount(4); // header + create, update, create
  await expect(history).toContainText('close match → analyse data (unsure)');
  await page.getByLabel('Change').selectOption('update');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('status: accepted → unsure');
  await page.getByLabel('Change').selectOption('');
  await page.getByLabel('Text in item or target').fill('Python');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText(`no match in ${vocabularyId}`);

  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  await expect(page.getByTestId('coverage-total')).toContainText('5 items: 0 mapped, 0 proposed only, 1 unsure, 1 no match, 3 unmapped');
  const perSource = page.getByRole('table', { name: 'Items per source' });
  await expect(perSource.getByRole('row', { name: /Data literacy outcomes/ })).toContainText('5');
});

test('bulk accept of checked items after a confirmation that says how many; a similar item then shows "from earlier decisions"', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Bulk');
  await setUpMappingData(page, served);
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Source items' });
  await grid.getByRole('checkbox', { name: 'Select LO2 for bulk actions' }).check();
  await grid.getByRole('checkbox', { name: 'Select LO3 for bulk actions' }).check();
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel(/Accept top suggestion if score/).fill('0.5');
  // Bulk accept uses stored proposals only: without "Suggest all" there is nothing to accept.
  await bulk.getByRole('button', { name: /Accept top/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm bulk action' });
  await expect(confirm).toContainText('2 item(s) have no stored suggestions in this vocabulary and scope — run Suggest all first.');
  await expect(confirm.getByRole('button', { name: 'Nothing to do' })).toBeDisabled();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Suggest all' }).click();
  await expect(page.getByText('Suggestions ready for 5 item(s)')).toBeVisible();
  await bulk.getByRole('button', { name: /Accept top/ }).click();
  await expect(confirm).toContainText('for 2 of 2 item(s)');
  await confirm.getByRole('button', { name: 'Yes, change 2' }).click();
  await expect(grid.getByRole('row', { name: /LO2/ })).toContainText('accepted');
  await expect(grid.getByRole('row', { name: /LO3/ })).toContainText('accepted');
  await expect(grid.getByRole('row', { name: /LO1/ })).toContainText('unmapped');

  // A new, similar outcome: the target accepted for LO2 comes "from earlier decisions".
  const { schemeId } = (await callApi<{ id: number; schemeId: number }[]>(page, served, 'sources-listItems', {}))[0]!;
  await callApi(page, served, 'sources-addItem', { schemeId, key: 'LO6', text: 'Write Python scripts for data cleaning', language: 'en' });
  await grid.getByRole('row', { name: /LO6/ }).click();
  await expect(page.getByTestId('selected-item-text')).toContainText('data cleaning');
  const learned = page
    .getByRole('listbox', { name: 'Mappings and suggestions' })
    .getByRole('option')
    .filter({ hasText: 'write Python scripts' });
  await expect(learned.getByText('from earlier decisions')).toBeVisible();
});
