import type { JobInfo } from '../../../../shared/domain/job.js';
import { useApi } from '../../app/api-context.js';

/** A job's progress bar with its message and a Cancel button while it runs. */
export function JobProgress({ job, label }: { job: JobInfo | null; label: string }) {
  const { client } = useApi();
  if (!job) return null;
  const running = job.state === 'running';
  return (
    <div className="vocab-job" role="status" aria-live="polite">
      {running && (
        <>
          <progress max={job.total || undefined} value={job.total ? job.done : undefined} aria-label={`${label} progress`} />
          <span className="muted">{job.message}</span>
          <button type="button" onClick={() => void client.app.jobCancel({ id: job.id })}>
            Cancel
          </button>
        </>
      )}
      {job.state === 'succeeded' && <span>{label} finished.</span>}
      {job.state === 'cancelled' && <span>{label} cancelled; the library is unchanged.</span>}
      {job.state === 'failed' && <span className="vocab-error">{job.error?.message ?? `${label} failed`}</span>}
    </div>
  );
}
