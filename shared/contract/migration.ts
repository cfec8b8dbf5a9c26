import { z } from 'zod';
import type { MappingWriteResult } from '../domain/mapping.js';
import { MIGRATION_REASONS, type MigrationQueueRow, type MigrationSummary } from '../domain/migration.js';
import { method } from './method.js';

const VocabularyId = z.string().min(1).max(200);

/**
 * Moving the open project to a newer version of a vocabulary ("Move to ESCO v1.1.1"): unaffected
 * mappings move at once, affected ones wait in a queue kept in the project (resumable) until the
 * user decides. Every write is one change batch (undo, History).
 */
export const migrationContract = {
  /**
   * Starts (or continues) the move to `to`: mappings of older versions of the same vocabulary
   * (or of the versions in `from`) whose target is unchanged get the new version recorded; the
   * others are queued with their reasons and suggested replacements.
   */
  start: method(z.object({ to: VocabularyId, from: z.array(VocabularyId).min(1).max(20).optional() })).writes<MigrationSummary>([
    'mappings',
  ]),
  /** The latest migration and how many rows are open; null when the project never started one. */
  status: method(z.object({})).reads<MigrationSummary | null>(),
  /** A page of the latest migration's queue (open rows by default), in queue order. */
  queue: method(
    z.object({
      reason: z.enum(MIGRATION_REASONS).optional(),
      state: z.enum(['open', 'resolved', 'all']).optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(50_000).optional(),
    }),
  ).reads<{ rows: MigrationQueueRow[]; total: number }>(),
  /**
   * Decides queue rows (one undo step): `replace` by `target` or, without it, by each row's top
   * suggestion; `keep` the same concept in the newer version; `no-equivalent`. Several rows at once
   * only where their reasons allow it (e.g. keep when only relabelled).
   */
  resolve: method(
    z.object({
      ids: z.array(z.number().int().positive()).min(1).max(50_000),
      action: z.enum(['replace', 'keep', 'no-equivalent']),
      target: z.object({ uri: z.string().min(1).max(4000), label: z.string().max(2000).optional() }).optional(),
    }),
  ).writes<MappingWriteResult>(['mappings']),
};
