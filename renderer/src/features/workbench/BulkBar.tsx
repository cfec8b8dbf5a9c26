import { useState } from 'react';
import type { BulkActionRequest, BulkOutcome } from '../../../../shared/contract/mappings.js';
import type { MappingStatus } from '../../../../shared/domain/mapping.js';
import type { SuggestFilters } from '../../../../shared/domain/suggestion.js';
import { MAPPING_STATUSES } from '../../../../shared/domain/mapping.js';
import type { MappingRelation } from '../../../../shared/skos.js';
import { useApi } from '../../app/api-context.js';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { relationLabel } from './relations.js';

/**
 * Scores are calibrated acceptance probabilities (core/suggest/calibration.ts), so the default
 * means "more likely accepted than not": on the gold dev sets few text-only top candidates reach 0.8.
 */
export const DEFAULT_ACCEPT_THRESHOLD = 0.5;

interface Pending {
  action: BulkActionRequest;
  preview: BulkOutcome;
  question: string;
}

/**
 * Bulk actions over the checked items; every one asks first, saying how many it will change.
 * "Accept top" takes the stored proposals in the workbench's target vocabulary and scope (`filters`).
 */
export function BulkBar({
  itemIds,
  relation,
  filters,
  onDone,
  onClear,
}: {
  itemIds: readonly number[];
  relation: MappingRelation;
  filters?: SuggestFilters;
  onDone(message: string): void;
  onClear(): void;
}) {
  const { client } = useApi();
  const { fail } = useNotify();
  const [threshold, setThreshold] = useState(DEFAULT_ACCEPT_THRESHOLD);
  const [status, setStatus] = useState<MappingStatus>('accepted');
  const [pending, setPending] = useState<Pending | null>(null);

  async function prepare(action: BulkActionRequest) {
    try {
      const preview = await client.mappings.bulk({ itemIds: [...itemIds], action, dryRun: true });
      setPending({ action, preview, question: bulkQuestion(action, preview) });
    } catch (error) {
      fail(error);
    }
  }

  async function confirm() {
    if (!pending) return;
    try {
      const done = await client.mappings.bulk({ itemIds: [...itemIds], action: pending.action });
      setPending(null);
      onDone(bulkDoneMessage(pending.action, done));
    } catch (error) {
      fail(error);
    }
  }

  if (itemIds.length === 0) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Bulk actions">
      <strong>{itemIds.length} selected</strong>
      <label>
        Accept top suggestion if score (estimated acceptance) ≥
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={threshold}
          onChange={(e) => setThreshold(Number(e.target.value))}
          size={4}
        />
      </label>
      <button type="button" onClick={() => void prepare({ type: 'accept-top', threshold, relation, ...(filters ? { filters } : {}) })}>
        Accept top ({relationLabel(relation)})…
      </button>
      <label>
        Set status
        <select value={status} onChange={(e) => setStatus(e.target.value as MappingStatus)}>
          {MAPPING_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void prepare({ type: 'set-status', status })}>
        Apply…
      </button>
      <button type="button" className="danger" onClick={() => void prepare({ type: 'delete' })}>
        Delete mappings…
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
      <Dialog title="Confirm bulk action" open={pending != null} onClose={() => setPending(null)}>
        {pending && (
          <div className="confirm">
            <p>{pending.question}</p>
            <div className="form-actions">
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
              <button type="button" className="primary" disabled={pending.preview.affected === 0} onClick={() => void confirm()}>
                {pending.preview.affected === 0 ? 'Nothing to do' : `Yes, change ${pending.preview.affected}`}
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </div>
  );
}

const SUGGEST_FIRST = 'run Suggest all first';

/** The confirmation text: what will happen, to how many. */
export function bulkQuestion(action: BulkActionRequest, preview: BulkOutcome): string {
  const skipped = preview.skipped ? ` ${preview.skipped} item(s) will be skipped.` : '';
  switch (action.type) {
    case 'accept-top': {
      const missing = preview.withoutProposals
        ? ` ${preview.withoutProposals} item(s) have no stored suggestions in this vocabulary and scope — ${SUGGEST_FIRST}.`
        : '';
      const learned = preview.decisionRelations
        ? ` ${preview.decisionRelations} of them keep the relation of the earlier decisions that suggested them.`
        : '';
      return `Accept the top suggestion (estimated acceptance ≥ ${action.threshold}) as ${relationLabel(action.relation)} for ${preview.affected} of ${preview.items} item(s)?${learned}${skipped}${missing}`;
    }
    case 'set-status':
      return `Set ${preview.affected} mapping(s) of ${preview.items} item(s) to "${action.status}"?${skipped}`;
    case 'delete':
      return `Delete ${preview.affected} mapping(s) of ${preview.items} item(s)? You can undo this.`;
  }
}

/** What a finished bulk action says: "12 accepted, 30 skipped — run Suggest all first". */
export function bulkDoneMessage(action: BulkActionRequest, done: BulkOutcome): string {
  if (action.type === 'accept-top') {
    return `${done.affected} accepted, ${done.skipped} skipped${done.withoutProposals ? ` — ${SUGGEST_FIRST}` : ''}`;
  }
  return `${done.affected} mapping(s) changed${done.skipped ? `, ${done.skipped} item(s) skipped` : ''}`;
}
