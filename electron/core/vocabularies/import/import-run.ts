import fs from 'node:fs';
import path from 'node:path';
import { badInput } from '../../errors.js';
import type { WorkerProgress } from '../../jobs/worker-main.js';
import type { ImportWorkerInput, ImportWorkerOutput } from '../import-service.js';
import { convertEscoCsv } from './esco-csv.js';
import { collectEscoPackage, escoVersionOf, isEscoCsv } from './esco-package.js';
import { readSourceFile, type SourceFile } from './input-files.js';
import { LabelCleaner } from './label-cleaner.js';
import { convertSkos, parseRdf, rdfFormatOf } from './rdf-vocabulary.js';
import { VocabularyBuilder, type VocabularyHeader } from './vocabulary-builder.js';

/** A library id from a file name: "isced-f-2013.snb.ttl" → "isced-f-2013-snb". */
function slugId(name: string): string {
  const slug = name
    .replace(/\.(zip|ttl|turtle|trig|nt|nq|rdf|owl|xml|jsonld|json)$/gi, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\./g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'vocabulary';
}

/**
 * Converts the given files into complete vocabulary folders under input.stagingDir: all ESCO CSV
 * files together form one ESCO version (languages merged); every other file (or RDF zip) is one
 * vocabulary of its own.
 */
export function runImport(input: ImportWorkerInput, { progress }: WorkerProgress): ImportWorkerOutput {
  const steps = input.files.length + 2;
  let step = 0;
  const tick = (message: string) => progress(Math.min(++step, steps - 1), steps, message);
  const sources: SourceFile[] = [];
  for (const file of input.files) {
    tick(`Reading ${file.name}`);
    sources.push(readSourceFile(file));
  }
  const cleaner = new LabelCleaner();
  const importedAt = new Date().toISOString();
  const vocabularies = [];
  const givenEsco = sources.filter((s) => s.entries.some(isEscoCsv));
  if (givenEsco.length) {
    const escoSources = [...givenEsco, ...storedEscoSources(input.libraryDir, givenEsco)];
    const pkg = collectEscoPackage(escoSources);
    const header: VocabularyHeader = {
      id: pkg.version ? `esco-${pkg.version}` : 'esco',
      title: `ESCO ${pkg.version}`.trim(),
      publisher: 'European Commission',
      version: pkg.version,
    };
    const builder = new VocabularyBuilder(header, input.stagingDir, cleaner);
    convertEscoCsv(pkg, builder, (message) => progress(step, steps, message));
    keepEscoSources(builder.dir, escoSources);
    vocabularies.push(builder.finish(escoSources, importedAt));
  }
  for (const group of rdfGroups(
    sources.filter((s) => !givenEsco.includes(s)),
    input.libraryDir,
  )) {
    const source = group[0]!;
    const rdfEntries = group.flatMap((s) => s.entries.filter((e) => rdfFormatOf(e.name)));
    if (!source.entries.some((e) => rdfFormatOf(e.name))) {
      throw badInput('not a vocabulary: expected ESCO CSV packages or SKOS in Turtle, TriG, N-Triples, N-Quads, RDF/XML or JSON-LD', {
        file: source.name,
      });
    }
    tick(`Parsing ${group.map((s) => s.name).join(', ')}`);
    const store = parseRdf(rdfEntries);
    const version = escoVersionOf(source.name);
    const header: VocabularyHeader = version
      ? { id: `esco-${version}`, title: `ESCO ${version}`, publisher: 'European Commission', version }
      : { id: slugId(source.name), title: path.basename(source.name), publisher: '', version: '' };
    if (vocabularies.some((v) => v.id === header.id))
      throw badInput(`two inputs would both become vocabulary "${header.id}"`, { file: source.name });
    const builder = new VocabularyBuilder(header, input.stagingDir, cleaner);
    convertSkos(store, builder, source.name);
    const titled = describeFromSchemes(builder);
    Object.assign(builder.header, titled);
    // ESCO's RDF comes one zip per language too: kept, so a later language merges with this one.
    if (version) keepEscoSources(builder.dir, group);
    vocabularies.push(builder.finish(group, importedAt));
  }
  progress(steps - 1, steps, 'Writing the library');
  return { vocabularies, cleaning: cleaner.counts, warnings: [] };
}

/**
 * The RDF inputs as vocabularies: ESCO RDF packages of one version (one per language, given
 * together or imported earlier) form one vocabulary whose labels are all their languages; every
 * other file is a vocabulary of its own.
 */
function rdfGroups(sources: SourceFile[], libraryDir: string): SourceFile[][] {
  const groups: SourceFile[][] = [];
  const byVersion = new Map<string, SourceFile[]>();
  for (const source of sources) {
    const version = escoVersionOf(source.name);
    if (!version || !source.entries.some((e) => rdfFormatOf(e.name))) {
      groups.push([source]);
      continue;
    }
    const group = byVersion.get(version);
    if (group) group.push(source);
    else {
      byVersion.set(version, [source]);
      groups.push(byVersion.get(version)!);
    }
  }
  for (const group of byVersion.values()) {
    const stored = storedEscoSources(libraryDir, group).filter((s) => s.entries.some((e) => rdfFormatOf(e.name)));
    group.push(...stored);
  }
  return groups;
}

/** A SKOS file's title is its scheme's title when it has exactly one scheme. */
function describeFromSchemes(b: VocabularyBuilder): Partial<VocabularyHeader> {
  const schemes = Object.keys(b.details.schemeTitles).filter((s) => s !== b.graph);
  if (schemes.length !== 1 || b.header.id.startsWith('esco-')) return {};
  return { title: b.details.schemeTitles[schemes[0]!]! };
}

const ESCO_SOURCES_DIR = 'sources';

/**
 * The ESCO packages kept from an earlier import of the same version that the new files do not
 * replace: importing German after English merges both into one multilingual vocabulary, and a
 * v1.1.x language zip finds the relations package imported before.
 */
function storedEscoSources(libraryDir: string, given: SourceFile[]): SourceFile[] {
  const version = given.map((s) => escoVersionOf(s.name)).find(Boolean);
  if (!version) return [];
  const dir = path.join(libraryDir, `esco-${version}`, ESCO_SOURCES_DIR);
  if (!fs.existsSync(dir)) return [];
  const givenNames = new Set(given.map((s) => s.name));
  return fs
    .readdirSync(dir)
    .filter((name) => !givenNames.has(name))
    .map((name) => readSourceFile({ path: path.join(dir, name), name }));
}

/** Keeps the ESCO packages beside the vocabulary (a few MiB each) for later language merges. */
function keepEscoSources(vocabularyDir: string, sources: SourceFile[]): void {
  const dir = path.join(vocabularyDir, ESCO_SOURCES_DIR);
  fs.mkdirSync(dir, { recursive: true });
  for (const source of sources) fs.copyFileSync(source.path, path.join(dir, path.basename(source.name)));
}
