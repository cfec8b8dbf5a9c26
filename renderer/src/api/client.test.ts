import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/method.js';
import { ApiError, createClient } from './client.js';
import type { Transport } from './transport.js';

function recordingTransport(answer: (domain: string, method: string, args: unknown) => Envelope<unknown>) {
  const calls: [string, string, unknown][] = [];
  const transport: Transport = {
    kind: 'http',
    call: (domain, method, args) => {
      calls.push([domain, method, args]);
      return Promise.resolve(answer(domain, method, args));
    },
    subscribe: () => () => undefined,
    fileRef: () => Promise.reject(new Error('unused')),
    downloadUrl: (id) => `/api/download/${id}`,
  };
  return { transport, calls };
}

describe('createClient', () => {
  it('has a typed method per contract method and unwraps values', async () => {
    const { transport, calls } = recordingTransport(() => ({ ok: true, value: { path: '/p.crosswalk' } }));
    const client = createClient(transport);
    await expect(client.projects.open({ path: '/p.crosswalk' })).resolves.toEqual({ path: '/p.crosswalk' });
    expect(calls).toEqual([['projects', 'open', { path: '/p.crosswalk' }]]);
    expect(typeof client.app.info).toBe('function');
  });

  it('throws ApiError with the code and details of an error envelope', async () => {
    const { transport } = recordingTransport(() => ({
      ok: false,
      error: { code: 'no-project', message: 'No project is open.', details: { hint: 1 } },
    }));
    const error = await createClient(transport)
      .projects.current({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'no-project', message: 'No project is open.', details: { hint: 1 } });
  });
});
