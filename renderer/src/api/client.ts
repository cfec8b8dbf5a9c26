import { contract, type ApiClient } from '../../../shared/contract/index.js';
import type { ErrorShape } from '../../../shared/contract/method.js';
import type { Transport } from './transport.js';

/** An error from the core, with its code and details kept. */
export class ApiError extends Error {
  readonly code: string;
  readonly details?: unknown;
  constructor(shape: ErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

/** `api.projects.create({...})`: a typed method for every method of the contract. */
export function createClient(transport: Transport): ApiClient {
  const client: Record<string, Record<string, (args: unknown) => Promise<unknown>>> = {};
  for (const [domain, methods] of Object.entries(contract)) {
    const domainClient: Record<string, (args: unknown) => Promise<unknown>> = {};
    for (const name of Object.keys(methods)) {
      domainClient[name] = async (args: unknown) => {
        const envelope = await transport.call(domain, name, args);
        if (!envelope.ok) throw new ApiError(envelope.error);
        return envelope.value;
      };
    }
    client[domain] = domainClient;
  }
  return client as unknown as ApiClient;
}
