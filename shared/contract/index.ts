import type { AppEvent } from '../domain/events.js';
import { appContract } from './app.js';
import type { DomainBridge, DomainClient, DomainContract, DomainHandlers } from './method.js';
import { projectsContract } from './projects.js';
import { mappingsContract } from './mappings.js';
import { reviewContract } from './review.js';
import { vocabulariesContract } from './vocabularies.js';
import { suggestContract } from './suggest.js';
import { sourcesContract } from './sources.js';
import { exportContract } from './export.js';
import { teamContract } from './team.js';
import { migrationContract } from './migration.js';

/**
 * The whole API: one handler map per domain. Channel names are `<domain>-<method>`
 * (e.g. `projects-create`). Later domains (vocabularies, sources, suggest, mappings, review,
 * export) are added here.
 */
export const contract = {
  app: appContract,
  projects: projectsContract,
  mappings: mappingsContract,
  review: reviewContract,
  vocabularies: vocabulariesContract,
  suggest: suggestContract,
  sources: sourcesContract,
  export: exportContract,
  team: teamContract,
  migration: migrationContract,
} satisfies Record<string, DomainContract>;

export type Contract = typeof contract;
export type DomainName = keyof Contract;

export type ApiBridge = { [D in DomainName]: DomainBridge<Contract[D]> };
export type ApiClient = { [D in DomainName]: DomainClient<Contract[D]> };
export type ApiHandlers = { [D in DomainName]: DomainHandlers<Contract[D]> };

/** Native capabilities only the Electron shell has; the browser UI falls back to in-app forms. */
export interface ShellBridge {
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Path of a File dropped on or picked in the page (Electron's webUtils). */
  pathForFile(file: File): string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What the preload exposes as `window.crosswalk`. */
export type CrosswalkBridge = ApiBridge & {
  events: { subscribe(listener: (event: AppEvent) => void): () => void };
  shell: ShellBridge;
};

export * from './method.js';
