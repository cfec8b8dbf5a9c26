import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SparqlResult } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes, type ErrorCode } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import type { StoreResponse } from '../workers/vocab-store.js';

/**
 * Client of the vocab-store worker: starts it on the first query (loading every vocabulary's
 * graph), answers queries in order, and restarts it after the library changed.
 */
export class SparqlStore {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: SparqlResult) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly workersDir: string,
    private readonly graphs: () => { file: string; graph: string }[],
  ) {}

  /** Starts loading in the background (e.g. when the SPARQL console opens). */
  warmUp(): Promise<void> {
    if (!this.ready) this.start();
    return this.ready!;
  }

  async query(query: string): Promise<SparqlResult> {
    await this.warmUp();
    const worker = this.worker!;
    const id = this.nextId++;
    // Keep the process alive while a query runs (the CLI), not while the store merely idles.
    worker.ref();
    return new Promise<SparqlResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, query });
    }).finally(() => {
      if (this.pending.size === 0) worker.unref();
    });
  }

  /** Drops the loaded store; the next query loads the library afresh. */
  invalidate(): void {
    this.dispose();
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    this.failAll(new CrosswalkError(ErrorCodes.cancelled, 'The vocabulary library changed while the query ran; run it again.'));
    if (worker) void worker.terminate();
  }

  private start(): void {
    const worker = new Worker(path.join(this.workersDir, 'vocab-store.js'), { workerData: { graphs: this.graphs() } });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: StoreResponse | { ready: true }) => {
        if ('ready' in message) {
          if (this.pending.size === 0) worker.unref();
          resolve();
          return;
        }
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!waiting) return;
        if (message.ok) waiting.resolve(message.result);
        else waiting.reject(new CrosswalkError(message.error.code as ErrorCode, message.error.message, message.error.details));
      });
      const fail = (error: Error) => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.ready = undefined;
        reject(error);
        this.failAll(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new CrosswalkError(ErrorCodes.internal, `The SPARQL store stopped (exit code ${code}).`)));
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
