import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { ItemSummary, Mapping } from '../../shared/domain/mapping.js';
import type { Reviewer } from '../../shared/domain/review.js';
import { createProjectInUi, expect, test, type ServedApp } from './fixtures.js';
import { callApi, conceptUri, OUTCOMES, setUpMappingData, uploadFile } from './workbench-setup.js';

const require = createRequire(import.meta.url);
// axe is injected as a script; the app's CSP (script-src 'self') would refuse it.
test.use({ bypassCSP: true });
const COURSES = ['Data analysis', 'Programming', 'Communication'];
const ITEMS = 600;

function catalogueCsv(): string {
  const lines = ['Outcome ID;Learning outcome;Module;Module title'];
  for (let n = 1; n <= ITEMS; n++)
    lines.push(`AC-${n};Outcome ${n}: analyse data and report the results to others;M${n % 3};${COURSES[n % 3]}`);
  return `${lines.join('\n')}\n`;
}

/** A 600-item source with mappings to the vocabulary, some of them reviewed (accepted, rejected, unsure). */
async function realisticProject(page: Page, served: ServedApp): Promise<void> {
  const { vocabularyId } = await setUpMappingData(page, served);
  const file = path.join(served.dataDir, 'catalogue.csv');
  fs.writeFileSync(file, catalogueCsv());
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, file), schemeTitle: 'Course catalogue' });
  const schemes = await callApi<{ id: number; title: string }[]>(page, served, 'sources-listSchemes');
  const scheme = schemes.find((s) => s.title === 'Course catalogue')!;
  const items = await callApi<ItemSummary[]>(page, served, 'mappings-itemSummaries', { schemeId: scheme.id });
  expect(items).toHaveLength(ITEMS);
  await callApi(page, served, 'mappings-create', {
    mappings: items.slice(0, 60).map((item, i) => {
      const target = OUTCOMES[i % OUTCOMES.length]!.target;
      return {
        sourceItemId: item.itemId,
        target: { uri: conceptUri(target), label: target, vocabularyId },
        relation: i % 7 === 0 ? 'broadMatch' : 'closeMatch',
        status: 'proposed',
      };
    }),
  });
  const me = await callApi<Reviewer>(page, served, 'review-me');
  const decisions = ['accept', 'reject', 'unsure'] as const;
  for (let i = 0; i < 6; i++) {
    const [mapping] = await callApi<Mapping[]>(page, served, 'mappings-listForItem', { sourceItemId: items[i]!.itemId });
    await callApi(page, served, 'review-decide', { reviewerId: me.id, mappingId: mapping!.id, decision: decisions[i % 3] });
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test('every view passes axe (no serious or critical violations), has one h1 and no controls inside options', async ({ page, served }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(served.url);
  await createProjectInUi(page, 'Accessible project');
  await realisticProject(page, served);

  const nav = page.getByRole('navigation', { name: 'Views' });
  const labels = (await nav.getByRole('button').allTextContents()).map((l) => l.trim()).filter(Boolean);
  expect(labels).toEqual(expect.arrayContaining(['Workbench', 'Review', 'Problems', 'Settings']));
  const found: Record<string, string[]> = {};
  for (const label of labels) {
    await nav.getByRole('button', { name: label, exact: true }).click();
    await expect(nav.getByRole('button', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    await page.waitForLoadState('networkidle');
    if (label === 'Workbench') await expect(page.getByRole('grid', { name: 'Source items' }).getByTestId('item-row').first()).toBeVisible();
    await expect(page.locator('h1'), `one h1 in ${label}`).toHaveCount(1);
    await expect(
      page.locator('[role=option] :is(button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"]))'),
      `controls inside options in ${label}`,
    ).toHaveCount(0);
    const violations = await seriousViolations(page);
    if (violations.length) found[label] = violations;
  }
  expect(found).toEqual({});
});

test('the views open without a project pass axe too, with one h1 each', async ({ page, served }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(served.url);
  const nav = page.getByRole('navigation', { name: 'Views' });
  const labels = (await nav.getByRole('button').allTextContents()).map((l) => l.trim()).filter(Boolean);
  expect(labels).toEqual(expect.arrayContaining(['Vocabularies', 'Settings']));
  const found: Record<string, string[]> = {};
  for (const label of labels) {
    await nav.getByRole('button', { name: label, exact: true }).click();
    await expect(nav.getByRole('button', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1'), `one h1 in ${label}`).toHaveCount(1);
    const violations = await seriousViolations(page);
    if (violations.length) found[label] = violations;
  }
  expect(found).toEqual({});
});
