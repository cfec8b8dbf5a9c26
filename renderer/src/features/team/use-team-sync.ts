import { useState } from 'react';
import type { TeamPullResult, TeamPushResult } from '../../../../shared/domain/team.js';
import { useApi } from '../../app/api-context.js';

export type SyncAction = 'push' | 'pull';

export interface TeamSync {
  /** The action under way (the buttons wait for it), or null. */
  running: SyncAction | null;
  /** The last failure as its one line (the core names the endpoint and the HTTP status). */
  error: string | null;
  /** What the last finished push or pull did, in words. */
  outcome: string | null;
  run(action: SyncAction): Promise<void>;
  /** Stops the running push or pull (the remote keeps its old revision). */
  cancel(): void;
}

export function describePush(result: TeamPushResult): string {
  return `Pushed ${result.mappings} mapping(s) and ${result.items} item(s) to ${result.remote}: revision ${result.revision}.`;
}

export function describePull(result: TeamPullResult): string {
  if (result.batchId === null && result.conflicts === 0) return `Pulled from ${result.remote}: nothing new.`;
  const conflicts = result.conflicts ? `, ${result.conflicts} conflict(s) to resolve` : '';
  return `Pulled from ${result.remote}: ${result.created} new, ${result.updated} changed, ${result.deleted} deleted${conflicts}.`;
}

/** Push and pull of one remote, one at a time, with their outcome or error kept for the view. */
export function useTeamSync(remote: string): TeamSync {
  const { client } = useApi();
  const [running, setRunning] = useState<SyncAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  async function run(action: SyncAction) {
    setRunning(action);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(
        action === 'push' ? describePush(await client.team.push({ name: remote })) : describePull(await client.team.pull({ name: remote })),
      );
    } catch (failure) {
      // One line: a multi-line server message would push the buttons off screen.
      setError((failure instanceof Error ? failure.message : String(failure)).split('\n')[0]!);
    } finally {
      setRunning(null);
    }
  }

  const cancel = () =>
    void client.team
      .cancel({ name: remote })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));

  return { running, error, outcome, run, cancel };
}
