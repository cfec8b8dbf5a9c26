import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, conceptUri, setUpMappingData } from './workbench-setup.js';

/** Enough items that the last ones start outside the virtualized table's viewport. */
const SECOND_SOURCE = Array.from({ length: 80 }, (_, i) => ({
  key: `K${String(i + 1).padStart(3, '0')}`,
  text: `Second source outcome number ${i + 1}`,
}));

test('"Show in workbench" from Problems and History selects the item in its source and scrolls to it', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Jump to item');
  const { schemeId: firstScheme, itemIds, vocabularyId } = await setUpMappingData(page, served);
  // A second source whose item K075 gets an exactMatch and a broadMatch to the same concept.
  const second = await callApi<{ id: number }>(page, served, 'sources-createScheme', { title: 'Second source', language: 'en' });
  const secondIds: number[] = [];
  for (const item of SECOND_SOURCE)
    secondIds.push((await callApi<{ id: number }>(page, served, 'sources-addItem', { schemeId: second.id, language: 'en', ...item })).id);
  const target = { uri: conceptUri('analyse data'), label: 'analyse data', vocabularyId };
  await callApi(page, served, 'mappings-create', {
    mappings: [
      { sourceItemId: secondIds[74]!, target, relation: 'exactMatch', status: 'accepted' },
      { sourceItemId: secondIds[74]!, target, relation: 'broadMatch', status: 'accepted' },
    ],
  });
  // LO3 of the first source gets one plain mapping (for the History jump back).
  await callApi(page, served, 'mappings-create', {
    mappings: [
      {
        sourceItemId: itemIds[2]!,
        target: { ...target, uri: conceptUri('visualise data'), label: 'visualise data' },
        relation: 'closeMatch',
      },
    ],
  });

  // The workbench opens on the first source.
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: 'Workbench', exact: true }).click();
  const source = page.getByRole('combobox', { name: /^Source/ });
  await expect(source).toHaveValue(String(firstScheme));
  const grid = page.getByRole('grid', { name: 'Source items' });
  await expect(grid.getByTestId('item-row')).toHaveCount(5);

  // Problems → "Show in workbench: K075", by keyboard.
  await nav.getByRole('button', { name: 'Problems', exact: true }).click();
  const conflict = page.getByRole('table', { name: 'Problems' }).locator('tr[data-rule="exact-with-other-relation"]');
  await expect(conflict).toContainText('K075');
  await conflict.getByRole('button', { name: 'Show in workbench: K075' }).focus();
  await page.keyboard.press('Enter');

  await expect(nav.getByRole('button', { name: 'Workbench', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(source).toHaveValue(String(second.id));
  const selected = grid.locator('[role="row"][aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText('K075');
  await expect(selected).toBeInViewport();
  await expect(grid).toBeFocused();
  await expect(grid).toHaveAttribute('aria-activedescendant', `item-row-${secondIds[74]}`);
  await expect(page.getByRole('list', { name: 'Problems of this item' })).toContainText('exactMatch and broadMatch to the same target');
  // The workbench shortcuts work from there: j moves to the next item.
  await page.keyboard.press('j');
  await expect(selected).toContainText('K076');

  // History → "Show in workbench: LO3" goes back to the first source.
  await nav.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('table', { name: 'Mapping history' }).getByRole('button', { name: 'Show in workbench: LO3' }).click();
  await expect(nav.getByRole('button', { name: 'Workbench', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(source).toHaveValue(String(firstScheme));
  await expect(selected).toContainText('LO3');
  await expect(selected).toBeInViewport();

  // The request was taken once: coming back to the workbench later keeps the user's own selection.
  await page.keyboard.press('j');
  await expect(selected).toContainText('LO4');
  await nav.getByRole('button', { name: 'Problems', exact: true }).click();
  await nav.getByRole('button', { name: 'Workbench', exact: true }).click();
  await expect(grid.getByTestId('item-row').first()).toBeVisible();
  await expect(selected).toContainText('LO4');
});
