import type { ErrorShape } from '../../shared/contract/method.js';
import { ErrorCodes, inputProblemMessage, type ErrorCode, type InputLocation } from '../../shared/errors.js';
import { busyMessage, damagedMessage, sqliteFailure } from './db/sqlite-errors.js';

/** An error meant for the user: it keeps its code and details across every boundary. */
export class CrosswalkError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CrosswalkError';
  }
}

/** A problem in an input file, named by file, line and field. */
export function badInput(message: string, where: InputLocation & Record<string, unknown> = {}): CrosswalkError {
  return new CrosswalkError(ErrorCodes.badInput, inputProblemMessage(message, where), where);
}

export function toErrorShape(error: unknown): ErrorShape {
  if (error instanceof CrosswalkError) {
    return { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
  }
  if (isAbort(error)) return { code: ErrorCodes.cancelled, message: 'Cancelled' };
  // The safety net for SQLite failures outside writeTransaction (single statements, reads).
  const failure = sqliteFailure(error);
  if (failure === 'busy') return { code: ErrorCodes.busy, message: busyMessage() };
  if (failure === 'damaged') return { code: ErrorCodes.damaged, message: damagedMessage(undefined, (error as Error).message) };
  const message = error instanceof Error ? error.message : String(error);
  return { code: ErrorCodes.internal, message };
}

export function isAbort(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'AbortError' || (error instanceof CrosswalkError && error.code === ErrorCodes.cancelled))
  );
}

export function cancelled(): CrosswalkError {
  return new CrosswalkError(ErrorCodes.cancelled, 'Cancelled');
}
