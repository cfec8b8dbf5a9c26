import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { sourcesContract } from '../../../shared/contract/sources.js';
import type { ImportResult } from '../../../shared/domain/source.js';
import type { AppContext } from '../context.js';
import { openDemoProject } from '../sources/demo.js';
import { pickerOptions } from '../sources/picker-options.js';
import { commitImport, importFromLibrary, previewImport } from '../sources/import/import-service.js';
import * as store from '../sources/source-store.js';
import { currentAuthor } from '../mappings/author.js';

export function sourcesHandlers(ctx: AppContext): DomainHandlers<typeof sourcesContract> {
  const project = () => ctx.projects.require();
  /** Tells every UI that source data changed (tables refresh). */
  const changed = <T>(value: T, mappingsToo = false): T => {
    ctx.events.emit({ type: 'data-changed', domain: 'sources' });
    // Deleting sources deletes mappings, renaming re-keys them, imports may bring links as mappings.
    if (mappingsToo) ctx.events.emit({ type: 'data-changed', domain: 'mappings' });
    return value;
  };
  const author = () => ({ author: currentAuthor(ctx) });
  const importedMappings = (result: ImportResult) => result.schemes.some((s) => s.mappingsImported > 0);
  return {
    listSchemes: () => store.listSchemes(project()),
    createScheme: (args) => changed(store.createScheme(project(), args)),
    updateScheme: ({ id, ...patch }) => changed(store.updateScheme(project(), id, patch)),
    deleteScheme: ({ id }) => {
      const result = store.deleteScheme(project(), id, author());
      return changed(result, result.deletedMappings > 0);
    },
    listItems: (filter) => store.listItems(project(), filter),
    getItem: ({ id }) => store.getItem(project(), id),
    updateItem: ({ id, ...patch }) => changed(store.updateItem(project(), id, patch), patch.key !== undefined),
    addItem: ({ schemeId, ...item }) => changed(store.addItem(project(), schemeId, item)),
    deleteItem: ({ id, force }) => {
      const result = store.deleteItem(project(), id, force, author());
      return changed(result, result.action === 'deleted' && result.mappings > 0);
    },
    listGroups: ({ schemeId }) => store.listGroups(project(), schemeId),
    addGroup: ({ schemeId, ...group }) => changed(store.addGroup(project(), schemeId, group)),
    updateGroup: ({ id, ...patch }) => changed(store.updateGroup(project(), id, patch)),
    importPreview: (req) => previewImport(ctx, ctx.projects.current(), req),
    importCommit: async (req) => {
      const result = await commitImport(ctx, project(), req);
      return changed(result, importedMappings(result));
    },
    importFromLibrary: (args) => {
      const result = importFromLibrary(ctx, project(), args);
      return changed(result, importedMappings(result));
    },
    pickerOptions: ({ language }) => pickerOptions(ctx, language),
    openDemo: () => changed(openDemoProject(ctx)),
  };
}
