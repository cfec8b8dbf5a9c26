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
  /** A write needs the person's name (Settings, or the CLI's --author) and there is none. */
  authorRequired: 'author-required',
  /** A remote store (SPARQL endpoint) refused, failed or did not answer in time. */
  remoteFailed: 'remote-failed',
  internal: 'internal',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Where in an input file a problem is: every bad-input error names file, line and field when known. */
export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}

/** "file.csv, line 3, field "id": message": how every adapter words a problem in an input file. */
export function inputProblemMessage(message: string, where: InputLocation): string {
  const place = [where.file, where.line !== undefined ? `line ${where.line}` : undefined, where.field && `field "${where.field}"`]
    .filter(Boolean)
    .join(', ');
  return place ? `${place}: ${message}` : message;
}
