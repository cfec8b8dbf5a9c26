import fs from 'node:fs';
import path from 'node:path';
import type { ItemSummary } from '../../shared/domain/mapping.js';
import { createProjectInUi, expect, test } from './fixtures.js';
import { callApi, conceptUri, setUpMappingData, uploadFile } from './workbench-setup.js';

const ITEMS = 600;

test('review cards show the source item’s course, the target’s broader concept and its description', async ({ page, served }) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await createProjectInUi(page, 'Review with context');
  const { vocabularyId } = await setUpMappingData(page, served);
  const lines = ['Outcome ID;Learning outcome;Module;Module title'];
  for (let n = 1; n <= ITEMS; n++)
    lines.push(
      `RC-${n};Outcome ${n}: examine data sets to find patterns;M${n % 2};${n % 2 ? 'Statistics for research' : 'Data journalism'}`,
    );
  const file = path.join(served.dataDir, 'catalogue.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  await callApi(page, served, 'sources-importCommit', { file: await uploadFile(page, served, file), schemeTitle: 'Course catalogue' });
  const scheme = (await callApi<{ id: number; title: string }[]>(page, served, 'sources-listSchemes')).find(
    (s) => s.title === 'Course catalogue',
  )!;
  const items = await callApi<ItemSummary[]>(page, served, 'mappings-itemSummaries', { schemeId: scheme.id });
  const rc1 = items.find((i) => i.key === 'RC-1')!;
  await callApi(page, served, 'mappings-create', {
    mappings: [
      {
        sourceItemId: rc1.itemId,
        target: { uri: conceptUri('analyse data'), label: 'analyse data', vocabularyId },
        relation: 'closeMatch',
        status: 'proposed',
      },
    ],
  });

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const card = page.getByTestId('review-card').filter({ hasText: 'RC-1' });
  const context = card.getByTestId('review-context');
  await expect(context).toContainText('Statistics for research');
  await expect(context).toContainText('work with digital data');
  await expect(context).toContainText('Examine data sets to find patterns and draw conclusions.');
});
