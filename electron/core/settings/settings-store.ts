import fs from 'node:fs';
import path from 'node:path';
import { UserSettingsSchema, type UserSettings } from '../../../shared/contract/app.js';
import type { RecentProject } from '../../../shared/domain/project.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { DEFAULT_INPUT_LIMITS_MIB } from '../files/input-file.js';

const MAX_RECENT = 12;

export const DEFAULT_SETTINGS: UserSettings = {
  userName: '',
  orcid: '',
  email: '',
  escoDownloadBase: 'https://ec.europa.eu/esco/download/',
  uriBase: 'https://w3id.org/crosswalk/local/',
  ...DEFAULT_INPUT_LIMITS_MIB,
  // The neural level is off until a model folder is given (issue 14); e5's prefixes by default.
  embeddingModelFolder: '',
  embeddingQueryPrefix: 'query: ',
  embeddingPassagePrefix: 'passage: ',
};

interface SettingsFile {
  settings: UserSettings;
  recent: Omit<RecentProject, 'exists'>[];
}

/** Per-user settings and the recent-projects list, kept as one JSON file in the user data dir. */
export class SettingsStore {
  private readonly file: string;
  private data: SettingsFile;
  /** A name given for this run only (the CLI's --author): used as the person, never saved. */
  private actingAs: string | null = null;
  /** Settings given for this run only (the CLI's `suggest --model`): used over the saved ones, never saved. */
  private runOnly: Partial<UserSettings> = {};

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'settings.json');
    this.data = this.read();
  }

  get settings(): UserSettings {
    const saved = { ...this.data.settings, ...this.runOnly };
    // Another name than the saved one is another person: the saved ORCID and e-mail are not theirs.
    if (this.actingAs === null || this.actingAs === saved.userName) return saved;
    return { ...saved, userName: this.actingAs, orcid: '', email: '' };
  }

  /** Records changes of this run under `name` without saving it (the CLI's --author). */
  actAs(name: string): void {
    this.actingAs = name.trim() || null;
  }

  /** Uses `patch` over the saved settings for this run without saving it; checked as `update` checks it. */
  useForRun(patch: Partial<UserSettings>): void {
    this.runOnly = { ...this.runOnly, ...UserSettingsSchema.partial().parse(patch) };
  }

  update(patch: Partial<UserSettings>): UserSettings {
    this.data.settings = UserSettingsSchema.parse({ ...this.data.settings, ...patch });
    this.write();
    return this.settings;
  }

  recent(): RecentProject[] {
    return this.data.recent.map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  rememberProject(projectPath: string, title: string): void {
    const others = this.data.recent.filter((r) => r.path !== projectPath);
    this.data.recent = [{ path: projectPath, title, openedAt: new Date().toISOString() }, ...others].slice(0, MAX_RECENT);
    this.write();
  }

  forgetProject(projectPath: string): void {
    this.data.recent = this.data.recent.filter((r) => r.path !== projectPath);
    this.write();
  }

  private read(): SettingsFile {
    try {
      const raw = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<SettingsFile>;
      return {
        settings: validSettings(raw.settings),
        recent: Array.isArray(raw.recent) ? raw.recent.filter((r) => typeof r?.path === 'string') : [],
      };
    } catch {
      // A missing or unreadable settings file starts fresh; it holds nothing that cannot be rebuilt.
      return { settings: { ...DEFAULT_SETTINGS }, recent: [] };
    }
  }

  private write(): void {
    writeFileAtomic(this.file, JSON.stringify(this.data, null, 2));
  }
}

/** Settings read from the file, field by field: a value the schema refuses (e.g. a file: URL) falls back to its default alone. */
function validSettings(raw: unknown): UserSettings {
  const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof UserSettings)[]) {
    const field = UserSettingsSchema.shape[key].safeParse(stored[key]);
    // Each key's schema parses its own key's type (strings or numbers): TypeScript cannot pair them up.
    if (field.success) (settings as Record<keyof UserSettings, unknown>)[key] = field.data;
  }
  return settings;
}
