import { z } from 'zod';
import type { JobInfo } from '../domain/job.js';
import { OrcidSchema } from '../orcid.js';
import { method } from './method.js';
import { secureDownloadUrlSetting, webUrlSetting } from './setting-urls.js';

export interface AppInfo {
  name: string;
  version: string;
  /** Which adapter serves this UI. */
  host: 'electron' | 'http';
  userDataDir: string;
  libraryDir: string;
  projectsDir: string;
}

export interface UserSettings {
  /** Name recorded as author / reviewer of mappings (the person record; never the OS account). */
  userName: string;
  /** Optional ORCID iD (0000-0000-0000-0000), checked with its check digit. */
  orcid: string;
  /** Optional e-mail address of the person, shown nowhere but the Settings view and the person record. */
  email: string;
  /** Base of ESCO downloads; configurable for mirrors and tests. https only (http on localhost). */
  escoDownloadBase: string;
  /** Base under which URIs are minted for local concepts without URIs of their own: an absolute http(s) URL. */
  uriBase: string;
  /** Size caps of input files in MiB (source tables, mapping tables, RDF vocabularies, zip packages): bigger files are refused before reading. */
  maxSourceFileMiB: number;
  maxMappingTableMiB: number;
  maxVocabularyFileMiB: number;
  maxEscoZipMiB: number;
}

const inputCapMiB = z.number().int().min(1).max(16_384);

export const UserSettingsSchema = z.object({
  userName: z.string().max(200),
  orcid: OrcidSchema,
  email: z.union([z.literal(''), z.email('an e-mail address such as ana@example.org')]),
  escoDownloadBase: secureDownloadUrlSetting,
  uriBase: webUrlSetting,
  maxSourceFileMiB: inputCapMiB,
  maxMappingTableMiB: inputCapMiB,
  maxVocabularyFileMiB: inputCapMiB,
  maxEscoZipMiB: inputCapMiB,
});

export const appContract = {
  info: method(z.object({})).reads<AppInfo>(),
  settingsGet: method(z.object({})).reads<UserSettings>(),
  settingsUpdate: method(UserSettingsSchema.partial()).writes<UserSettings>(['settings']),
  jobsList: method(z.object({})).reads<JobInfo[]>(),
  jobGet: method(z.object({ id: z.string() })).reads<JobInfo>(),
  jobCancel: method(z.object({ id: z.string() })).writes<JobInfo>(['jobs']),
};
