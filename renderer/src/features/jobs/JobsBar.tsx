import { useEffect, useState } from 'react';
import type { JobInfo } from '../../../../shared/domain/job.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

/** Long-running work with progress and a cancel button, along the bottom of the window. */
export function JobsBar() {
  const { client } = useApi();
  const { notify } = useNotify();
  const [jobs, setJobs] = useState<JobInfo[]>([]);
  useEffect(() => {
    client.app.jobsList({}).then(
      (all) => setJobs(all.filter((j) => j.state === 'running')),
      () => undefined,
    );
  }, [client]);
  useAppEvents((event) => {
    if (event.type !== 'job') return;
    const job = event.job;
    setJobs((all) => (job.state === 'running' ? [...all.filter((j) => j.id !== job.id), job] : all.filter((j) => j.id !== job.id)));
    if (job.state === 'failed') notify('error', `${job.title} failed: ${job.error?.message ?? 'unknown error'}`);
    if (job.state === 'cancelled') notify('info', `${job.title} was cancelled`);
  });
  if (jobs.length === 0) return null;
  return (
    <footer className="jobs-bar" aria-label="Background tasks">
      {jobs.map((job) => (
        <div key={job.id} className="job">
          <span className="job-title">{job.title}</span>
          <progress max={job.total || undefined} value={job.total ? job.done : undefined} aria-label={`${job.title} progress`} />
          <span className="job-message">{job.message}</span>
          <button type="button" onClick={() => void client.app.jobCancel({ id: job.id })}>
            Cancel
          </button>
        </div>
      ))}
    </footer>
  );
}
