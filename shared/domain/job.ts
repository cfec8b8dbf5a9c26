import type { ErrorShape } from '../contract/method.js';

export type JobState = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** A long piece of work (import, indexing, batch suggestion) running off the UI thread. */
export interface JobInfo {
  id: string;
  kind: string;
  title: string;
  state: JobState;
  /** Units done and total units; total 0 means unknown. */
  done: number;
  total: number;
  message: string;
  startedAt: string;
  finishedAt?: string;
  error?: ErrorShape;
  /** Plain-JSON result of a finished job. */
  result?: unknown;
}
