import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, conceptUri, OUTCOMES, setUpMappingData } from './workbench-setup.js';

async function becomeReviewer(page: Page, name: string) {
  // The person saved in Settings reviews first; wait for it so the form is not reset under the typing.
  await expect(page.getByTestId('current-reviewer')).toBeVisible();
  await page.getByLabel('Reviewer name').fill(name);
  await page.getByRole('button', { name: /Start reviewing|Switch \/ update reviewer/ }).click();
  await expect(page.getByTestId('current-reviewer')).toContainText(`Reviewing as ${name}`);
}

async function decide(page: Page, key: string, decision: 'Accept' | 'Reject' | 'Unsure', comment = '') {
  const card = page.getByTestId('review-card').filter({ hasText: key });
  if (comment) await card.getByRole('textbox').fill(comment);
  await card.getByRole('button', { name: decision, exact: true }).click();
  await expect(card).toHaveCount(0);
}

test('blind double review with a disagreement, adjudication, kappa and the CSV report', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'QA review');
  const { itemIds, vocabularyId } = await setUpMappingData(page, served);
  // Four proposed mappings to review (the mapper's work, recorded through the contract).
  await callApi(page, served, 'mappings-create', {
    mappings: OUTCOMES.slice(0, 4).map((o, i) => ({
      sourceItemId: itemIds[i],
      target: { uri: conceptUri(o.target), label: o.target, vocabularyId },
      relation: 'closeMatch',
      status: 'proposed',
    })),
  });

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await becomeReviewer(page, 'Alice Example');
  await page.getByRole('checkbox', { name: /Second, blind review/ }).check();
  await expect(page.getByTestId('review-card')).toHaveCount(4);
  await decide(page, 'LO1', 'Accept');
  await decide(page, 'LO2', 'Accept');
  await decide(page, 'LO3', 'Reject', 'too narrow');
  await decide(page, 'LO4', 'Reject');
  await expect(page.getByText('Nothing waiting for your review.')).toBeVisible();

  // The second reviewer sees the same mappings without the first decisions.
  await becomeReviewer(page, 'Bob Example');
  await expect(page.getByTestId('review-card')).toHaveCount(4);
  await expect(page.getByTestId('review-card').first()).toContainText('Second, blind review');
  await expect(page.getByRole('tabpanel')).not.toContainText('Alice');
  await expect(page.getByRole('tabpanel')).not.toContainText('too narrow');
  // Bob works from the keyboard: the active card is decided with a / r / u.
  const active = page.locator('[data-testid="review-card"][aria-current="true"]');
  for (const [key, press] of [
    ['LO1', 'a'],
    ['LO2', 'a'],
    ['LO3', 'r'],
    ['LO4', 'a'],
  ] as const) {
    await expect(active).toContainText(key);
    await page.keyboard.press(press);
    await expect(page.getByTestId('review-card').filter({ hasText: key })).toHaveCount(0);
  }
  // LO4 (Alice rejected, Bob accepted) is the disagreement.

  // A third person adjudicates, seeing both decisions.
  await becomeReviewer(page, 'Carol Chair');
  await page.getByRole('tab', { name: /Adjudication \(1\)/ }).click();
  const card = page.getByTestId('review-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('LO4');
  await expect(card.getByRole('list', { name: 'Decisions to adjudicate' })).toContainText('Alice Example: reject');
  await expect(card.getByRole('list', { name: 'Decisions to adjudicate' })).toContainText('Bob Example: accept');
  await card.getByRole('button', { name: 'Adjudicate: Accept' }).click();
  await expect(page.getByText('No disagreements to adjudicate.')).toBeVisible();

  // Agreement: 3 of 4 agreed; p_o 0.75, p_e 0.5 → κ = 0.5.
  await page.getByRole('tab', { name: 'Agreement' }).click();
  const pair = page.getByRole('table', { name: 'Agreement per reviewer pair' }).getByRole('row', { name: /Alice Example × Bob Example/ });
  await expect(pair.getByTestId('kappa')).toHaveText('0.50');
  await expect(pair).toContainText('moderate');
  await expect(page.getByTestId('review-stats')).toContainText('1 disagreement(s)');
  await expect(page.getByTestId('review-stats')).toContainText('1 adjudicated');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export review report (CSV)…' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Alice Example');
  expect(csv).toContain('Carol Chair');
  expect(csv).toContain('too narrow');
});
