import { useEffect, useRef, useState } from 'react';
import type { JobInfo } from '../../../../shared/domain/job.js';
import { useApi } from '../../app/api-context.js';

const POLL_MS = 250;

/**
 * Follows one job (progress, finish) by asking for it a few times a second. Polling rather than
 * another event subscription: in the browser every subscription holds one of the six connections
 * a page may open to the server, and calls queue behind them once they are used up.
 */
export function useJob(jobId: string | null, onFinished?: (job: JobInfo) => void): JobInfo | null {
  const { client } = useApi();
  const [job, setJob] = useState<JobInfo | null>(null);
  const latest = useRef(onFinished);
  useEffect(() => {
    latest.current = onFinished;
  });
  useEffect(() => {
    if (!jobId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const info = await client.app.jobGet({ id: jobId });
        if (!live) return;
        setJob(info);
        if (info.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
        else latest.current?.(info);
      } catch {
        if (live) timer = setTimeout(() => void poll(), POLL_MS * 4);
      }
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, jobId]);
  return job && job.id === jobId ? job : null;
}
