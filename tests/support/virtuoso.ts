import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Where Debian's virtuoso-opensource-7-bin puts the server (VIRTUOSO_BIN overrides). */
export const VIRTUOSO_BIN = process.env.VIRTUOSO_BIN ?? '/usr/bin/virtuoso-t';

/** Why Virtuoso tests cannot run here, or null when they can. Printed by the tests that skip. */
export function virtuosoMissing(): string | null {
  return fs.existsSync(VIRTUOSO_BIN)
    ? null
    : `SKIPPED: ${VIRTUOSO_BIN} not found (apt-get install virtuoso-opensource-7-bin, or set VIRTUOSO_BIN)`;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface VirtuosoServer {
  dir: string;
  sqlPort: number;
  httpPort: number;
  queryEndpoint: string;
  updateEndpoint: string;
  graphStoreEndpoint: string;
  user: string;
  password: string;
  pid: number;
  /** Stops the server by its PID (SIGTERM, then SIGKILL), keeping the database for a restart. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same database and ports. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

function iniFile(dir: string, sqlPort: number, httpPort: number): string {
  return [
    '[Database]',
    `DatabaseFile = ${dir}/virtuoso.db`,
    `ErrorLogFile = ${dir}/virtuoso.log`,
    `LockFile = ${dir}/virtuoso.lck`,
    `TransactionFile = ${dir}/virtuoso.trx`,
    `xa_persistent_file = ${dir}/virtuoso.pxa`,
    '[Parameters]',
    `ServerPort = 127.0.0.1:${sqlPort}`,
    `DirsAllowed = ., ${dir}`,
    'NumberOfBuffers = 170000',
    'MaxDirtyBuffers = 130000',
    // A push swaps the whole graph in one logged transaction; the default 50 MB after-image limit aborts it past ~20,000 mappings.
    'TransactionAfterImageLimit = 2000000000', // a 32-bit setting: 4e9 wrapped and the bench still hit SR325
    '[HTTPServer]',
    `ServerPort = 127.0.0.1:${httpPort}`,
    'MaxClientConnections = 8',
    '[SPARQL]',
    'ResultSetMaxRows = 0',
    'MaxQueryExecutionTime = 0',
    'MaxQueryCostEstimationTime = 0',
    '',
  ].join('\n');
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, log: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`virtuoso-t exited with ${child.exitCode}: ${tail(log)}`);
    try {
      const response = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`virtuoso-t did not answer ${endpoint} within ${timeoutMs / 1000} s: ${tail(log)}`);
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-5).join(' | ');
  } catch {
    return '(no log)';
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts a private Virtuoso on free loopback ports with its database in a temp folder, and waits
 * until /sparql answers. Update is /sparql-auth (digest, dba/dba on a fresh database), the Graph
 * Store /sparql-graph-crud-auth.
 */
export async function startVirtuoso(): Promise<VirtuosoServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-virtuoso-'));
  const sqlPort = await freePort();
  const httpPort = await freePort();
  const ini = path.join(dir, 'virtuoso.ini');
  fs.writeFileSync(ini, iniFile(dir, sqlPort, httpPort));
  const base = `http://127.0.0.1:${httpPort}`;
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(VIRTUOSO_BIN, ['+foreground', '+configfile', ini], { cwd: dir, stdio: 'ignore' });
    await waitUntilAnswering(`${base}/sparql`, child, path.join(dir, 'virtuoso.log'));
  };
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    if (!(await waitForExit(child, 30_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    }
  };
  await launch();
  const server: VirtuosoServer = {
    dir,
    sqlPort,
    httpPort,
    queryEndpoint: `${base}/sparql`,
    updateEndpoint: `${base}/sparql-auth`,
    graphStoreEndpoint: `${base}/sparql-graph-crud-auth`,
    user: 'dba',
    password: 'dba',
    get pid() {
      return child.pid ?? -1;
    },
    stop: () => stopWith('SIGTERM'),
    kill: () => stopWith('SIGKILL'),
    restart: async () => {
      await stopWith('SIGTERM');
      fs.rmSync(path.join(dir, 'virtuoso.lck'), { force: true });
      await launch();
    },
    dispose: async () => {
      await stopWith('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
