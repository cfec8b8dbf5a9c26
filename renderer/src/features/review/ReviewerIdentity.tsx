import { useState, type FormEvent } from 'react';
import type { Reviewer } from '../../../../shared/domain/review.js';

/**
 * Who is reviewing: name and optional ORCID iD, kept in the app settings so every decision is
 * signed. Changing the name switches reviewer (two people can share a machine for a double review).
 */
export function ReviewerIdentity({ reviewer, onSave }: { reviewer: Reviewer | null; onSave(name: string, orcid: string): Promise<void> }) {
  const [name, setName] = useState(reviewer?.name ?? '');
  const [orcid, setOrcid] = useState(reviewer?.orcid ?? '');
  const [busy, setBusy] = useState(false);
  const dirty = name.trim() !== (reviewer?.name ?? '') || orcid.trim() !== (reviewer?.orcid ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(name.trim(), orcid.trim());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="filters" aria-label="Reviewer identity" onSubmit={(e) => void submit(e)}>
      <label>
        Reviewer name
        <input value={name} required onChange={(e) => setName(e.target.value)} autoComplete="name" />
      </label>
      <label>
        ORCID iD (optional)
        <input
          value={orcid}
          onChange={(e) => setOrcid(e.target.value)}
          placeholder="0000-0002-1825-0097"
          pattern="^$|^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$"
          size={22}
        />
      </label>
      <button type="submit" disabled={busy || !dirty || !name.trim()}>
        {reviewer ? 'Switch / update reviewer' : 'Start reviewing'}
      </button>
      {reviewer && (
        <span className="muted" data-testid="current-reviewer">
          Reviewing as {reviewer.name}
          {reviewer.orcid && ` (ORCID ${reviewer.orcid})`}
        </span>
      )}
    </form>
  );
}
