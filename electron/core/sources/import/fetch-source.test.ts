import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytes } from './fetch-source.js';

const MiB = 1024 * 1024;

describe('fetchBytes size cap', () => {
  let server: http.Server;
  let base: string;
  let chunksSent = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': String(3 * MiB) }).end(Buffer.alloc(3 * MiB, 0x61));
        return;
      }
      if (req.url === '/small') {
        res.writeHead(200, { 'content-type': 'text/csv' }).end('id,text\nLO1,Fine\n');
        return;
      }
      // No length given: an endless stream of 64 KiB chunks, until the client stops reading.
      res.writeHead(200, { 'content-type': 'text/csv' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const send = () => {
        if (res.destroyed || chunksSent > 10_000) return res.end();
        chunksSent++;
        if (res.write(chunk)) setImmediate(send);
        else res.once('drain', send);
      };
      send();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a response under the cap', async () => {
    expect(Buffer.from((await fetchBytes(`${base}/small`, {}, {}, MiB)).bytes).toString()).toBe('id,text\nLO1,Fine\n');
  });

  it('refuses a response whose declared length is over the cap, naming the URL', async () => {
    await expect(fetchBytes(`${base}/declared`, {}, {}, MiB)).rejects.toMatchObject({
      code: 'bad-input',
      message: `${base}/declared, field "size": the response is over the 1 MiB cap for sources; download it and import the file`,
    });
  });

  it('stops an endless response once it passes the cap', async () => {
    await expect(fetchBytes(`${base}/endless`, {}, {}, MiB)).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/over the 1 MiB cap/),
    });
    // Well short of the 10,000 chunks (625 MiB) the server would send.
    expect(chunksSent).toBeLessThan(200);
  });
});
