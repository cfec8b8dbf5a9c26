import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-context.js';
import { contractChannels } from './dispatch.js';

describe('dispatch', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());

  it('serves every channel of the contract', () => {
    expect(contractChannels()).toEqual(expect.arrayContaining(['app-info', 'projects-create', 'projects-open', 'projects-saveAs']));
  });

  it('validates arguments before a handler runs and names the bad field', async () => {
    const result = await app.dispatch('projects-create', { title: '', language: 'not a tag!' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-arguments');
    expect(result.error.message).toMatch(/title: A project needs a title/);
    expect(result.error.message).toMatch(/language/);
    expect(await app.call('projects-current')).toBeNull();
  });

  it('answers unknown methods, including prototype names, with an error', async () => {
    for (const channel of ['projects-nope', 'projects-constructor', 'nothing', '__proto__-x', '__proto__-toString', 'constructor-name', 'projects-__proto__']) {
      const result = await app.dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('turns core errors into {code, message, details}', async () => {
    const result = await app.dispatch('projects-open', { path: `${app.dir}/missing.crosswalk` });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', details: { file: `${app.dir}/missing.crosswalk` } } });
  });

  it('creates, closes and reopens a project through the contract', async () => {
    const created = await app.call<{ path: string }>('projects-create', { title: 'Pilot mapping', creator: 'QA agency' });
    expect(created.path).toMatch(/pilot-mapping\.crosswalk$/);
    await app.call('projects-close');
    expect(await app.call('projects-current')).toBeNull();
    const recent = await app.call<{ path: string; title: string }[]>('projects-recent');
    expect(recent[0]).toMatchObject({ path: created.path, title: 'Pilot mapping' });
    const reopened = await app.call<{ metadata: { title: string; creator: string } }>('projects-open', { path: created.path });
    expect(reopened.metadata).toMatchObject({ title: 'Pilot mapping', creator: 'QA agency' });
  });

  it('reports that no project is open', async () => {
    const result = await app.dispatch('projects-updateMetadata', { title: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-project' } });
  });

  it('emits a project event on open and close', async () => {
    const seen: string[] = [];
    app.ctx.events.subscribe((e) => e.type === 'project' && seen.push(e.project?.metadata.title ?? 'closed'));
    await app.call('projects-create', { title: 'Evented' });
    await app.call('projects-close');
    expect(seen).toEqual(['Evented', 'closed']);
  });
});
