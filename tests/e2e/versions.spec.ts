import fs from 'node:fs';
import path from 'node:path';
import type { JobInfo } from '../../shared/domain/job.js';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, uploadFile } from './workbench-setup.js';

interface MappingRow {
  sourceKey: string;
  target: { uri: string; vocabularyId: string } | null;
}

const EX = 'http://example.org/skills/';
const HEAD = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix ex: <${EX}> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "Example skills"@en .
`;
/** Version 1 of a small vocabulary, and version 2: one concept relabelled, one replaced by a new one, one unchanged. */
const V1 = `${HEAD}ex:analyse a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "analyse data"@en .
ex:python a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "write Python scripts"@en .
ex:privacy a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "protect personal data"@en .
`;
const V2 = `${HEAD}ex:analyse a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "analyse data sets"@en .
ex:python3 a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "write Python programs"@en ; dcterms:replaces ex:python .
ex:privacy a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "protect personal data"@en .
`;

test('moves a project to a newer vocabulary version: accepts a suggested replacement with the keyboard and undoes it', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Moving versions');
  for (const [name, ttl] of [
    ['example-skills-v1.ttl', V1],
    ['example-skills-v2.ttl', V2],
  ] as const) {
    const file = path.join(served.dataDir, name);
    fs.writeFileSync(file, ttl);
    const { jobId } = await callApi<{ jobId: string }>(page, served, 'vocabularies-import', {
      files: [await uploadFile(page, served, file)],
    });
    await expect.poll(async () => (await callApi<JobInfo>(page, served, 'app-jobGet', { id: jobId })).state).toBe('succeeded');
  }
  const scheme = await callApi<{ id: number }>(page, served, 'sources-createScheme', { title: 'Outcomes', language: 'en' });
  const targets = [
    ['LO1', 'Analyse data to find patterns', 'analyse', 'analyse data'],
    ['LO2', 'Automate tasks with Python scripts', 'python', 'write Python scripts'],
    ['LO3', 'Protect personal data', 'privacy', 'protect personal data'],
  ];
  for (const [key, text, local, label] of targets) {
    const item = await callApi<{ id: number }>(page, served, 'sources-addItem', { schemeId: scheme.id, key, text, language: 'en' });
    await callApi(page, served, 'mappings-create', {
      mappings: [
        {
          sourceItemId: item.id,
          target: { uri: EX + local, label, vocabularyId: 'example-skills-v1' },
          relation: 'exactMatch',
          status: 'accepted',
        },
      ],
    });
  }

  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await page.getByLabel('Older version').selectOption('example-skills-v1');
  await page.getByLabel('Newer version').selectOption('example-skills-v2');
  const kinds = page.getByRole('group', { name: 'Change kinds' });
  await expect(kinds.getByRole('button', { name: /^relabelled 1$/ })).toBeVisible();
  await expect(kinds.getByRole('button', { name: /^replaced 1$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Move to example-skills-v2' }).click();
  await expect(page.getByTestId('migration-status')).toContainText('1 moved, 2 of 2 queued still open');

  const queue = page.getByRole('listbox', { name: 'Migration queue' });
  await expect(queue.getByRole('option')).toHaveCount(2);
  await queue.focus();
  await page.keyboard.press('ArrowDown');
  const python = queue.getByRole('option', { selected: true });
  await expect(python).toContainText('LO2');
  await expect(python).toContainText('replaced');
  await expect(python.locator('li[aria-current="true"]')).toContainText('write Python programs');
  await page.keyboard.press('Enter');

  await expect(queue.getByRole('option')).toHaveCount(1);
  await expect(page.getByTestId('migration-status')).toContainText('1 of 2 queued still open');
  const mapped = async () =>
    (await callApi<{ rows: MappingRow[] }>(page, served, 'mappings-list', {})).rows.find((r) => r.sourceKey === 'LO2')!.target;
  expect(await mapped()).toMatchObject({ uri: `${EX}python3`, vocabularyId: 'example-skills-v2' });

  await queue.focus();
  await page.keyboard.press('Control+z');
  await expect(queue.getByRole('option')).toHaveCount(2);
  await expect(page.getByTestId('migration-status')).toContainText('2 of 2 queued still open');
  expect(await mapped()).toMatchObject({ uri: `${EX}python`, vocabularyId: 'example-skills-v1' });
});
