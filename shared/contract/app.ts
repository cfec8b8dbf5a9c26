import { z } from 'zod';
import type { JobInfo } from '../domain/job.js';
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
  /** Name recorded as author / reviewer of mappings. */
  userName: string;
  /** Optional ORCID iD (0000-0000-0000-0000). */
  orcid: string;
  /** Base of ESCO downloads; configurable for mirrors and tests. https only (http on localhost). */
  escoDownloadBase: string;
  /** Base under which URIs are minted for local concepts without URIs of their own: an absolute http(s) URL. */
  uriBase: string;
}

export const UserSettingsSchema = z.object({
  userName: z.string().max(200),
  orcid: z.string().regex(/^$|^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'ORCID iD looks like 0000-0002-1825-0097'),
  escoDownloadBase: secureDownloadUrlSetting,
  uriBase: webUrlSetting,
});

export const appContract = {
  info: method(z.object({})).reads<AppInfo>(),
  settingsGet: method(z.object({})).reads<UserSettings>(),
  settingsUpdate: method(UserSettingsSchema.partial()).writes<UserSettings>(['settings']),
  jobsList: method(z.object({})).reads<JobInfo[]>(),
  jobGet: method(z.object({ id: z.string() })).reads<JobInfo>(),
  jobCancel: method(z.object({ id: z.string() })).writes<JobInfo>(['jobs']),
};
