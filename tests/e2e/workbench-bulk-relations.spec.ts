import fs from 'node:fs';
import path from 'node:path';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, conceptUri, setUpMappingData, uploadFile } from './workbench-setup.js';

const ITEMS = 600;

/** A catalogue of Python outcomes, so one decision on the first one boosts its target for all others. */
function catalogueCsv(): string {
  const lines = ['Outcome ID;Learning outcome;Module'];
  for (let n = 1; n <= ITEMS; n++) lines.push(`PY-${n};Write Python scripts that automate routine task ${n};M${n % 5}`);
  return `${lines.join('\n')}\n`;
}

test('bulk "accept top" keeps the relation of the earlier decision that boosted a candidate, and adds no second relation to a decided target', async ({
  page,
  served,
}) => {
  test.setTimeout(180_000);
  await page.goto(served.url);
  await createProjectInUi(page, 'Bulk relations');
  const { vocabularyId } = await setUpMappingData(page, served);
  const file = path.join(served.dataDir, 'python.csv');
  fs.writeFileSync(file, catalogueCsv());
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, file), schemeTitle: 'Python catalogue' });
  const scheme = (await callApi<{ id: number; title: string }[]>(page, served, 'sources-listSchemes')).find(
    (s) => s.title === 'Python catalogue',
  )!;
  const items = await callApi<{ id: number; key: string }[]>(page, served, 'sources-listItems', { schemeId: scheme.id });
  const idOf = (key: string) => items.find((i) => i.key === key)!.id;
  // Human decisions: PY-1 is a broad match of "write Python scripts"; PY-3 is unsure whether it is an exact match.
  const target = { uri: conceptUri('write Python scripts'), label: 'write Python scripts', vocabularyId };
  await callApi(page, served, 'mappings-create', {
    mappings: [
      { sourceItemId: idOf('PY-1'), target, relation: 'broadMatch', status: 'accepted' },
      { sourceItemId: idOf('PY-3'), target, relation: 'exactMatch', status: 'unsure' },
    ],
  });

  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  await page.getByRole('combobox', { name: /^Source/ }).selectOption({ label: `Python catalogue (${ITEMS})` });
  await expect(page.getByTestId('items-shown')).toHaveText(`${ITEMS} items`);
  await page.getByRole('button', { name: 'Suggest all' }).click();
  await expect(page.getByText(`Suggestions ready for ${ITEMS} item(s)`)).toBeVisible({ timeout: 120_000 });

  const grid = page.getByRole('grid', { name: 'Source items' });
  await grid.getByRole('checkbox', { name: 'Select PY-2 for bulk actions' }).check();
  await grid.getByRole('checkbox', { name: 'Select PY-3 for bulk actions' }).check();
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await bulk.getByLabel(/Accept top suggestion if score/).fill('0.3');
  await bulk.getByRole('button', { name: /Accept top/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm bulk action' });
  await expect(confirm).toContainText(
    'for 1 of 2 item(s)? 1 of them keep the relation of the earlier decisions that suggested them. 1 item(s) will be skipped.',
  );
  await confirm.getByRole('button', { name: 'Yes, change 1' }).click();
  await expect(grid.getByRole('row', { name: /PY-2\b/ })).toContainText('accepted');

  // PY-2 took the broad match of the decision on PY-1, not the relation of the bulk bar.
  await grid.getByRole('row', { name: /PY-2\b/ }).click();
  const decisions = page.getByRole('listbox', { name: 'Mappings and suggestions' });
  await expect(decisions.getByRole('option').first()).toContainText('write Python scripts');
  await expect(decisions.getByRole('option').first().locator('.badge-relation')).toHaveText('broad match');
  // PY-3 keeps its one (unsure) statement on that target.
  const statements = await callApi<{ rows: { relation: string; status: string }[] }>(page, served, 'mappings-list', {
    sourceItemIds: [idOf('PY-2'), idOf('PY-3')],
  });
  expect(statements.rows.map((m) => `${m.relation} ${m.status}`).sort()).toEqual(['broadMatch accepted', 'exactMatch unsure']);
});
