/**
 * Numbers the requests of one kind (an import preview, say) so that only the newest answer is
 * used: a slower answer to an earlier request, arriving after a newer request was made, is stale.
 */
export interface LatestOnly {
  /** Starts a request: the returned check stays true until the next `start` or `invalidate`. */
  start(): () => boolean;
  /** Makes every request started so far stale (the input changed or the dialog closed). */
  invalidate(): void;
}

export function latestOnly(): LatestOnly {
  let latest = 0;
  return {
    start() {
      const id = ++latest;
      return () => id === latest;
    },
    invalidate() {
      latest++;
    },
  };
}
