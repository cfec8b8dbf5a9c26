import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { contract, type CrosswalkBridge } from '../../shared/contract/index.js';
import type { DomainBridge, DomainContract } from '../../shared/contract/method.js';
import type { AppEvent } from '../../shared/domain/events.js';

// Kept in step with electron/main/ipc.ts (the preload is bundled alone and cannot import main).
const EVENT_CHANNEL = 'crosswalk:event';

/** Named methods for one domain, generated from the contract: `projects.create` invokes `projects-create`. */
function bridgeFor<D extends DomainContract>(domain: string, methods: D): DomainBridge<D> {
  const bridge: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(methods)) {
    const channel = `${domain}-${name}`;
    bridge[name] = (args: unknown) => ipcRenderer.invoke(channel, args);
  }
  return bridge as DomainBridge<D>;
}

const crosswalk = {
  app: bridgeFor('app', contract.app),
  projects: bridgeFor('projects', contract.projects),
  mappings: bridgeFor('mappings', contract.mappings),
  review: bridgeFor('review', contract.review),
  vocabularies: bridgeFor('vocabularies', contract.vocabularies),
  suggest: bridgeFor('suggest', contract.suggest),
  sources: bridgeFor('sources', contract.sources),
  export: bridgeFor('export', contract.export),
  migration: bridgeFor('migration', contract.migration),
  team: bridgeFor('team', contract.team),
  events: {
    subscribe(listener: (event: AppEvent) => void) {
      const forward = (_event: Electron.IpcRendererEvent, payload: AppEvent) => listener(payload);
      ipcRenderer.on(EVENT_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, forward);
      };
    },
  },
  shell: {
    chooseOpenPath: (options) => ipcRenderer.invoke('shell:choose-open-path', options) as Promise<string | null>,
    chooseSavePath: (options) => ipcRenderer.invoke('shell:choose-save-path', options) as Promise<string | null>,
    // Not the path itself: a handle the main process mints for it (a made-up File has no path, so gets none).
    pathForFile: (file) => ipcRenderer.sendSync('shell:file-handle', webUtils.getPathForFile(file)) as string,
  },
} satisfies CrosswalkBridge;

contextBridge.exposeInMainWorld('crosswalk', crosswalk);
