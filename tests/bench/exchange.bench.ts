import path from 'node:path';
import type { CorrespondenceTable, ExportFormat } from '../../shared/domain/correspondence.js';
import { MAPPING_RELATIONS } from '../../shared/skos.js';
import { readTable, writeTable } from '../../electron/core/exchange/formats.js';
import { commitImport } from '../../electron/core/exchange/import-commit.js';
import { tableFromProject } from '../../electron/core/exchange/project-table.js';
import { createProjectFile, openProject } from '../../electron/core/projects/project-service.js';
import { makeTempDir } from '../support/temp-dir.js';
import { mib, peakRss, printTable, timeIt, type BenchSection } from './harness.js';

const ITEMS = Number(process.env.BENCH_EXCHANGE_ITEMS ?? 5_000);
const PER_ITEM = 4;

/** A classification of 5,000 items with 4 mappings each (20,000), statuses and provenance mixed. */
function syntheticTable(): CorrespondenceTable {
  const statuses = ['accepted', 'proposed', 'unsure', 'rejected'] as const;
  return {
    metadata: {
      id: 'https://example.org/set',
      title: 'Bench',
      description: '',
      creator: 'Bench',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      version: '1',
      publicationDate: '2026-11-23',
      uriBase: 'https://example.org/',
      tool: 'Crosswalk',
    },
    source: {
      uri: 'https://example.org/bench',
      uriMinted: true,
      title: 'Bench scheme',
      description: '',
      kind: 'classification',
      language: 'en',
      version: '',
      conceptType: 'Concept',
      landingPage: '',
      groups: Array.from({ length: 50 }, (_, g) => ({ key: `G${g}`, title: `Group ${g}`, description: '', parentKey: null })),
      items: Array.from({ length: ITEMS }, (_, i) => ({
        key: `I${i}`,
        uri: null,
        label: `Item number ${i} about data and statistics`,
        description: `Description ${i}`,
        notation: `${i}`,
        groupKey: `G${i % 50}`,
        language: 'en',
      })),
    },
    targets: [
      {
        id: 'esco-v1.1.1',
        title: 'ESCO',
        version: 'v1.1.1',
        uri: 'http://data.europa.eu/esco/model',
        conceptType: 'Skill',
        language: 'en',
        landingPage: '',
      },
    ],
    mappings: Array.from({ length: ITEMS * PER_ITEM }, (_, n) => ({
      subjectKey: `I${Math.floor(n / PER_ITEM)}`,
      kind: 'match' as const,
      object: { uri: `http://data.europa.eu/esco/skill/s${n}`, label: `skill ${n}` },
      vocabularyId: 'esco-v1.1.1',
      relation: MAPPING_RELATIONS[n % 5]!,
      status: statuses[n % 4]!,
      justification: 'manual-curation' as const,
      score: n % 3 ? 0.5 : null,
      confidence: 0.8,
      comment: n % 10 ? '' : 'checked',
      author: 'Bench',
      reviewer: n % 4 === 0 ? 'Reviewer' : '',
      created: '2026-11-01T10:00:00.000Z',
      modified: '2026-11-02T10:00:00.000Z',
    })),
  };
}

const FORMATS: ExportFormat[] = ['sssom', 'skos-ttl', 'skos-nt', 'skos-rdfxml', 'skos-jsonld', 'jskos', 'esco-csv', 'xlsx', 'elm-ttl'];
const READ_NAMES: Partial<Record<ExportFormat, string>> = {
  sssom: 'b.sssom.tsv',
  'skos-ttl': 'b.ttl',
  'skos-nt': 'b.nt',
  jskos: 'b.jskos.json',
  'esco-csv': 'b.csv',
  xlsx: 'b.xlsx',
  'skos-rdfxml': 'b.rdf',
  'skos-jsonld': 'b.jsonld',
};

export const exchangeBench: BenchSection = {
  name: 'exchange',
  title: `export / import formats (${ITEMS.toLocaleString()} items, ${(ITEMS * PER_ITEM).toLocaleString()} mappings)`,
  async run() {
    const table = syntheticTable();
    const rows: (string | number)[][] = [];
    for (const format of FORMATS) {
      const written = await timeIt(() => writeTable(table, format, { status: 'all' }));
      const name = READ_NAMES[format];
      let readMs: number | string = '—';
      if (name) {
        const data = typeof written.value.content === 'string' ? new TextEncoder().encode(written.value.content) : written.value.content;
        readMs = (await timeIt(() => readTable(data, 'auto', { file: name, uriBase: 'https://example.org/', defaultStatus: 'proposed' })))
          .ms;
      }
      rows.push([format, written.ms, readMs, `${(written.value.content.length / 1024 / 1024).toFixed(1)} MB`]);
    }
    printTable(['format', 'write ms', 'read ms', 'size'], rows);

    const { dir, cleanup } = makeTempDir('crosswalk-bench-');
    try {
      const file = path.join(dir, 'bench.crosswalk');
      createProjectFile(file, { title: 'Bench' });
      const project = openProject(file);
      try {
        const committed = await peakRss(async () =>
          timeIt(() => commitImport(project, table, { author: 'bench', file: 'bench', format: 'sssom', uriBase: 'https://example.org/' })),
        );
        const built = await timeIt(() =>
          tableFromProject(project, { uriBase: 'https://example.org/', license: 'x', user: { name: 'bench', orcid: '' } }),
        );
        printTable(
          ['project database', 'ms'],
          [
            [
              `commit import (${committed.value.value.mappingsAdded} mappings, one transaction; peak RSS ${mib(committed.peak)})`,
              committed.value.ms,
            ],
            [`build table for export (${built.value.table.mappings.length} mappings)`, built.ms],
          ],
        );
      } finally {
        project.close();
      }
    } finally {
      cleanup();
    }
  },
};
