/** Error codes that cross the API boundary. Messages are for people; codes are for code. */
export const ErrorCodes = {
  invalidArguments: 'invalid-arguments',
  unknownMethod: 'unknown-method',
  notFound: 'not-found',
  noProject: 'no-project',
  projectTooNew: 'project-too-new',
  migrationChanged: 'migration-changed',
  notAProject: 'not-a-project',
  alreadyExists: 'already-exists',
  badInput: 'bad-input',
  cancelled: 'cancelled',
  conflict: 'conflict',
  /** Another Crosswalk process holds the project's write lock past the busy timeout: try again. */
  busy: 'busy',
  /** The project file (or a store such as Oxigraph's) is damaged: open a backup. */
  damaged: 'damaged',
  /** The HTTP adapter's session token is missing or wrong. */
  unauthorized: 'unauthorized',
  internal: 'internal',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Where in an input file a problem is: every bad-input error names file, line and field when known. */
export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}
