import fs from 'node:fs';
import type http from 'node:http';
import { finished } from 'node:stream/promises';

/**
 * Streams a request body into `file`, up to `limit` bytes. Past the limit it stops writing at once
 * and answers `false`: the caller deletes the partial file and answers 413. The rest of the body is
 * read and dropped (so the 413 reaches the client) until the response is sent and `lingerMs` has
 * passed; then the connection is closed.
 */
export async function storeCapped(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: string,
  limit: number,
  lingerMs = 1000,
): Promise<number | false> {
  const out = fs.createWriteStream(file);
  let size = 0;
  const outcome = await new Promise<number | false>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.resume();
        res.once('finish', () => setTimeout(() => req.socket.destroy(), lingerMs).unref());
        resolve(false);
      } else if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    };
    const onEnd = () => resolve(size);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
    out.once('error', reject);
  }).catch((error: unknown) => {
    out.destroy();
    throw error;
  });
  out.end();
  await finished(out);
  return outcome;
}
