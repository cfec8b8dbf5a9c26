import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';

/** Runs a write and turns SQLite's UNIQUE violation into a conflict the user can act on. */
export function conflictOnDuplicate<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) {
      throw new CrosswalkError(ErrorCodes.conflict, `${what} already exists in this source.`);
    }
    throw error;
  }
}
