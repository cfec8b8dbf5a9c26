import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, conceptUri, setUpMappingData } from './workbench-setup.js';

/** An outcome naming two skills of the example vocabulary (issue 14: decomposition with evidence). */
const OUTCOME = 'Students will be able to analyse data sets and communicate results to stakeholders';

interface Row {
  sourceKey: string;
  status: string;
  target: { uri: string } | null;
  evidence?: { start: number; end: number }[];
}

test('a multi-skill outcome: the focused candidate marks its supporting words, accepting one leaves the other part uncovered', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Outcome coverage');
  const { schemeId } = await setUpMappingData(page, served);
  const item = await callApi<{ id: number }>(page, served, 'sources-addItem', { schemeId, key: 'LO6', text: OUTCOME, language: 'en' });
  // Through the contract: per-statement suggestions give the candidates of each part that part's words as spans.
  const split = await callApi<{ candidates: { label: string; spans?: { start: number; end: number }[] }[] }>(
    page,
    served,
    'suggest-forItem',
    { sourceItemId: item.id, decompose: true },
  );
  const spansOf = (label: string) =>
    split.candidates
      .find((c) => c.label === label)
      ?.spans?.map((r) => OUTCOME.slice(r.start, r.end))
      .join(' ');
  expect(spansOf('communicate with stakeholders')).toBe('communicate results to stakeholders');
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();

  const grid = page.getByRole('grid', { name: 'Source items' });
  await grid.getByTestId('item-row').filter({ hasText: 'LO6' }).click();
  const text = page.getByTestId('selected-item-text');
  await expect(text).toHaveText(OUTCOME);
  const coverage = page.getByTestId('outcome-coverage');
  await expect(coverage).toContainText('Outcome coverage: 0 of 2 parts covered');
  await expect(coverage).toContainText('«analyse data sets», «communicate results to stakeholders»');

  // Per-statement suggestions: each candidate carries the outcome words it stands on.
  await page.getByLabel('Suggest per skill statement').check();
  const candidates = page.getByRole('listbox', { name: 'Mappings and suggestions' });
  const analyse = candidates.getByRole('option').filter({ hasText: 'analyse data' }).first();
  await analyse.click();
  await expect(analyse).toHaveAttribute('aria-selected', 'true');
  const marked = async () => (await text.locator('mark').allTextContents()).join(' ');
  await expect.poll(marked).toBe('analyse data sets');
  await expect(page.getByTestId('candidate-support')).toHaveText('Supported by: analyse data sets');

  const communicate = candidates.getByRole('option').filter({ hasText: 'communicate with stakeholders' }).first();
  await communicate.click();
  await expect.poll(marked).toBe('communicate results to stakeholders');

  // Accept "analyse data": its part is covered, the other is still open, and the evidence is stored with the mapping.
  await analyse.getByRole('button', { name: /^Accept analyse data/ }).click();
  await expect(coverage).toContainText('1 of 2 parts covered');
  await expect(coverage).toContainText('Not yet covered: «communicate results to stakeholders»');
  await expect(text.locator('.outcome-part-uncovered')).toHaveText(['communicate results to stakeholders']);
  const { rows } = await callApi<{ rows: Row[] }>(page, served, 'mappings-list', {});
  const accepted = rows.find((r) => r.sourceKey === 'LO6' && r.target?.uri === conceptUri('analyse data'))!;
  expect(accepted.status).toBe('accepted');
  expect(accepted.evidence!.map((r) => OUTCOME.slice(r.start, r.end)).join(' ')).toBe('analyse data sets');

  // Undo takes the coverage back with the mapping.
  await page.keyboard.press('Control+z');
  await expect(coverage).toContainText('0 of 2 parts covered');
});
