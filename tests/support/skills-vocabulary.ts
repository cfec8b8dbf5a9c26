import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { importIntoLibrary } from '../../electron/core/vocabularies/import-service.js';
import type { TestApp } from './test-context.js';

/** The namespace of the small test skill vocabularies. */
export const SKILLS_NS = 'http://example.org/skills/';

/** A SKOS scheme "Test skills" with the given concepts, each line `ex:<id> …` after its `a skos:Concept ; skos:inScheme ex:scheme`. */
export function skillsTurtle(concepts: Record<string, string>): string {
  const lines = Object.entries(concepts).map(([id, rest]) => `ex:${id} a skos:Concept ; skos:inScheme ex:scheme ; ${rest} .`);
  return `
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <${SKILLS_NS}> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "Test skills"@en .
${lines.join('\n')}
`;
}

/** Imports Turtle into the app's library through the real importer job, and waits for it to succeed. */
export async function importSkills(app: TestApp, turtle: string): Promise<void> {
  const file = path.join(app.dir, 'skills.ttl');
  fs.writeFileSync(file, turtle);
  const job = app.ctx.jobs.start('vocabulary-import', 'Import', (control) =>
    importIntoLibrary(app.ctx, [{ path: file, name: 'skills.ttl' }], control),
  );
  const done = await app.ctx.jobs.wait(job.id);
  expect(done.error).toBeUndefined();
  expect(done.state).toBe('succeeded');
}
