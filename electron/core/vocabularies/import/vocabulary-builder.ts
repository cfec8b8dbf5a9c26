import fs from 'node:fs';
import path from 'node:path';
import type { ConceptRecord, ConceptType, VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { LIBRARY_FILES, emptyDetails, type VocabularyDetailsFile } from '../library-files.js';
import { GraphWriter, NS } from './graph-writer.js';
import type { LabelCleaner } from './label-cleaner.js';
import type { SourceFile } from './input-files.js';

const GRAPH_BASE = 'https://w3id.org/crosswalk/vocabulary/';

export interface VocabularyHeader {
  id: string;
  title: string;
  publisher: string;
  version: string;
}

/**
 * Collects one vocabulary version while a converter reads its sources: concept records for the
 * cache, details for concept pages, and triples for the named graph. `finish` writes the folder.
 */
export class VocabularyBuilder {
  readonly graph: string;
  readonly writer: GraphWriter;
  readonly records = new Map<string, ConceptRecord>();
  readonly details: VocabularyDetailsFile = emptyDetails();
  readonly languages = new Set<string>();
  readonly extraCounts: Record<string, number> = {};
  readonly dir: string;

  constructor(
    readonly header: VocabularyHeader,
    stagingDir: string,
    readonly cleaner: LabelCleaner,
  ) {
    this.graph = GRAPH_BASE + encodeURIComponent(header.id);
    this.dir = path.join(stagingDir, header.id);
    fs.mkdirSync(this.dir, { recursive: true });
    this.writer = new GraphWriter(path.join(this.dir, LIBRARY_FILES.graph));
  }

  /** The record of a concept, created on first mention. */
  record(uri: string, type: ConceptType): ConceptRecord {
    let record = this.records.get(uri);
    if (!record) {
      record = {
        uri,
        vocabularyId: this.header.id,
        schemes: [],
        type,
        prefLabel: {},
        altLabels: {},
        hiddenLabels: {},
        description: {},
        collections: [],
        broader: [],
      };
      this.records.set(uri, record);
    }
    return record;
  }

  count(key: string, by = 1): void {
    this.extraCounts[key] = (this.extraCounts[key] ?? 0) + by;
  }

  /** Writes meta.json, concepts.json and details.json next to graph.nt; returns the metadata. */
  finish(sources: SourceFile[], importedAt: string): VocabularyInfo {
    const concepts = [...this.records.values()];
    const schemeCounts = new Map<string, number>();
    for (const c of concepts) for (const s of c.schemes) schemeCounts.set(s, (schemeCounts.get(s) ?? 0) + 1);
    const schemes = [...schemeCounts.entries()]
      .map(([uri, n]) => ({ uri, title: this.details.schemeTitles[uri] ?? uri, concepts: n }))
      .sort((a, b) => b.concepts - a.concepts);
    const w = this.writer;
    const languages = [...this.languages].sort();
    // The graph describes itself: title, publisher, version, sources with checksums, counts.
    const g = this.graph;
    w.uri(g, `${NS.rdf}type`, `${NS.void}Dataset`);
    w.literal(g, `${NS.dcterms}title`, this.header.title);
    if (this.header.publisher) w.literal(g, `${NS.dcterms}publisher`, this.header.publisher);
    if (this.header.version) w.literal(g, `${NS.owl}versionInfo`, this.header.version);
    for (const lang of languages) w.literal(g, `${NS.dcterms}language`, lang);
    w.literal(g, `${NS.dcterms}created`, importedAt, undefined, `${NS.xsd}dateTime`);
    sources.forEach((s, i) => {
      const node = `${g}/source/${i + 1}`;
      w.uri(g, `${NS.dcterms}source`, node);
      w.literal(node, `${NS.dcterms}title`, s.name);
      w.literal(node, `${NS.spdx}checksumValue`, s.sha256);
      if (s.url) w.uri(node, `${NS.prov}wasDerivedFrom`, s.url);
    });
    for (const scheme of schemes) w.uri(g, `${NS.void}rootResource`, scheme.uri);
    w.literal(g, `${NS.void}entities`, String(concepts.length), undefined, `${NS.xsd}integer`);
    w.literal(g, `${NS.void}triples`, String(w.triples + 1), undefined, `${NS.xsd}integer`);
    w.close();
    const info: VocabularyInfo = {
      id: this.header.id,
      title: this.header.title,
      publisher: this.header.publisher,
      version: this.header.version,
      languages,
      graph: g,
      sourceFiles: sources.map((s) => ({ name: s.name, sha256: s.sha256, bytes: s.bytes })),
      importedAt,
      schemes,
      counts: { triples: w.triples, concepts: concepts.length, ...this.extraCounts },
    };
    fs.writeFileSync(path.join(this.dir, LIBRARY_FILES.concepts), JSON.stringify(concepts));
    fs.writeFileSync(path.join(this.dir, LIBRARY_FILES.details), JSON.stringify(this.details));
    fs.writeFileSync(path.join(this.dir, LIBRARY_FILES.meta), JSON.stringify(info, null, 2));
    return info;
  }
}
