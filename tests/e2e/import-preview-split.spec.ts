import { createProjectInUi, expect, test } from './fixtures.js';

const ROWS = 600;
const COURSES = ['River science', 'Soil science', 'Water law'];

/** Three outcomes per cell, written the four ways catalogues do it; the lead-in belongs to the course. */
function outcomeCell(n: number): string {
  const [a, b, c] = [`Identify pollution source ${n}`, `Describe sampling method ${n}`, `Apply water index ${n}`];
  switch (n % 4) {
    case 0:
      return `By the end of this course students will be able to:\n1. ${a}\n2. ${b}\n3. ${c}`;
    case 1:
      return `By the end of this course students will be able to:1.${a};2.${b};3.${c}.`;
    case 2:
      return `Students will be able to:\n• ${a}\n• ${b}\n• ${c}`;
    default:
      return `Students will be able to: ${a}; ${b}; ${c}`;
  }
}

function catalogueCsv(): string {
  const lines = ['Code;Module;Learning outcomes'];
  for (let n = 1; n <= ROWS; n++) lines.push(`LO-${n};${COURSES[n % 3]};"${outcomeCell(n)}"`);
  return `${lines.join('\n')}\n`;
}

test('the import preview lists the split outcomes, one row each with its course, and the lead-ins kept on the course', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await createProjectInUi(page, 'Split preview');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a source' });
  await dialog
    .getByLabel(/^File/)
    .setInputFiles({ name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogueCsv(), 'utf8') });
  await dialog.getByLabel(/Split cells with several outcomes/).check();
  await dialog.getByRole('button', { name: 'Preview' }).click();

  await expect(dialog.getByTestId('split-count')).toHaveText(`${ROWS} cells → ${ROWS * 3} outcomes (the first 200 are listed)`);
  const outcomes = dialog.getByRole('table', { name: 'Split outcomes' });
  await expect(outcomes.getByRole('row')).toHaveCount(201);
  // Row 2 is LO-1 (run-together numbering), row 3 starts LO-2 (bullets over several lines).
  const first = outcomes.getByRole('row').nth(1);
  await expect(first.getByRole('cell')).toHaveText(['2', 'Soil science', 'Identify pollution source 1']);
  await expect(outcomes.getByRole('row').nth(3)).toContainText('Apply water index 1.');
  await expect(outcomes.getByRole('row').nth(4)).toContainText('Water law');
  await expect(outcomes.getByRole('row').nth(4)).toContainText('Identify pollution source 2');
  // Semicolon list (LO-3) and numbered list (LO-4) split too; no outcome keeps a lead-in or a marker.
  await expect(outcomes.getByRole('cell', { name: 'Describe sampling method 3', exact: true })).toBeVisible();
  await expect(outcomes.getByRole('cell', { name: 'Apply water index 4', exact: true })).toBeVisible();
  await expect(outcomes).not.toContainText('able to');
  await expect(outcomes).not.toContainText('•');
  await dialog.getByText(/Lead-ins kept on the course/).click();
  const leadIns = dialog.getByRole('list', { name: 'Lead-ins kept on the course' });
  await expect(leadIns.getByRole('listitem')).toHaveCount(3);
  await expect(leadIns).toContainText('Soil science: By the end of this course students will be able to:');
  await expect(leadIns).toContainText('Water law: Students will be able to:');

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(`Imported: ${ROWS * 3} added`)).toBeVisible();
});
