import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../../../shared/domain/mapping.js';
import { concept, E } from './migration-fixtures.test-helper.js';
import { planMigration } from './plan-migration.js';

const mapping = (id: number, uri: string, label: string, vocabularyId = 'esco-v0'): Mapping => ({
  id,
  contentId: `c${id}`,
  sourceItemId: id,
  kind: 'match',
  target: { uri: E + uri, label, vocabularyId },
  targetVocabularyId: vocabularyId,
  relation: 'exactMatch',
  status: 'accepted',
  justification: 'manual-curation',
  score: null,
  confidence: null,
  comment: '',
  author: '',
  created: '',
  modified: '',
});

describe('planMigration without the older version in the library', () => {
  const next = new Map(
    [
      concept('esco-v2', 'same', 'manage budgets'),
      concept('esco-v2', 'renamed', 'use spreadsheet software'),
      concept('esco-v2', 'dep', 'use fax', { status: 'deprecated' }),
    ].map((c) => [c.uri, c]),
  );
  const plan = planMigration({
    to: 'esco-v2',
    mappings: [
      mapping(1, 'same', 'Manage budgets '),
      mapping(2, 'renamed', 'use spreadsheets'),
      mapping(3, 'gone', 'telex'),
      mapping(4, 'dep', 'use fax'),
    ],
    changes: new Map(),
    inFrom: () => undefined,
    next: (uri) => next.get(uri),
  });

  it('reads the reasons from the newer version and the label recorded with the mapping', () => {
    expect(plan.move.map((m) => m.id)).toEqual([1]);
    expect(plan.queue.map((q) => [q.mapping.id, q.reasons])).toEqual([
      [2, ['relabelled']],
      [3, ['removed']],
      [4, ['deprecated']],
    ]);
    expect(plan.queue.find((q) => q.mapping.id === 3)!.next).toBeUndefined();
  });
});
