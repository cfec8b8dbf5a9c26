import type { Mapping } from './mapping.js';

/** How a remote SPARQL store wants to be told who is writing. */
export const TEAM_AUTH_KINDS = ['none', 'basic', 'digest'] as const;
export type TeamAuthKind = (typeof TEAM_AUTH_KINDS)[number];

/** A SPARQL store linked to the project: where the team's mapping set lives (no secrets here). */
export interface TeamRemote {
  name: string;
  queryEndpoint: string;
  updateEndpoint: string;
  /** SPARQL 1.1 Graph Store Protocol endpoint, when the store has one (faster uploads). */
  graphStoreEndpoint: string | null;
  /** The named graph holding this mapping set. */
  graph: string;
  auth: TeamAuthKind;
  user: string;
  /** Whether a password for user@updateEndpoint is kept in the user's credentials. */
  hasPassword: boolean;
  /** Where this machine keeps passwords: an OS keychain, else the 0600 file (in words, e.g. "the macOS login keychain"). */
  credentialsKeptIn: string;
  /** The remote revision both sides last agreed on (null before the first push or pull). */
  revision: string | null;
  syncedAt: string | null;
}

/** One reviewer's decision on a mapping, as it travels between machines. */
export interface TeamReview {
  reviewer: string;
  orcid: string;
  decision: 'accept' | 'reject' | 'unsure';
  comment: string;
  at: string;
}

/** The mapping's own fields that travel as they are. */
type SharedMappingField =
  'kind' | 'relation' | 'status' | 'justification' | 'score' | 'confidence' | 'comment' | 'author' | 'created' | 'modified' | 'evidence';

/**
 * One mapping statement as the team shares it, keyed by its content id (scheme URI, item key,
 * kind, target, relation): every field that travels, so that equal records mean equal statements.
 */
export interface TeamRecord extends Pick<Mapping, SharedMappingField> {
  key: string;
  itemKey: string;
  /** The target flattened, so that records compare field by field. */
  targetUri: string | null;
  targetLabel: string;
  targetLabelLanguage: string;
  targetVocabulary: string;
  /** Review decisions, by reviewer name (sorted). */
  reviews: TeamReview[];
  adjudication: TeamReview | null;
}

/** A mapping changed on both sides since the last agreed state: shown side by side, resolved by the user. */
export interface TeamConflict {
  remote: string;
  key: string;
  itemKey: string;
  /** Null when the side deleted it (a tombstone) or had never had it. */
  base: TeamRecord | null;
  mine: TeamRecord | null;
  theirs: TeamRecord | null;
  at: string;
}

export interface TeamStatus {
  remote: string;
  /** The revision last pushed or pulled. */
  localRevision: string | null;
  /** The remote's revision now (null when the graph is empty or the remote was not asked). */
  remoteRevision: string | null;
  /** Mappings changed here since the last agreed state. */
  ahead: number;
  /** Mappings changed on the remote since the last agreed state (null when not asked). */
  behind: number | null;
  conflicts: number;
  /** One line naming endpoint and HTTP status when the remote could not be asked. */
  error: string | null;
}

/** The status as `remote status` and the Team view show it: with where this machine keeps the password. */
export interface TeamStatusReport extends TeamStatus {
  credentialsKeptIn: string;
}

export interface TeamPushResult {
  remote: string;
  revision: string;
  mappings: number;
  items: number;
  seconds: number;
}

export interface TeamPullResult {
  remote: string;
  revision: string | null;
  created: number;
  updated: number;
  deleted: number;
  itemsAdded: number;
  conflicts: number;
  /** The history batch of the pulled changes (undo takes them back as one step), or null when nothing changed. */
  batchId: string | null;
  seconds: number;
}

export interface TeamMergeFilesResult {
  out: string;
  created: number;
  updated: number;
  deleted: number;
  conflicts: number;
}
