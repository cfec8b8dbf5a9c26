import type { ApiClient } from '../../../shared/contract/index.js';
import { createApiClient } from '../../../shared/contract/client.js';
import type { Transport } from './transport.js';

export { ApiError } from '../../../shared/contract/client.js';

/** `api.projects.create({...})`: the contract's typed client over the renderer's transport (IPC or HTTP). */
export function createClient(transport: Transport): ApiClient {
  return createApiClient((domain, name, args) => transport.call(domain, name, args));
}
