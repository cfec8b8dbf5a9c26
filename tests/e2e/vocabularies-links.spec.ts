import { createProjectInUi, expect, test } from './fixtures.js';
import { miniEscoZips } from './mini-esco.js';
import { setUpMappingData } from './workbench-setup.js';

test('Browse opens on ESCO when it is loaded, and a concept URI in SPARQL results opens its concept page', async ({ page, served }) => {
  test.setTimeout(90_000);
  await page.goto(served.url);
  await createProjectInUi(page, 'Vocabulary links');
  // Another vocabulary comes first in the library: Browse must still open on ESCO.
  await setUpMappingData(page, served);
  await page.getByRole('button', { name: 'Vocabularies', exact: true }).click();
  await page.getByLabel('Import vocabulary files').setInputFiles(miniEscoZips());
  await expect(page.getByText('Import finished.')).toBeVisible({ timeout: 60_000 });

  await page.getByRole('tab', { name: 'Browse' }).click();
  await expect(page.getByRole('combobox', { name: /^Vocabulary/ })).toHaveValue(/^esco-/);
  await expect(page.getByLabel('Scheme')).toHaveValue('http://data.europa.eu/esco/concept-scheme/skills');

  await page.getByRole('tab', { name: 'SPARQL' }).click();
  await page
    .getByRole('textbox', { name: 'Query', exact: true })
    .fill(
      'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?concept WHERE { GRAPH ?g { ?concept skos:prefLabel ?label . FILTER(STR(?label) = "Haskell") } }',
    );
  await page.getByRole('button', { name: 'Run query' }).click();
  await page.getByRole('button', { name: 'http://data.europa.eu/esco/skill/k1' }).click();
  await expect(page.getByRole('tab', { name: 'Browse' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Haskell', level: 2 })).toBeVisible();
  await expect(page.getByTestId('concept-uri')).toHaveText('http://data.europa.eu/esco/skill/k1');
});
