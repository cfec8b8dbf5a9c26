import type { ExportResult } from '../../../../shared/contract/export.js';
import { EXPORT_FORMAT_INFO } from '../../../../shared/domain/correspondence.js';
import { OpenErrorsList } from './OpenErrorsList.js';

/** What an export wrote: the file, the not-accepted mappings it included and how, the errors it was made with, and what the format could not carry. */
export function ExportReport({ report }: { report: ExportResult }) {
  const { notAccepted, openErrors } = report;
  return (
    <div className="exchange-report" role="status" aria-live="polite">
      <p>
        Exported {report.mappings} mappings as {EXPORT_FORMAT_INFO[report.format].label}:{' '}
        <strong>{report.file.path ?? report.file.name}</strong> ({report.file.bytes.toLocaleString()} bytes)
      </p>
      {notAccepted ? (
        <p data-testid="export-not-accepted">
          Included mappings not accepted: {notAccepted.proposed} proposed, {notAccepted.unsure} unsure, {notAccepted.rejected} rejected.{' '}
          {notAccepted.marking}
        </p>
      ) : (
        <p className="muted">Only accepted mappings were exported.</p>
      )}
      {openErrors.length > 0 && (
        <>
          <p>
            Exported with {openErrors.length} {openErrors.length === 1 ? 'error' : 'errors'} open in Problems:
          </p>
          <OpenErrorsList problems={openErrors} label="Errors open at export" />
        </>
      )}
      <p>What this format could not carry:</p>
      <ul aria-label="Not carried by the format">
        {report.limits.map((limit) => (
          <li key={limit}>{limit}</li>
        ))}
      </ul>
    </div>
  );
}
