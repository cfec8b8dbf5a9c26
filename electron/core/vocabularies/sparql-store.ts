import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SPARQL_DEFAULT_LIMIT, SPARQL_DEFAULT_TIMEOUT_SECONDS } from '../../../shared/contract/vocabularies.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import type { StoreReady, StoreRequest, StoreResponse } from '../workers/vocab-store.js';
import type { CappedResult } from './store-query.js';

/** The contract's defaults, in the store's units. */
export const DEFAULT_SPARQL_LIMIT = SPARQL_DEFAULT_LIMIT;
/** How long one query may run before the store worker is stopped. */
export const DEFAULT_SPARQL_TIMEOUT_MS = SPARQL_DEFAULT_TIMEOUT_SECONDS * 1000;

export interface StoreQueryOptions {
  /** At most this many rows / triples (0 = all). Default DEFAULT_SPARQL_LIMIT. */
  limit?: number;
  /** Stop the query after this long (0 = never). Default DEFAULT_SPARQL_TIMEOUT_MS. */
  timeoutMs?: number;
  /** A caller-chosen id by which `cancel` finds the query. */
  queryId?: string;
}

interface Waiting {
  id: number;
  query: string;
  limit: number;
  timeoutMs: number;
  queryId?: string;
  resolve: (result: CappedResult) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

/**
 * Client of the vocab-store worker: starts it on the first query (loading every vocabulary's
 * graph) and answers queries one at a time. Oxigraph cannot interrupt a running query, so a query
 * that times out or is cancelled terminates the worker; the next query starts (and loads) a new one.
 */
export class SparqlStore {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private isReady = false;
  private nextId = 1;
  private running: Waiting | undefined;
  private readonly queue: Waiting[] = [];
  /** Ids cancelled before their query arrived (the two requests may overtake each other). */
  private readonly cancelledEarly = new Set<string>();
  /** Milliseconds the last store load took (for the bench and diagnostics). */
  lastLoadMs: number | undefined;

  constructor(
    private readonly workersDir: string,
    private readonly graphs: () => { file: string; graph: string }[],
  ) {}

  /** Starts loading in the background (e.g. when the SPARQL console opens). */
  warmUp(): Promise<void> {
    if (!this.ready) this.start();
    return this.ready!;
  }

  query(query: string, options: StoreQueryOptions = {}): Promise<CappedResult> {
    if (options.queryId && this.cancelledEarly.delete(options.queryId)) {
      return Promise.reject(new CrosswalkError(ErrorCodes.cancelled, 'The query was cancelled.'));
    }
    return new Promise<CappedResult>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        query,
        limit: options.limit ?? DEFAULT_SPARQL_LIMIT,
        timeoutMs: options.timeoutMs ?? DEFAULT_SPARQL_TIMEOUT_MS,
        queryId: options.queryId,
        resolve,
        reject,
      });
      this.pump();
    });
  }

  /**
   * Stops a running or waiting query by its queryId; false when there is none (then a query
   * arriving later with that id is cancelled at once).
   */
  cancel(queryId: string): boolean {
    const queued = this.queue.findIndex((w) => w.queryId === queryId);
    if (queued >= 0) {
      const [waiting] = this.queue.splice(queued, 1);
      waiting!.reject(new CrosswalkError(ErrorCodes.cancelled, 'The query was cancelled.'));
      this.keepAliveOnlyWhileBusy();
      return true;
    }
    if (this.running?.queryId !== queryId) {
      this.cancelledEarly.add(queryId);
      // Only recent ids matter; keep the set small.
      if (this.cancelledEarly.size > 100) this.cancelledEarly.delete(this.cancelledEarly.values().next().value!);
      return false;
    }
    this.stopRunning(new CrosswalkError(ErrorCodes.cancelled, 'The query was cancelled; the SPARQL store reloads for the next query.'));
    return true;
  }

  /** Drops the loaded store; the next query loads the library afresh. */
  invalidate(): void {
    this.dispose();
  }

  dispose(): void {
    const error = new CrosswalkError(ErrorCodes.cancelled, 'The vocabulary library changed while the query ran; run it again.');
    this.stopWorker();
    if (this.running) this.settle(this.running).reject(error);
    for (const waiting of this.queue.splice(0)) waiting.reject(error);
  }

  private start(): void {
    const worker = new Worker(path.join(this.workersDir, 'vocab-store.js'), { workerData: { graphs: this.graphs() } });
    this.worker = worker;
    this.isReady = false;
    this.keepAliveOnlyWhileBusy();
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: StoreResponse | StoreReady) => {
        if ('ready' in message) {
          this.isReady = true;
          this.lastLoadMs = message.loadMs;
          resolve();
          this.pump();
          return;
        }
        const waiting = this.running;
        if (!waiting || waiting.id !== message.id) return;
        this.settle(waiting);
        // A store that failed inside is dropped (its memory with it); the next query loads a new one.
        if (!message.ok && message.restart) this.stopWorker();
        if (message.ok) waiting.resolve(message.result);
        else waiting.reject(new CrosswalkError(message.error.code, message.error.message, message.error.details));
        this.pump();
      });
      const fail = (error: Error) => {
        if (this.worker !== worker) return;
        this.stopWorker();
        reject(error);
        if (this.running) this.settle(this.running).reject(error);
        for (const waiting of this.queue.splice(0)) waiting.reject(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new CrosswalkError(ErrorCodes.internal, `The SPARQL store stopped (exit code ${code}).`)));
    });
    // Queries see load failures through their own rejection; this keeps the promise from being unhandled.
    this.ready.catch(() => undefined);
  }

  /** Sends the next waiting query once the store is loaded and idle. */
  private pump(): void {
    if (this.running || this.queue.length === 0) {
      this.keepAliveOnlyWhileBusy();
      return;
    }
    if (!this.worker) this.start();
    if (!this.isReady) return;
    const waiting = this.queue.shift()!;
    this.running = waiting;
    if (waiting.timeoutMs > 0) {
      waiting.timer = setTimeout(() => {
        const seconds = Math.round(waiting.timeoutMs / 100) / 10;
        this.stopRunning(
          new CrosswalkError(
            ErrorCodes.cancelled,
            `The query ran longer than ${seconds} s and was stopped (the SPARQL store reloads for the next query). Narrow it, add a LIMIT, or allow more time.`,
            { field: 'query', timeoutSeconds: seconds },
          ),
        );
      }, waiting.timeoutMs);
    }
    this.keepAliveOnlyWhileBusy();
    this.worker!.postMessage({ id: waiting.id, query: waiting.query, limit: waiting.limit } satisfies StoreRequest);
  }

  /** Terminates the worker under a running query, answers it with `error` and carries on with the rest. */
  private stopRunning(error: CrosswalkError): void {
    const waiting = this.running;
    this.stopWorker();
    if (waiting) this.settle(waiting).reject(error);
    this.pump();
  }

  private settle(waiting: Waiting): Waiting {
    clearTimeout(waiting.timer);
    if (this.running === waiting) this.running = undefined;
    return waiting;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    this.isReady = false;
    if (worker) void worker.terminate();
  }

  /** Keeps the process alive while queries wait or run (the CLI), not while the store merely idles. */
  private keepAliveOnlyWhileBusy(): void {
    if (!this.worker) return;
    if (this.running || this.queue.length > 0) this.worker.ref();
    else this.worker.unref();
  }
}
