import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemCoverage } from './item-coverage.js';
import { MappingStore } from './mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from './testing.js';
import { redo, undo } from './undo-redo.js';

const OUTCOME =
  'Students will be able to design, implement and evaluate a relational database and communicate the results to stakeholders.';
const ann = { author: 'Ann' };
let handle: ReturnType<typeof tempProject>;
let itemId: number;
const store = () => new MappingStore(handle.project.db);
const uncovered = () =>
  itemCoverage(handle.project.db, itemId)
    .parts.filter((p) => !p.coveredBy.length)
    .map((p) => p.text);

beforeEach(() => {
  handle = tempProject();
  itemId = addItems(handle.project.db, addScheme(handle.project.db), [{ key: 'LO1', text: OUTCOME }])[0]!;
});
afterEach(() => handle.cleanup());

describe('coverage of an outcome from stored evidence', () => {
  it('keeps the evidence of an accepted suggestion through status changes, undo, redo and reopening the project', () => {
    const [design] = itemCoverage(handle.project.db, itemId).parts;
    const created = store().create(
      [
        {
          sourceItemId: itemId,
          target: { uri: skill(1), label: 'design databases', vocabularyId: ESCO },
          relation: 'exactMatch',
          status: 'accepted',
          justification: 'accepted-suggestion',
          evidence: design!.spans,
        },
      ],
      ann,
    ).mappings[0]!;
    expect(created.evidence).toEqual(design!.spans);
    expect(uncovered()).toEqual([
      'implement a relational database',
      'evaluate a relational database',
      'communicate the results to stakeholders',
    ]);

    // Only accepted matches count; the evidence stays with the row when its status changes.
    store().update([created.id], { status: 'unsure' }, ann);
    expect(itemCoverage(handle.project.db, itemId).covered).toBe(0);
    undo(handle.project.db, 'Ann');
    expect(itemCoverage(handle.project.db, itemId).covered).toBe(1);

    store().delete([created.id], ann);
    expect(itemCoverage(handle.project.db, itemId).covered).toBe(0);
    undo(handle.project.db, 'Ann');
    expect(store().get(created.id).evidence).toEqual(design!.spans);
    redo(handle.project.db, 'Ann');
    expect(itemCoverage(handle.project.db, itemId).covered).toBe(0);
    undo(handle.project.db, 'Ann');

    handle.reopen();
    expect(store().get(created.id).evidence).toEqual(design!.spans);
    expect(itemCoverage(handle.project.db, itemId)).toMatchObject({ covered: 1, untied: [] });
  });

  it('counts an accepted match without evidence as untied on a several-part outcome', () => {
    const { mappings } = store().create(
      [{ sourceItemId: itemId, target: { uri: skill(2), label: 'x', vocabularyId: ESCO }, relation: 'broadMatch', status: 'accepted' }],
      ann,
    );
    expect(mappings[0]!.evidence).toBeUndefined();
    expect(itemCoverage(handle.project.db, itemId)).toMatchObject({ covered: 0, untied: [mappings[0]!.id] });
  });

  it('refuses evidence outside the item text with one line naming the item and field, writing nothing', () => {
    const bad = () =>
      store().create(
        [
          {
            sourceItemId: itemId,
            target: { uri: skill(3), label: 'x', vocabularyId: ESCO },
            relation: 'exactMatch',
            evidence: [{ start: 100, end: 400 }],
          },
        ],
        ann,
      );
    expect(bad).toThrow(/^Item \d+: evidence range 100-400 is not within its text \(122 characters\)\.$/);
    expect(store().list().total).toBe(0);
  });
});
