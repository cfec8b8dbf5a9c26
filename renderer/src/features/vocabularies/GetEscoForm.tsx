import { useState, type FormEvent } from 'react';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { JobProgress } from './JobProgress.js';
import { useJob } from './use-job.js';

const VERSIONS = ['v1.2.1', 'v1.2.0', 'v1.1.2', 'v1.1.1', 'v1.1.0'];
const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu is it lt lv mt nl no pl pt ro sk sl sv uk ar'.split(' ');

/** Downloads ESCO's official CSV packages (resumable) and imports them. */
export function GetEscoForm() {
  const api = useApi();
  const { fail } = useNotify();
  const [version, setVersion] = useState('v1.1.1');
  const [languages, setLanguages] = useState<string[]>(['en']);
  const [jobId, setJobId] = useState<string | null>(null);
  // The finished import announces 'vocabularies': the library list refreshes from that.
  const job = useJob(jobId);

  const start = async (event?: FormEvent) => {
    event?.preventDefault();
    try {
      setJobId((await api.client.vocabularies.downloadEsco({ version, languages })).jobId);
    } catch (error) {
      fail(error);
    }
  };
  const toggle = (lang: string) => setLanguages((all) => (all.includes(lang) ? all.filter((l) => l !== lang) : [...all, lang]));
  const running = job?.state === 'running';

  return (
    <form className="form" onSubmit={(e) => void start(e)}>
      <label>
        ESCO version
        <select value={version} onChange={(e) => setVersion(e.target.value)} disabled={running}>
          {VERSIONS.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </label>
      <fieldset className="vocab-languages" disabled={running}>
        <legend>Languages (merged into one multilingual vocabulary)</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang}>
            <input type="checkbox" checked={languages.includes(lang)} onChange={() => toggle(lang)} /> {lang}
          </label>
        ))}
      </fieldset>
      <p className="muted">
        Downloads from the ESCO portal (the address is in the settings). An interrupted download resumes where it stopped.
      </p>
      <JobProgress job={job} label="Get ESCO" />
      <div className="form-actions">
        {job?.state === 'failed' || job?.state === 'cancelled' ? (
          <button type="button" className="primary" onClick={() => void start()}>
            Retry
          </button>
        ) : (
          <button type="submit" className="primary" disabled={running || languages.length === 0}>
            Download and import
          </button>
        )}
      </div>
    </form>
  );
}
