import type { DomainHandlers } from '../../../shared/contract/method.js';
import type { sourcesContract } from '../../../shared/contract/sources.js';
import type { AppContext } from '../context.js';
import { openDemoProject } from '../sources/demo.js';
import { pickerOptions } from '../sources/picker-options.js';
import { commitImport, importFromLibrary, previewImport } from '../sources/import/import-service.js';
import * as store from '../sources/source-store.js';
import { currentAuthor } from '../mappings/author.js';

export function sourcesHandlers(ctx: AppContext): DomainHandlers<typeof sourcesContract> {
  const project = () => ctx.projects.require();
  const author = () => ({ author: currentAuthor(ctx) });
  return {
    listSchemes: () => store.listSchemes(project()),
    createScheme: (args) => store.createScheme(project(), args),
    updateScheme: ({ id, ...patch }) => store.updateScheme(project(), id, patch),
    deleteScheme: ({ id }) => store.deleteScheme(project(), id, author()),
    listItems: (filter) => store.listItems(project(), filter),
    getItem: ({ id }) => store.getItem(project(), id),
    updateItem: ({ id, ...patch }) => store.updateItem(project(), id, patch),
    addItem: ({ schemeId, ...item }) => store.addItem(project(), schemeId, item),
    deleteItem: ({ id, force }) => store.deleteItem(project(), id, force, author()),
    listGroups: ({ schemeId }) => store.listGroups(project(), schemeId),
    addGroup: ({ schemeId, ...group }) => store.addGroup(project(), schemeId, group),
    updateGroup: ({ id, ...patch }) => store.updateGroup(project(), id, patch),
    importPreview: (req) => previewImport(ctx, ctx.projects.current(), req),
    importCommit: (req) => commitImport(ctx, project(), req),
    importFromLibrary: (args) => importFromLibrary(ctx, project(), args),
    pickerOptions: ({ language }) => pickerOptions(ctx, language),
    openDemo: () => openDemoProject(ctx),
  };
}
