import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/index.js';
import type { Method } from '../../../shared/contract/method.js';
import type { AppEvent, ChangeDomain } from '../../../shared/domain/events.js';
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
    expect(await app.api.projects.current({})).toBeNull();
  });

  it('answers unknown methods, including prototype names, with an error', async () => {
    for (const channel of [
      'projects-nope',
      'projects-constructor',
      'nothing',
      '__proto__-x',
      '__proto__-toString',
      'constructor-name',
      'projects-__proto__',
    ]) {
      const result = await app.dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('turns core errors into {code, message, details}', async () => {
    const result = await app.dispatch('projects-open', { path: `${app.dir}/missing.crosswalk` });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', details: { file: `${app.dir}/missing.crosswalk` } } });
  });

  it('creates, closes and reopens a project through the contract', async () => {
    const created = await app.api.projects.create({ title: 'Pilot mapping', creator: 'QA agency' });
    expect(created.path).toMatch(/pilot-mapping\.crosswalk$/);
    await app.api.projects.close({});
    expect(await app.api.projects.current({})).toBeNull();
    const recent = await app.api.projects.recent({});
    expect(recent[0]).toMatchObject({ path: created.path, title: 'Pilot mapping' });
    const reopened = await app.api.projects.open({ path: created.path });
    expect(reopened.metadata).toMatchObject({ title: 'Pilot mapping', creator: 'QA agency' });
  });

  it('reports that no project is open', async () => {
    const result = await app.dispatch('projects-updateMetadata', { title: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-project' } });
  });

  it('emits a project event on open and close', async () => {
    const seen: string[] = [];
    app.ctx.events.subscribe((e) => e.type === 'project' && seen.push(e.project?.metadata.title ?? 'closed'));
    await app.api.projects.create({ title: 'Evented' });
    await app.api.projects.close({});
    expect(seen).toEqual(['Evented', 'closed']);
  });

  describe('announces what a write changed, from the contract', () => {
    const changes = (events: AppEvent[]) => events.flatMap((e) => (e.type === 'data-changed' ? [e.domains] : []));
    const watch = () => {
      const seen: AppEvent[] = [];
      app.ctx.events.subscribe((e) => seen.push(e));
      return seen;
    };

    it('emits exactly the declared domains after a successful write, once', async () => {
      await app.api.projects.create({ title: 'Announced' });
      const seen = watch();
      const scheme = await app.api.sources.createScheme({ title: 'Course' });
      expect(changes(seen)).toEqual([['sources']]);
      await app.api.sources.deleteScheme({ id: scheme.id });
      expect(changes(seen)).toEqual([['sources'], ['sources', 'mappings']]);
      expect(contract.sources.deleteScheme.changes).toEqual(['sources', 'mappings']);
    });

    it('emits nothing for a read', async () => {
      await app.api.projects.create({ title: 'Quiet' });
      const seen = watch();
      await app.api.sources.listSchemes({});
      await app.api.mappings.history({});
      expect(changes(seen)).toEqual([]);
    });

    it('emits nothing when a write fails or its arguments are refused', async () => {
      const seen = watch();
      expect(await app.dispatch('sources-createScheme', { title: 'No project open' })).toMatchObject({
        ok: false,
        error: { code: 'no-project' },
      });
      await app.api.projects.create({ title: 'Failing' });
      const afterCreate = changes(seen).length;
      expect(await app.dispatch('sources-deleteScheme', { id: 999 })).toMatchObject({ ok: false });
      expect(await app.dispatch('sources-createScheme', { title: '' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
      expect(changes(seen)).toHaveLength(afterCreate);
    });
  });
});

/**
 * Methods reviewed as changing no data. A method missing here must declare what it changes
 * (`.writes<R>([...])`); a new read-only method is added here, which makes the choice visible.
 */
const READ_ONLY = new Set([
  'app-info',
  'app-settingsGet',
  'app-jobsList',
  'app-jobGet',
  'projects-current',
  'projects-recent',
  'projects-list',
  'projects-settingsGet',
  'mappings-listForItem',
  'mappings-coverage',
  'mappings-list',
  'mappings-undoState',
  'mappings-history',
  'mappings-itemSummaries',
  // review-me registers the user as a reviewer the first time: idempotent, and views call it on load (announcing it would loop).
  'review-reviewers',
  'review-me',
  'review-settingsGet',
  'review-queue',
  'review-decisions',
  'review-stats',
  'review-agreement',
  'review-reportCsv',
  'review-problems',
  'review-rulesGet',
  'review-coverage',
  'vocabularies-list',
  'vocabularies-get',
  'vocabularies-schemes',
  'vocabularies-topConcepts',
  'vocabularies-children',
  'vocabularies-concept',
  'vocabularies-findConcept',
  'vocabularies-diff',
  'vocabularies-search',
  'vocabularies-prepareSparql',
  'vocabularies-sparql',
  'vocabularies-cancelSparql',
  'suggest-forText',
  'suggest-forItem',
  'suggest-batchResults',
  'suggest-indexStatus',
  // Loads a newly set model into memory; the project and library stay as they are.
  'suggest-denseStatus',
  'sources-listSchemes',
  'sources-listItems',
  'sources-getItem',
  'sources-listGroups',
  'sources-importPreview',
  'sources-pickerOptions',
  // Exports write the file the user chose, previews stage a token: neither changes project or library data.
  'export-export',
  'export-openErrors',
  'export-importPreview',
  'export-importCancel',
  'migration-status',
  'migration-queue',
  // team-mergeFiles writes only the new file it is given (the open project is untouched).
  'team-remotes',
  'team-status',
  'team-conflicts',
  'team-mergeFiles',
  'team-cancel',
]);

/** Verbs that name a change: such a method must declare one, whatever the list above says. */
const WRITE_VERB =
  /^(?:(?:create|update|delete|remove|add|save|set|mark|build|download|forget|import|open|close)(?=[A-Z]|$)(?!Preview|Errors|Cancel)|decide$|adjudicate$|undo$|redo$|bulk$|mustNotMap$|batch(?:Start|Clear)$|.+(?:Set|Update|Commit)$)/;

describe('change declarations', () => {
  const declared = Object.entries(contract).flatMap(([domain, methods]) =>
    Object.entries(methods as Record<string, Method>).map(([name, m]) => ({
      channel: `${domain}-${name}`,
      name,
      changes: m.changes as readonly ChangeDomain[],
    })),
  );

  it('every method outside the reviewed read-only list declares at least one changed domain', () => {
    const undeclared = declared.filter((m) => m.changes.length === 0 && !READ_ONLY.has(m.channel)).map((m) => m.channel);
    expect(undeclared, 'these declare no changes: declare .writes<R>([...]) or add them to READ_ONLY in dispatch.test.ts').toEqual([]);
    const listedWrites = declared.filter((m) => m.changes.length > 0 && READ_ONLY.has(m.channel)).map((m) => m.channel);
    expect(listedWrites, 'these declare changes but are listed as read-only').toEqual([]);
  });

  it('every method named like a change declares one', () => {
    const named = declared.filter((m) => WRITE_VERB.test(m.name) && m.changes.length === 0).map((m) => m.channel);
    expect(named).toEqual([]);
  });
});
