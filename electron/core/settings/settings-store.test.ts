import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { DEFAULT_SETTINGS, SettingsStore } from './settings-store.js';

describe('SettingsStore', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('starts with defaults and persists updates', () => {
    const store = new SettingsStore(dir);
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    store.update({ userName: 'Ana Curator', orcid: '0000-0002-1825-0097' });
    expect(new SettingsStore(dir).settings).toMatchObject({ userName: 'Ana Curator', orcid: '0000-0002-1825-0097' });
  });

  it('rejects an invalid ORCID and keeps the old value', () => {
    const store = new SettingsStore(dir);
    expect(() => store.update({ orcid: '1234' })).toThrow(/ORCID/);
    expect(store.settings.orcid).toBe('');
  });

  it('uses settings given for this run over the saved ones without saving them', () => {
    const store = new SettingsStore(dir);
    store.update({ embeddingModelFolder: 'saved-model', userName: 'Ana' });
    store.useForRun({ embeddingModelFolder: '/models/e5' });
    expect(store.settings).toMatchObject({ embeddingModelFolder: '/models/e5', userName: 'Ana' });
    expect(new SettingsStore(dir).settings.embeddingModelFolder).toBe('saved-model');
    expect(() => store.useForRun({ embeddingQueryPrefix: 'x'.repeat(101) })).toThrow();
    expect(store.settings.embeddingQueryPrefix).toBe(DEFAULT_SETTINGS.embeddingQueryPrefix);
  });

  it('keeps recent projects newest first, without duplicates, and marks missing files', () => {
    const store = new SettingsStore(dir);
    const a = path.join(dir, 'a.crosswalk');
    fs.writeFileSync(a, '');
    store.rememberProject(a, 'A');
    store.rememberProject(path.join(dir, 'gone.crosswalk'), 'Gone');
    store.rememberProject(a, 'A renamed');
    const recent = new SettingsStore(dir).recent();
    expect(recent.map((r) => [r.title, r.exists])).toEqual([
      ['A renamed', true],
      ['Gone', false],
    ]);
    store.forgetProject(a);
    expect(store.recent().map((r) => r.title)).toEqual(['Gone']);
  });

  it('drops a stored URL setting the contract now refuses, keeping the other fields', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      userName: 'Ana Curator',
      uriBase: 'file:///etc/',
      escoDownloadBase: 'http://mirror.example.org/esco/',
    };
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ settings, recent: [] }));
    expect(new SettingsStore(dir).settings).toEqual({ ...DEFAULT_SETTINGS, userName: 'Ana Curator' });
  });

  it('starts fresh from a corrupt settings file', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    expect(new SettingsStore(dir).settings).toEqual(DEFAULT_SETTINGS);
  });
});
