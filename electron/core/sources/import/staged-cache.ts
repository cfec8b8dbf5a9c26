import { randomUUID } from 'node:crypto';
import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';
import type { StagedImport } from './staged-import.js';

/** How many previews are kept, and for how long: enough for a few open dialogs, bounded in memory. */
export const STAGED_LIMIT = 5;
export const STAGED_TTL_MS = 30 * 60 * 1000;

/**
 * Imports read and checked by a preview, kept in the core under a token so the commit writes
 * exactly what was previewed (URLs are not fetched again, row fixes land on the same rows).
 */
export class StagedCache {
  private readonly entries = new Map<string, { staged: StagedImport; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  put(staged: StagedImport): string {
    this.prune();
    const token = randomUUID();
    this.entries.set(token, { staged, at: this.now() });
    while (this.entries.size > STAGED_LIMIT) this.entries.delete(this.entries.keys().next().value!);
    return token;
  }

  get(token: string): StagedImport {
    this.prune();
    const entry = this.entries.get(token);
    if (!entry) throw new CrosswalkError(ErrorCodes.notFound, 'This import preview has expired or was replaced; preview the input again.', { field: 'token' });
    return entry.staged;
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  private prune(): void {
    const cutoff = this.now() - STAGED_TTL_MS;
    for (const [token, entry] of this.entries) if (entry.at < cutoff) this.entries.delete(token);
  }
}

const caches = new WeakMap<object, StagedCache>();

/** The cache of one app context (one per running core), created on first use. */
export function stagedCacheOf(ctx: object): StagedCache {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new StagedCache()));
  return cache;
}
