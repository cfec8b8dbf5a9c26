import { z } from 'zod';
import { serverPath } from '../domain/files.js';
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
  /**
   * The optional neural level: a sentence-embedding model's folder (model.onnx + tokenizer.json), by
   * its name inside `<data folder>/models/` or, in the desktop app and the CLI, as a path. '' is off.
   */
  embeddingModelFolder: string;
  /** Put before texts and before concepts when embedding them (e5 models were trained with "query: " / "passage: "). */
  embeddingQueryPrefix: string;
  embeddingPassagePrefix: string;
}

const inputCapMiB = z.number().int().min(1).max(16_384);

/** A folder inside `<data folder>/models/`, by name (what a served client may name); '' turns the level off. */
const ModelFolderName = z
  .string()
  .max(200)
  .regex(/^(?!\.\.?$)[^/\\:]*$/, "a folder name inside the data folder's models/ folder");
/** Names come first: a value that is a plain name is not a path on the server's machine. */
const ModelFolder = z.union([ModelFolderName, serverPath('read')]);

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
  embeddingModelFolder: ModelFolder,
  embeddingQueryPrefix: z.string().max(100),
  embeddingPassagePrefix: z.string().max(100),
});

export const appContract = {
  info: method(z.object({})).reads<AppInfo>(),
  settingsGet: method(z.object({})).reads<UserSettings>(),
  settingsUpdate: method(UserSettingsSchema.partial()).writes<UserSettings>(['settings']),
  jobsList: method(z.object({})).reads<JobInfo[]>(),
  jobGet: method(z.object({ id: z.string() })).reads<JobInfo>(),
  jobCancel: method(z.object({ id: z.string() })).writes<JobInfo>(['jobs']),
};
