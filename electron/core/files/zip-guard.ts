import { unzipSync } from 'fflate';
import { badInput } from '../errors.js';

const MiB = 1024 * 1024;
/** Text and XML compress about 5–50 : 1; past this ratio (and 64 MiB) an entry is taken for a zip bomb. */
export const MAX_ZIP_RATIO = 200;
/** All entries of one archive inflate to at most this much (ESCO's largest CSV package: under 1 GiB). */
export const MAX_UNZIPPED_BYTES = 3 * 1024 * MiB;

/**
 * Refuses a zip (an ESCO package, an XLSX workbook) whose central directory declares an entry
 * inflating past MAX_ZIP_RATIO beyond 64 MiB, or more than MAX_UNZIPPED_BYTES in all: a few hundred
 * KiB of zeros must not become GiBs in memory. Reads only the directory; inflates nothing.
 */
export function refuseZipBomb(data: Uint8Array, file: string): void {
  let declared = 0;
  let refused: { name: string; originalSize: number; size: number } | undefined;
  try {
    unzipSync(data, {
      filter: (entry) => {
        declared += entry.originalSize;
        const bomb = entry.originalSize > MAX_ZIP_RATIO * Math.max(entry.size, 1) && entry.originalSize > 64 * MiB;
        if (!refused && (bomb || declared > MAX_UNZIPPED_BYTES)) refused = entry;
        return false;
      },
    });
  } catch {
    // A damaged archive: the reader that inflates it says so in its own words.
    return;
  }
  if (refused) {
    throw badInput(
      `the entry ${refused.name} would inflate to ${Math.round(refused.originalSize / MiB)} MiB from ${Math.ceil(refused.size / 1024)} KiB (a zip bomb?); refused`,
      { file },
    );
  }
}
