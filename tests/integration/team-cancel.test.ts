import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-context.js';

/** A peer that takes connections and never answers (a store hanging mid-request); `connected` settles on the first. */
async function stalledStore() {
  const sockets = new Set<net.Socket>();
  let connected!: () => void;
  const firstConnection = new Promise<void>((resolve) => (connected = resolve));
  const server = net.createServer((socket) => {
    sockets.add(socket);
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/sparql`,
    firstConnection,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe('team.cancel through the dispatcher', () => {
  let app: TestApp;
  let store: Awaited<ReturnType<typeof stalledStore>>;
  beforeAll(async () => {
    app = createTestApp();
    store = await stalledStore();
    await app.api.projects.create({ title: 'Cancel test' });
    const scheme = await app.api.sources.createScheme({ title: 'Outcomes', language: 'en' });
    await app.api.sources.addItem({ schemeId: scheme.id, key: 'LO1', text: 'Clean a data set', language: 'en' });
    await app.api.team.addRemote({
      name: 'stalled',
      queryEndpoint: store.endpoint,
      graph: 'https://example.org/mappings/cancel',
      auth: 'none',
    });
  });
  afterAll(() => {
    store.close();
    app.cleanup();
  });

  it('stops a push that waits on a store that never answers, in one line naming the endpoint, and leaves the project as it was', async () => {
    expect(await app.api.team.cancel({ name: 'stalled' })).toEqual({ cancelled: false });
    const push = app.api.team.push({ name: 'stalled' });
    const outcome = push.then(
      () => 'pushed',
      (error: unknown) => error,
    );
    await store.firstConnection;
    expect(await app.api.team.cancel({ name: 'stalled' })).toEqual({ cancelled: true });
    expect(await outcome).toMatchObject({ code: 'cancelled', message: `${store.endpoint}: cancelled` });
    const [remote] = await app.api.team.remotes({});
    expect([remote!.revision, remote!.syncedAt]).toEqual([null, null]);
    // Nothing is left running: a second cancel finds nothing.
    expect(await app.api.team.cancel({ name: 'stalled' })).toEqual({ cancelled: false });
  }, 30_000);

  it('stops a pull the same way', async () => {
    const outcome = app.api.team.pull({ name: 'stalled' }).then(
      () => 'pulled',
      (error: unknown) => error,
    );
    // The connection from the push was destroyed with it; wait until the pull's request is on the wire.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await app.api.team.cancel({ name: 'stalled' })).toEqual({ cancelled: true });
    expect(await outcome).toMatchObject({ code: 'cancelled', message: `${store.endpoint}: cancelled` });
  }, 30_000);
});
