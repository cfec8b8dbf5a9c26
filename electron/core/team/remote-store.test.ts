import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../mappings/testing.js';
import { FileCredentialStore } from './credentials.js';
import { addRemote, remotesOf } from './remotes.js';
import { countConflicts, listConflicts, readBase, requireRemote, saveConflicts, writeBase, deleteRemote } from './remote-store.js';
import type { TeamRecord } from '../../../shared/domain/team.js';

const record = { key: 'k1', itemKey: 'LO1', status: 'accepted' } as TeamRecord;

describe('remotes in the project', () => {
  it('keeps endpoints, graph and user in the project and the password only in the credentials file', () => {
    const t = tempProject();
    try {
      const credentials = new FileCredentialStore(t.dir);
      const remote = addRemote(t.project, credentials, {
        name: 'origin',
        queryEndpoint: 'http://h/sparql',
        updateEndpoint: 'http://h/sparql-auth',
        graph: 'https://g/x',
        user: 'alice',
        password: 'pa55-secret',
      });
      expect(remote).toMatchObject({
        name: 'origin',
        auth: 'digest',
        user: 'alice',
        hasPassword: true,
        revision: null,
        graphStoreEndpoint: null,
      });
      t.project.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(fs.readFileSync(t.file).includes(Buffer.from('pa55-secret'))).toBe(false);
      expect(fs.readFileSync(credentials.file, 'utf8')).toContain('pa55-secret');
      expect(() =>
        addRemote(t.project, credentials, { name: 'x', queryEndpoint: 'http://h/sparql', graph: 'https://g/x', auth: 'basic' }),
      ).toThrow(/basic authentication needs a user/);
      expect(() => requireRemote(t.project.db, 'nope')).toThrow('No remote "nope" in this project (remotes: origin).');
    } finally {
      t.cleanup();
    }
  });

  it('keeps the base and conflicts per remote; another graph starts from no base', () => {
    const t = tempProject();
    try {
      const db = t.project.db;
      const credentials = new FileCredentialStore(t.dir);
      addRemote(t.project, credentials, { name: 'origin', queryEndpoint: 'http://h/sparql', graph: 'https://g/x' });
      writeBase(db, 'origin', '7', [record]);
      saveConflicts(db, [{ remote: 'origin', key: 'k1', itemKey: 'LO1', base: null, mine: record, theirs: null }]);
      expect(readBase(db, 'origin')).toEqual({ revision: '7', records: [record] });
      expect(listConflicts(db, 'origin')).toMatchObject([{ key: 'k1', mine: record, theirs: null, base: null }]);
      // Same graph, new endpoint: the agreed state stays.
      addRemote(t.project, credentials, { name: 'origin', queryEndpoint: 'http://other/sparql', graph: 'https://g/x' });
      expect(readBase(db, 'origin').revision).toBe('7');
      addRemote(t.project, credentials, { name: 'origin', queryEndpoint: 'http://other/sparql', graph: 'https://g/y' });
      expect(readBase(db, 'origin')).toEqual({ revision: null, records: [] });
      expect(countConflicts(db, 'origin')).toBe(0);
      expect(remotesOf(t.project, credentials).map((r) => r.queryEndpoint)).toEqual(['http://other/sparql']);
      expect(deleteRemote(db, 'origin')).toBe(true);
      expect(remotesOf(t.project, credentials)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});
