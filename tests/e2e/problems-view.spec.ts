import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, conceptUri, setUpMappingData } from './workbench-setup.js';

const SECOND_SOURCE = Array.from({ length: 600 }, (_, i) => ({
  key: `K${String(i + 1).padStart(3, '0')}`,
  text: `Second source outcome number ${i + 1}`,
}));

test('Problems names targets by their labels and filters by source and by rule', async ({ page, served }) => {
  test.setTimeout(180_000);
  await page.goto(served.url);
  await createProjectInUi(page, 'Problems with labels');
  const { itemIds, vocabularyId } = await setUpMappingData(page, served);
  const second = await callApi<{ id: number }>(page, served, 'sources-createScheme', { title: 'Second source', language: 'en' });
  const secondIds: number[] = [];
  for (const item of SECOND_SOURCE.slice(0, 80))
    secondIds.push((await callApi<{ id: number }>(page, served, 'sources-addItem', { schemeId: second.id, language: 'en', ...item })).id);
  const target = (label: string) => ({ uri: conceptUri(label), label, vocabularyId });
  await callApi(page, served, 'mappings-create', {
    mappings: [
      // Second source, K075: exactMatch and broadMatch to one target.
      { sourceItemId: secondIds[74]!, target: target('analyse data'), relation: 'exactMatch', status: 'accepted' },
      { sourceItemId: secondIds[74]!, target: target('analyse data'), relation: 'broadMatch', status: 'accepted' },
      // First source, LO2: exactMatch to two concepts of one scheme.
      { sourceItemId: itemIds[1]!, target: target('write Python scripts'), relation: 'exactMatch', status: 'accepted' },
      { sourceItemId: itemIds[1]!, target: target('visualise data'), relation: 'exactMatch', status: 'accepted' },
    ],
  });

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Problems', exact: true }).click();
  const table = page.getByRole('table', { name: 'Problems' });
  const conflict = table.locator('tr[data-rule="exact-with-other-relation"]');
  await expect(conflict).toContainText('K075');
  // The target is named by its label; the URI stays on hover.
  await expect(conflict.locator('.target-label')).toHaveText('analyse data');
  await expect(conflict.locator('.target-label')).toHaveAttribute('title', conceptUri('analyse data'));
  await expect(conflict).not.toContainText(conceptUri('analyse data'));
  const twoExact = table.locator('tr[data-rule="exact-multiple-same-scheme"]');
  await expect(twoExact).toContainText('LO2');
  await expect(twoExact).toContainText('write Python scripts');

  // By source: only the second source's problems.
  await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Second source' });
  await expect(twoExact).toHaveCount(0);
  await expect(conflict).toHaveCount(1);
  await expect(table.locator('tbody tr').filter({ hasText: /LO\d/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'all sources' });
  await expect(twoExact).toHaveCount(1);

  // By rule: only that rule's rows.
  await page.getByRole('combobox', { name: 'Rule' }).selectOption({ label: 'exactMatch together with broad / narrow / related' });
  await expect(twoExact).toHaveCount(0);
  await expect(conflict).toHaveCount(1);
  await expect(table.locator('tbody tr:not([data-rule="exact-with-other-relation"])')).toHaveCount(0);
});
