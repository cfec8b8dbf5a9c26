import { useCallback, useRef, useState } from 'react';
import type { JobInfo } from '../../../../shared/domain/job.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { suggestFilters, type SuggestScope } from './suggest-scope.js';

export interface SuggestAllState {
  job: JobInfo | null;
  start(): void;
  cancel(): void;
  /** Feed every job event here (the view holds the one event subscription). */
  onJob(job: JobInfo): void;
}

/**
 * "Suggest all": a background batch over the source; progress comes from job events. With the
 * workbench's "Suggest per skill statement" on, it suggests per statement too, so proposals keep
 * their spans and "accept top" ties mappings to parts of the outcome.
 */
export function useSuggestAll(
  schemeId: number | null,
  vocabularyId: string | null,
  scope: SuggestScope,
  onDone: () => void,
  decompose = false,
): SuggestAllState {
  const { client } = useApi();
  const { notify, fail } = useNotify();
  const [job, setJob] = useState<JobInfo | null>(null);
  // A short batch can finish before batchStart's answer arrives: remember finished jobs.
  const finished = useRef(new Map<string, JobInfo>());
  const current = useRef<string | null>(null);

  const settle = useCallback(
    (done: JobInfo) => {
      current.current = null;
      setJob(null);
      if (done.state === 'succeeded') {
        notify('success', `Suggestions ready for ${done.total || done.done} item(s)`);
        onDone();
      }
    },
    [notify, onDone],
  );

  const onJob = useCallback(
    (event: JobInfo) => {
      if (event.state !== 'running') finished.current.set(event.id, event);
      if (event.id !== current.current) return;
      if (event.state === 'running') setJob(event);
      else settle(event);
    },
    [settle],
  );

  const start = useCallback(() => {
    if (schemeId == null) return;
    client.suggest
      .batchStart({ schemeId, filters: suggestFilters(vocabularyId, scope), ...(decompose ? { decompose } : {}) })
      .then((started) => {
        const done = finished.current.get(started.id) ?? (started.state === 'running' ? null : started);
        if (done) return settle(done);
        current.current = started.id;
        setJob(started);
      }, fail);
  }, [client, fail, schemeId, vocabularyId, scope, decompose, settle]);

  const cancel = useCallback(() => {
    if (current.current) client.app.jobCancel({ id: current.current }).catch(fail);
  }, [client, fail]);

  return { job, start, cancel, onJob };
}

/** The "Suggest all" button, or the batch's progress with a cancel button while it runs. */
export function SuggestAllButton({ state, disabled }: { state: SuggestAllState; disabled: boolean }) {
  const { job } = state;
  if (!job)
    return (
      <button type="button" onClick={state.start} disabled={disabled}>
        Suggest all
      </button>
    );
  return (
    <span className="suggest-progress" role="group" aria-label="Suggesting for all items">
      <progress max={job.total || undefined} value={job.total ? job.done : undefined} aria-label="Suggest all progress" />
      <span className="muted">
        {job.done}/{job.total || '?'}
      </span>
      <button type="button" onClick={state.cancel}>
        Cancel
      </button>
    </span>
  );
}
