import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, setUpMappingData } from './workbench-setup.js';

/** An outcome naming two skills of the example vocabulary (issue 14: decomposition with evidence). */
const OUTCOME = 'Students will be able to analyse data sets and communicate results to stakeholders';
const PARTS = ['analyse data sets', 'communicate results to stakeholders'];

test('with "Suggest per skill statement" on, Suggest all and bulk "accept top" tie the mapping to its part of the outcome', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await createProjectInUi(page, 'Suggest all per statement');
  const { schemeId } = await setUpMappingData(page, served);
  await callApi(page, served, 'sources-addItem', { schemeId, key: 'LO6', text: OUTCOME, language: 'en' });
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();

  const grid = page.getByRole('grid', { name: 'Source items' });
  await grid.getByTestId('item-row').filter({ hasText: 'LO6' }).click();
  const coverage = page.getByTestId('outcome-coverage');
  await expect(coverage).toContainText('0 of 2 parts covered');
  await page.getByLabel('Suggest per skill statement').check();
  await page.getByRole('button', { name: 'Suggest all' }).click();
  await expect(page.getByText(/Suggestions ready for \d+ item\(s\)/)).toBeVisible({ timeout: 60_000 });

  await grid.getByRole('checkbox', { name: 'Select LO6 for bulk actions' }).check();
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await bulk.getByLabel(/Accept top suggestion if score/).fill('0');
  await bulk.getByRole('button', { name: /Accept top/ }).click();
  await page.getByRole('dialog', { name: 'Confirm bulk action' }).getByRole('button', { name: 'Yes, change 1' }).click();

  // The stored proposal's statement spans became the mapping's evidence: one part covered, nothing untied.
  await expect(coverage).toContainText('1 of 2 parts covered');
  const { rows } = await callApi<{ rows: { sourceKey: string; status: string; evidence?: { start: number; end: number }[] }[] }>(
    page,
    served,
    'mappings-list',
    {},
  );
  const accepted = rows.find((r) => r.sourceKey === 'LO6')!;
  expect(accepted.status).toBe('accepted');
  expect(PARTS).toContain(accepted.evidence!.map((r) => OUTCOME.slice(r.start, r.end)).join(' '));
});
