import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from '../support/test-context.js';

/** A test app with a fresh project open, and helpers to snapshot the source tables. */
export async function appWithProject(): Promise<TestApp> {
  const app = createTestApp();
  await app.api.projects.create({ title: 'Sources test', path: path.join(app.dir, 'sources-test.crosswalk') });
  return app;
}

export function writeFixture(app: TestApp, name: string, content: string | Uint8Array): string {
  const file = path.join(app.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Everything the sources and mappings tables hold, to prove a failed import wrote nothing. */
export function snapshot(app: TestApp): unknown {
  const db = app.ctx.projects.require().db;
  return ['source_schemes', 'source_groups', 'source_items', 'mappings'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
}

/** Runs a call that must fail and returns the error (message, code, details). */
export async function failure(promise: Promise<unknown>): Promise<Error & { code: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code: string; details?: Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}
