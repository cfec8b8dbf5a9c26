import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { sourcesContract } from '../../../shared/contract/sources.js';
import type { AppContext } from '../context.js';
import { openDemoProject } from '../sources/demo.js';
import { pickerOptions } from '../sources/picker-options.js';
import { commitImport, importFromLibrary, previewImport } from '../sources/import/import-service.js';
import * as store from '../sources/source-store.js';

export function sourcesHandlers(ctx: AppContext): DomainHandlers<typeof sourcesContract> {
  const project = () => ctx.projects.require();
  /** Tells every UI that source data changed (tables refresh). */
  const changed = <T>(value: T): T => {
    ctx.events.emit({ type: 'data-changed', domain: 'sources' });
    return value;
  };
  return {
    listSchemes: () => store.listSchemes(project()),
    createScheme: (args) => changed(store.createScheme(project(), args)),
    updateScheme: ({ id, ...patch }) => changed(store.updateScheme(project(), id, patch)),
    deleteScheme: ({ id }) => changed(store.deleteScheme(project(), id)),
    listItems: (filter) => store.listItems(project(), filter),
    getItem: ({ id }) => store.getItem(project(), id),
    updateItem: ({ id, ...patch }) => changed(store.updateItem(project(), id, patch)),
    addItem: ({ schemeId, ...item }) => changed(store.addItem(project(), schemeId, item)),
    deleteItem: ({ id, force }) => changed(store.deleteItem(project(), id, force)),
    listGroups: ({ schemeId }) => store.listGroups(project(), schemeId),
    addGroup: ({ schemeId, ...group }) => changed(store.addGroup(project(), schemeId, group)),
    updateGroup: ({ id, ...patch }) => changed(store.updateGroup(project(), id, patch)),
    importPreview: (req) => previewImport(ctx, ctx.projects.current(), req),
    importCommit: async (req) => changed(await commitImport(ctx, project(), req)),
    importFromLibrary: (args) => changed(importFromLibrary(ctx, project(), args)),
    pickerOptions: ({ language }) => pickerOptions(ctx, language),
    openDemo: () => changed(openDemoProject(ctx)),
  };
}
