import type Database from 'better-sqlite3';
import type { OutcomeCoverage } from '../../../shared/domain/outcome-coverage.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { findItem } from '../sources/store/item-rows.js';
import { outcomeCoverage } from '../suggest/decompose/coverage.js';
import { MappingStore } from './mapping-store.js';

/** The item's parts and which of them its accepted matches cover (recomputed from the stored evidence on every read). */
export function itemCoverage(db: Database.Database, sourceItemId: number): OutcomeCoverage {
  const item = findItem(db, sourceItemId);
  if (!item) throw new CrosswalkError(ErrorCodes.notFound, `No source item ${sourceItemId}`, { sourceItemId });
  const accepted = new MappingStore(db)
    .listForItem(sourceItemId)
    .filter((m) => m.kind === 'match' && m.status === 'accepted')
    .map((m) => ({ mappingId: m.id, evidence: m.evidence }));
  return outcomeCoverage(sourceItemId, item.text, item.language || 'en', accepted);
}
