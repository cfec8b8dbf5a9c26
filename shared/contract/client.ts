import { contract, type ApiClient } from './index.js';
import type { Envelope, ErrorShape } from './method.js';

/** How a client reaches the core: one envelope per call (dispatcher in process, IPC, HTTP). */
export type CallEnvelope = (domain: string, name: string, args: unknown) => Promise<Envelope<unknown>>;

/** An error from the core, with its code and details kept. */
export class ApiError extends Error {
  readonly code: ErrorShape['code'];
  readonly details?: unknown;
  constructor(shape: ErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

/**
 * `api.projects.create({...})`: a typed method for every method of the contract, over any
 * transport. Each method resolves with the value or throws an ApiError.
 */
export function createApiClient(call: CallEnvelope): ApiClient {
  const client: Record<string, Record<string, (args: unknown) => Promise<unknown>>> = {};
  for (const [domain, methods] of Object.entries(contract)) {
    const domainClient: Record<string, (args: unknown) => Promise<unknown>> = {};
    for (const name of Object.keys(methods)) {
      domainClient[name] = async (args: unknown) => {
        const envelope = await call(domain, name, args);
        if (!envelope.ok) throw new ApiError(envelope.error);
        return envelope.value;
      };
    }
    client[domain] = domainClient;
  }
  return client as unknown as ApiClient;
}
