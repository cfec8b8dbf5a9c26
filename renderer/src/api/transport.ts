import type { CrosswalkBridge, FileFilter, ShellBridge } from '../../../shared/contract/index.js';
import type { Envelope } from '../../../shared/contract/method.js';
import type { AppEvent } from '../../../shared/domain/events.js';
import type { FileRef } from '../../../shared/domain/files.js';

/** How the UI reaches the core: Electron's preload bridge, or the HTTP adapter. */
export interface Transport {
  kind: 'electron' | 'http';
  call(domain: string, method: string, args: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Native dialogs exist only in Electron. */
  shell?: Pick<ShellBridge, 'chooseOpenPath' | 'chooseSavePath'>;
  /** A file the user picked or dropped, as the contract's FileRef. */
  fileRef(file: File): Promise<FileRef>;
  /** URL to fetch a finished download (HTTP only). */
  downloadUrl(downloadId: string): string;
}

declare global {
  interface Window {
    crosswalk?: CrosswalkBridge;
  }
}

export function ipcTransport(bridge: CrosswalkBridge): Transport {
  const domains = bridge as unknown as Record<string, Record<string, (args: unknown) => Promise<Envelope<unknown>>>>;
  return {
    kind: 'electron',
    call: (domain, method, args) => {
      const fn = domains[domain]?.[method];
      if (!fn)
        return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `${domain}-${method} is not in the bridge` } });
      return fn(args);
    },
    subscribe: (listener) => bridge.events.subscribe(listener),
    shell: bridge.shell,
    fileRef: (file) => Promise.resolve({ path: bridge.shell.pathForFile(file) }),
    downloadUrl: () => '',
  };
}

/**
 * The HTTP adapter's transport. The session is an HttpOnly cookie the page never sees; `signedIn`
 * settles once the printed URL's one-time code has been exchanged for it (calls wait for that).
 */
export function httpTransport(base = '', signedIn: Promise<unknown> = Promise.resolve()): Transport {
  const headers = { 'Content-Type': 'application/json' };
  const events = sharedEventStream(`${base}/api/events`);
  return {
    kind: 'http',
    async call(domain, method, args) {
      await signedIn;
      const response = await fetch(`${base}/api/${domain}-${method}`, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
      return (await response.json()) as Envelope<unknown>;
    },
    subscribe(listener) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void signedIn.then(() => {
        if (!stopped) stop = events(listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
    async fileRef(file) {
      await signedIn;
      const response = await fetch(`${base}/api/upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: file,
      });
      const envelope = (await response.json()) as Envelope<{ uploadId: string; name: string }>;
      if (!envelope.ok) throw new Error(envelope.error.message);
      return { uploadId: envelope.value.uploadId, name: envelope.value.name };
    },
    downloadUrl: (id) => `${base}/api/download/${encodeURIComponent(id)}`,
  };
}

/**
 * One EventSource for all listeners: browsers allow six connections per host, and a stream per
 * listener would leave none for API calls. The stream opens with the first listener and closes
 * with the last.
 */
export function sharedEventStream(
  url: string,
  open = (u: string) => new EventSource(u),
): (listener: (event: AppEvent) => void) => () => void {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;
  return (listener) => {
    listeners.add(listener);
    if (!source) {
      source = open(url);
      source.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as AppEvent;
        for (const each of [...listeners]) each(event);
      };
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  };
}

/** Electron's bridge when the preload put it there; otherwise the HTTP adapter that served this page. */
export function detectTransport(): Transport {
  if (window.crosswalk) return ipcTransport(window.crosswalk);
  return httpTransport('', signIn());
}

/**
 * Exchanges the one-time code of the URL `npm run serve` printed (`#code=…`) for the session
 * cookie, and takes it out of the address bar and history. Without a code (a reload) the cookie is
 * already there, or calls answer 401 with a message saying how to sign in.
 */
function signIn(): Promise<unknown> {
  const code = new URLSearchParams(window.location.hash.slice(1)).get('code');
  if (!code) return Promise.resolve();
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) }).catch(
    () => undefined,
  );
}

export type { FileFilter };
