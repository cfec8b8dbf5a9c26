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
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `${domain}-${method} is not in the bridge` } });
      return fn(args);
    },
    subscribe: (listener) => bridge.events.subscribe(listener),
    shell: bridge.shell,
    fileRef: (file) => Promise.resolve({ path: bridge.shell.pathForFile(file) }),
    downloadUrl: () => '',
  };
}

export function httpTransport(token: string, base = ''): Transport {
  const headers = { 'Content-Type': 'application/json', 'X-Crosswalk-Token': token };
  return {
    kind: 'http',
    async call(domain, method, args) {
      const response = await fetch(`${base}/api/${domain}-${method}`, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
      return (await response.json()) as Envelope<unknown>;
    },
    subscribe: sharedEventStream(`${base}/api/events?token=${encodeURIComponent(token)}`),
    async fileRef(file) {
      const response = await fetch(`${base}/api/upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'X-Crosswalk-Token': token, 'Content-Type': 'application/octet-stream' },
        body: file,
      });
      const envelope = (await response.json()) as Envelope<{ uploadId: string; name: string }>;
      if (!envelope.ok) throw new Error(envelope.error.message);
      return { uploadId: envelope.value.uploadId, name: envelope.value.name };
    },
    downloadUrl: (id) => `${base}/api/download/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`,
  };
}

/**
 * One EventSource for all listeners: browsers allow six connections per host, and a stream per
 * listener would leave none for API calls. The stream opens with the first listener and closes
 * with the last.
 */
export function sharedEventStream(url: string, open = (u: string) => new EventSource(u)): (listener: (event: AppEvent) => void) => () => void {
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
  const token = document.querySelector<HTMLMetaElement>('meta[name="crosswalk-token"]')?.content;
  if (!token) throw new Error('Crosswalk must be opened from the desktop app or from the URL that "npm run serve" prints.');
  return httpTransport(token);
}

export type { FileFilter };
