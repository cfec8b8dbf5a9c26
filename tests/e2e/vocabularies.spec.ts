import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ESCO_V111_EN, ESCO_V111_RELATIONS, sharedFile } from '../support/shared-data.js';
import { createProjectInUi, expect, test } from './fixtures.js';
import { miniEscoZips } from './mini-esco.js';

const sharedZips = [sharedFile(ESCO_V111_EN), sharedFile(ESCO_V111_RELATIONS)];

test('imports ESCO through the UI, browses to a skill by its ISCED-F knowledge group and runs SPARQL', async ({ page, served }) => {
  test.setTimeout(90_000);
  const zips = sharedZips.every(Boolean) ? (sharedZips as string[]) : miniEscoZips();
  await page.goto(served.url);
  await createProjectInUi(page, 'Vocabulary check');
  await page.getByRole('button', { name: 'Vocabularies', exact: true }).click();

  await page.getByLabel('Import vocabulary files').setInputFiles(zips);
  await expect(page.getByText('Import finished.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-report')).toContainText('ESCO v1.1.1');
  await expect(page.getByRole('cell', { name: /ESCO v1\.1\.1/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Browse' }).click();
  await expect(page.getByLabel('Scheme')).toHaveValue('http://data.europa.eu/esco/concept-scheme/skills');
  await page.getByRole('button', { name: 'Expand K knowledge', exact: true }).click();
  await page.getByRole('button', { name: /^Expand 06 information and communication technologies/ }).click();
  await page.getByRole('button', { name: /^Expand 061 information and communication technologies/ }).click();
  await page.getByRole('button', { name: 'Expand 0613 software and applications development and analysis' }).click();
  await page
    .getByRole('treeitem', { name: /^Haskell/ })
    .getByRole('button', { name: /^Haskell/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Haskell', level: 2 })).toBeVisible();
  await expect(page.getByTestId('concept-uri')).toHaveText(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
  await expect(page.locator('.concept-details').getByText('Knowledge', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'SPARQL' }).click();
  await page
    .getByRole('textbox', { name: 'Query', exact: true })
    .fill(
      'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?label WHERE { GRAPH ?g { ?c skos:prefLabel ?label . FILTER(STR(?label) = "Haskell") } }',
    );
  await page.getByRole('button', { name: 'Run query' }).click();
  await expect(page.getByRole('cell', { name: 'Haskell@en' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

  // A runaway query (a cross product that never ends) can be cancelled, and the console answers the next one.
  const query = page.getByRole('textbox', { name: 'Query', exact: true });
  await query.fill('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }');
  await page.getByRole('button', { name: 'Run query' }).click();
  await page.getByRole('button', { name: 'Cancel query' }).click();
  await expect(page.getByRole('alert')).toContainText('The query was cancelled');
  await expect(page.getByRole('button', { name: 'Run query' })).toBeEnabled();

  // 20,000 rows: the console shows the first 10,000 and says so.
  const digits = '{ 0 1 2 3 4 5 6 7 8 9 }';
  await query.fill(`SELECT * WHERE { VALUES ?a ${digits} VALUES ?b ${digits} VALUES ?c ${digits} VALUES ?d ${digits} VALUES ?e { 0 1 } }`);
  await page.getByRole('button', { name: 'Run query' }).click();
  await expect(page.getByTestId('sparql-truncated')).toContainText('Only the first 10,000 results are shown', { timeout: 60_000 });
  await expect(page.getByText('10,000 results', { exact: true })).toBeVisible();
});

test('Get ESCO downloads the packages from the configured portal address and imports them', async ({ page, served }) => {
  const zips = miniEscoZips();
  const portal = http.createServer((req, res) => {
    const file = zips.find((z) => `/${encodeURIComponent(path.basename(z))}` === req.url);
    if (!file) return void res.writeHead(404).end();
    const data = fs.readFileSync(file);
    res.writeHead(200, { 'content-length': data.length }).end(data);
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(served.url);
    await createProjectInUi(page, 'Get ESCO check');
    // The portal address is a user setting; point it at the local server through the real API.
    const base = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/`;
    const status = await page.evaluate(async (escoDownloadBase) => {
      const response = await fetch('/api/app-settingsUpdate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ escoDownloadBase }),
      });
      return response.status;
    }, base);
    expect(status).toBe(200);
    await page.getByRole('button', { name: 'Vocabularies', exact: true }).click();
    await page.getByRole('button', { name: 'Get ESCO…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Get ESCO' });
    await dialog.getByLabel('ESCO version').selectOption('v1.1.1');
    await expect(dialog.getByRole('checkbox', { name: 'en' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Download and import' }).click();
    await expect(dialog.getByText('Get ESCO finished.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close dialog' }).click();
    await expect(page.getByRole('cell', { name: /ESCO v1\.1\.1/ })).toBeVisible();
  } finally {
    await new Promise((resolve) => portal.close(resolve));
  }
});
