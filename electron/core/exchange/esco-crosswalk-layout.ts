/** ESCO's table layouts, shared by the CSV and XLSX forms (see esco-layout/). */
export { escoLayoutRows as crosswalkRows } from './esco-layout/write-rows.js';
export { readEscoLayoutRows as readCrosswalkRows, type EscoLayoutReadOptions as CrosswalkReadOptions } from './esco-layout/read-rows.js';
export { parseLooseDate } from './esco-layout/preamble.js';
