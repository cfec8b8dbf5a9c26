import { z } from 'zod';
import type { ConceptDetails, ConceptRecord, ConceptSummary, SchemeInfo, SparqlResult, VocabularyInfo } from '../domain/vocabulary.js';
import type { VocabularyDiff } from '../domain/vocabulary-diff.js';
import { FileRefSchema } from '../domain/files.js';
import { method } from './method.js';

const VocabularyId = z.string().min(1).max(200);
const Uri = z.string().min(1).max(4000);
const QueryId = z.string().min(1).max(100);

/** SPARQL results; `truncated` when the query had more rows (or triples) than the limit asked for. */
export type SparqlAnswer = SparqlResult & { truncated?: boolean };

/** Rows (or triples) a query returns unless the caller asks otherwise: enough to read, small enough for IPC. */
export const SPARQL_DEFAULT_LIMIT = 10_000;
/** How long a local query may run unless the caller asks otherwise. */
export const SPARQL_DEFAULT_TIMEOUT_SECONDS = 60;

const Language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "pt-PT"');

/**
 * The vocabulary library: ESCO and any SKOS scheme, each version in its own named graph of the
 * embedded Oxigraph store, with a concept cache for browsing and type-ahead.
 */
export const vocabulariesContract = {
  /** Every vocabulary version in the library, with metadata and counts. */
  list: method(z.object({})).reads<VocabularyInfo[]>(),
  get: method(z.object({ id: VocabularyId })).reads<VocabularyInfo>(),
  /**
   * Starts an import job (ESCO CSV zips of one version, ESCO RDF zips or SKOS files).
   * Returns the job id; the job's result is an ImportReport.
   */
  import: method(z.object({ files: z.array(FileRefSchema).min(1).max(50) })).startsJob<{ jobId: string }>(['vocabularies']),
  /**
   * Starts a job that downloads the official ESCO CSV packages (from settings.escoDownloadBase),
   * resuming partial downloads, records their SHA-256 and imports them.
   */
  downloadEsco: method(
    z.object({
      version: z.string().regex(/^v\d+\.\d+\.\d+$/, 'an ESCO version such as "v1.1.1"'),
      languages: z.array(Language).min(1).max(30),
    }),
  ).startsJob<{ jobId: string }>(['vocabularies']),
  remove: method(z.object({ id: VocabularyId })).writes<VocabularyInfo[]>(['vocabularies']),
  /** Concept schemes of one vocabulary (ISCED-F fields inside ESCO are a scheme of their own). */
  schemes: method(z.object({ id: VocabularyId })).reads<SchemeInfo[]>(),
  /** Roots of a scheme's hierarchy (top concepts, or concepts without a broader one in the scheme). */
  topConcepts: method(z.object({ id: VocabularyId, scheme: Uri, language: z.string().optional() })).reads<ConceptSummary[]>(),
  /** Narrower concepts of one concept (within a scheme when given). */
  children: method(z.object({ id: VocabularyId, uri: Uri, scheme: Uri.optional(), language: z.string().optional() })).reads<
    ConceptSummary[]
  >(),
  /** Everything a concept page shows. */
  concept: method(z.object({ id: VocabularyId, uri: Uri })).reads<ConceptDetails>(),
  /** A concept by URI in whichever library vocabulary holds it (as the checks see it); null when none does. */
  findConcept: method(z.object({ uri: Uri })).reads<ConceptRecord | null>(),
  /**
   * What changed from one version of a vocabulary to another (e.g. ESCO v1.1.0 → v1.1.1): one entry
   * per changed concept (added, removed, replaced, deprecated, relabelled, moved, type, reuse level or
   * description changed) with before/after, and counts per kind.
   */
  diff: method(z.object({ from: VocabularyId, to: VocabularyId })).reads<VocabularyDiff>(),
  /** Type-ahead over all labels (preferred, alternative, hidden) and notations. */
  search: method(
    z.object({
      id: VocabularyId,
      text: z.string().max(500),
      scheme: Uri.optional(),
      language: z.string().optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
  ).reads<ConceptSummary[]>(),
  /** Starts loading the library into the SPARQL store in the background (when the console opens). */
  prepareSparql: method(z.object({})).reads<null>(),
  /**
   * SPARQL 1.1 query over the local store (Oxigraph; named graphs via GRAPH, default graph = union),
   * or, with `sources`, a federated query over remote SPARQL endpoints / RDF files by URL (Comunica).
   * At most `limit` rows / triples come back (default 10,000; `truncated` says more existed; 'all'
   * for no cap, e.g. to write a file). A local query that runs longer than `timeoutSeconds` (default
   * 60; 'never' for no limit) is stopped with a `cancelled` error.
   */
  sparql: method(
    z.object({
      query: z.string().min(1).max(200_000),
      /** Remote sources; `type` says whether a URL is a SPARQL endpoint or an RDF file (default: detect). */
      sources: z
        .array(z.object({ url: z.url(), type: z.enum(['auto', 'sparql', 'file']).optional() }))
        .max(20)
        .optional(),
      limit: z.union([z.number().int().min(1), z.literal('all')]).optional(),
      timeoutSeconds: z.union([z.number().int().min(1), z.literal('never')]).optional(),
      /** A caller-chosen id, so that `cancelSparql` can stop this query. */
      queryId: QueryId.optional(),
    }),
  ).reads<SparqlAnswer>(),
  /** Stops a running (or waiting) local query by the `queryId` it was started with; false when none. */
  cancelSparql: method(z.object({ queryId: QueryId })).reads<{ cancelled: boolean }>(),
};
