import type { TestApp } from './test-context.js';

/**
 * A learning-outcomes scheme "Course" with one item per text (keys lo1, lo2, …), written through the contract as a
 * user's edits are, so tests need no SQL of the source tables' owner.
 */
export async function addCourse(app: TestApp, texts: readonly string[], language = 'en'): Promise<{ schemeId: number; itemIds: number[] }> {
  const scheme = await app.api.sources.createScheme({ title: 'Course', kind: 'learning-outcomes', language });
  const itemIds: number[] = [];
  for (const [i, text] of texts.entries()) {
    itemIds.push((await app.api.sources.addItem({ schemeId: scheme.id, key: `lo${i + 1}`, text, language })).id);
  }
  return { schemeId: scheme.id, itemIds };
}
