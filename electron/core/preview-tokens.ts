import { randomUUID } from 'node:crypto';
import { ErrorCodes } from '../../shared/errors.js';
import { CrosswalkError } from './errors.js';

/** How many previews are kept, and for how long: enough for a few open dialogs, bounded in memory. */
export const PREVIEW_LIMIT = 5;
export const PREVIEW_TTL_MS = 30 * 60 * 1000;

export interface PreviewTokenMessages {
  /** The token is unknown: expired, replaced by newer previews, committed or cancelled. */
  missing: string;
  /** The preview was made for another project than the one the commit writes to. */
  foreign: string;
}

/**
 * Imports read and checked by a preview, kept in the core under a token so the commit writes
 * exactly what was previewed. Each is bound to the project open at preview time (null: none was
 * open, any project may take it) and expires after PREVIEW_TTL_MS; only the newest PREVIEW_LIMIT
 * are kept. Used by both import kinds (sources, mapping tables).
 */
export class PreviewTokens<T> {
  private readonly entries = new Map<string, { value: T; projectPath: string | null; at: number }>();

  constructor(
    private readonly messages: PreviewTokenMessages,
    private readonly now: () => number = Date.now,
  ) {}

  put(value: T, projectPath: string | null): string {
    this.prune();
    const token = randomUUID();
    this.entries.set(token, { value, projectPath, at: this.now() });
    while (this.entries.size > PREVIEW_LIMIT) this.entries.delete(this.entries.keys().next().value!);
    return token;
  }

  /** The previewed value for a commit into the project at projectPath; throws "preview again" when expired or foreign. */
  get(token: string, projectPath: string): T {
    this.prune();
    const entry = this.entries.get(token);
    if (!entry) throw new CrosswalkError(ErrorCodes.notFound, this.messages.missing, { field: 'token', token });
    if (entry.projectPath !== null && entry.projectPath !== projectPath)
      throw new CrosswalkError(ErrorCodes.conflict, this.messages.foreign, { field: 'token', token });
    return entry.value;
  }

  /** get, and the token is used up. */
  take(token: string, projectPath: string): T {
    const value = this.get(token, projectPath);
    this.entries.delete(token);
    return value;
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  private prune(): void {
    const cutoff = this.now() - PREVIEW_TTL_MS;
    for (const [token, entry] of this.entries) if (entry.at < cutoff) this.entries.delete(token);
  }
}
