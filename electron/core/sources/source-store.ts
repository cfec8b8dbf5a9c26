/**
 * The sources domain's store: one owner module per table under store/ (schemes, groups, items),
 * gathered here for the API handlers, the CLI and export. Only those modules hold SQL on them.
 */
export * from './store/schemes.js';
export * from './store/groups.js';
export * from './store/items.js';
export type { DeleteOptions } from './store/item-mappings.js';
