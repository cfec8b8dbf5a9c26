import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { vocabulariesContract } from '../../../shared/contract/vocabularies.js';
import { libraryOf } from '../checks/library-of.js';
import type { AppContext } from '../context.js';
import { conceptDetails } from '../vocabularies/concept-details.js';
import { downloadEscoPackages } from '../vocabularies/esco-download.js';
import { federatedQuery } from '../vocabularies/federated-query.js';
import { importIntoLibrary } from '../vocabularies/import-service.js';
import { DEFAULT_SPARQL_LIMIT, DEFAULT_SPARQL_TIMEOUT_MS } from '../vocabularies/sparql-store.js';
import { capResult } from '../vocabularies/store-query.js';
import { diffVocabularies } from '../vocabularies/vocabulary-diff.js';

export function vocabulariesHandlers(ctx: AppContext): DomainHandlers<typeof vocabulariesContract> {
  const library = () => ctx.library;
  return {
    list: () => library().list(),
    get: ({ id }) => library().get(id),
    import: ({ files }) => {
      const resolved = files.map((ref) => ctx.files.resolve(ref));
      const title = `Import ${resolved.map((f) => f.name).join(', ')}`;
      const job = ctx.jobs.start('vocabulary-import', title, (control) => importIntoLibrary(ctx, resolved, control));
      return { jobId: job.id };
    },
    downloadEsco: ({ version, languages }) => {
      const job = ctx.jobs.start('esco-download', `Get ESCO ${version} (${languages.join(', ')})`, async (control) => {
        const files = await downloadEscoPackages(ctx, { version, languages }, control);
        return importIntoLibrary(ctx, files, control);
      });
      return { jobId: job.id };
    },
    remove: ({ id }) => {
      library().remove(id);
      return library().list();
    },
    schemes: ({ id }) => library().get(id).schemes,
    topConcepts: ({ id, scheme, language }) => {
      const index = library().index(id);
      return index.sortSummaries(index.roots(scheme).map((c) => index.summary(c, language, scheme)));
    },
    children: ({ id, uri, scheme, language }) => {
      const index = library().index(id);
      return index.sortSummaries(index.narrowerOf(uri, scheme).map((c) => index.summary(c, language, scheme)));
    },
    concept: ({ id, uri }) => conceptDetails(library(), id, uri),
    findConcept: ({ uri }) => libraryOf(ctx)?.concept(uri) ?? null,
    diff: ({ from, to }) =>
      diffVocabularies({ id: from, concepts: library().concepts(from) }, { id: to, concepts: library().concepts(to) }),
    search: ({ id, text, scheme, language, limit }) => library().index(id).search(text, { scheme, language, limit }),
    prepareSparql: () => {
      // A failure to load surfaces on the first query; warming up is only a head start.
      if (library().list().length > 0)
        library()
          .sparqlStore()
          .warmUp()
          .catch(() => undefined);
      return null;
    },
    sparql: async ({ query, sources, limit: asked = DEFAULT_SPARQL_LIMIT, timeoutSeconds = DEFAULT_SPARQL_TIMEOUT_MS / 1000, queryId }) => {
      // The store's units: 0 = all rows, 0 = no time limit.
      const limit = asked === 'all' ? 0 : asked;
      const timeoutMs = timeoutSeconds === 'never' ? 0 : timeoutSeconds * 1000;
      // Remote sources always keep an HTTP timeout (their own default when 'never' was asked).
      if (sources?.length) return capResult(await federatedQuery(query, sources, timeoutMs ? { timeoutMs, limit } : { limit }), limit);
      return library().sparqlStore().query(query, { limit, timeoutMs, queryId });
    },
    cancelSparql: ({ queryId }) => ({ cancelled: ctx.library.sparqlStore().cancel(queryId) }),
  };
}
