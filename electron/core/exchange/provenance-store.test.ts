import { afterEach, describe, expect, it } from 'vitest';
import type { TableProvenance } from '../../../shared/domain/correspondence.js';
import { tempProject } from '../mappings/testing.js';
import { readProvenance, saveProvenance } from './provenance-store.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('table provenance store', () => {
  it('keeps one provenance per scheme, replaced by a later import, gone with the scheme', () => {
    const temp = tempProject();
    cleanups.push(temp.cleanup);
    const db = temp.project.db;
    db.prepare(
      `INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (7, 'CZ-ISCO', 'classification', 'now', 'now')`,
    ).run();
    const provenance: TableProvenance = {
      layout: 'esco-mapping-tool',
      preamble: [
        ['Mapping project name', 'ESCO - CS NOC'],
        ['Classification 1 Language', 'cs'],
      ],
      header: ['Classification 1 URI', 'Classification 2 ID', 'Mapping relation'],
      escoSide: 1,
      relationStyle: 'curie',
      unmatchedTargets: [{ uri: 'http://data.europa.eu/esco/occupation/x', label: 'x', comment: '' }],
    };
    expect(readProvenance(db, 7)).toBeUndefined();
    saveProvenance(db, 7, provenance, 'CZ.csv', '2026-01-01');
    expect(readProvenance(db, 7)).toEqual(provenance);
    saveProvenance(db, 7, { ...provenance, layout: 'esco-crosswalk', escoSide: 2 }, 'again.csv', '2026-01-02');
    expect(readProvenance(db, 7)).toMatchObject({ layout: 'esco-crosswalk', escoSide: 2 });
    db.prepare('DELETE FROM source_schemes WHERE id = 7').run();
    expect(readProvenance(db, 7)).toBeUndefined();
  });
});
