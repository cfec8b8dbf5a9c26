import { useState } from 'react';
import type { BulkAction, BulkResult, MappingStatus } from '../../../../shared/domain/mapping.js';
import { MAPPING_STATUSES } from '../../../../shared/domain/mapping.js';
import type { MappingRelation } from '../../../../shared/skos.js';
import { useApi } from '../../app/api-context.js';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { relationLabel } from './relations.js';

interface Pending {
  action: BulkAction;
  preview: BulkResult;
  question: string;
}

/** Bulk actions over the checked items; every one asks first, saying how many it will change. */
export function BulkBar({ itemIds, relation, onDone, onClear }: { itemIds: readonly number[]; relation: MappingRelation; onDone(message: string): void; onClear(): void }) {
  const { client } = useApi();
  const { fail } = useNotify();
  const [threshold, setThreshold] = useState(0.8);
  const [status, setStatus] = useState<MappingStatus>('accepted');
  const [pending, setPending] = useState<Pending | null>(null);

  async function prepare(action: BulkAction) {
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
      onDone(`${done.affected} mapping(s) changed${done.skipped ? `, ${done.skipped} item(s) skipped` : ''}`);
    } catch (error) {
      fail(error);
    }
  }

  if (itemIds.length === 0) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Bulk actions">
      <strong>{itemIds.length} selected</strong>
      <label>
        Accept top suggestion if score ≥
        <input type="number" min={0} max={1} step={0.05} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} size={4} />
      </label>
      <button type="button" onClick={() => void prepare({ type: 'accept-top', threshold, relation })}>
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

/** The confirmation text: what will happen, to how many. */
export function bulkQuestion(action: BulkAction, preview: BulkResult): string {
  const skipped = preview.skipped ? ` ${preview.skipped} item(s) will be skipped.` : '';
  switch (action.type) {
    case 'accept-top':
      return `Accept the top suggestion (score ≥ ${action.threshold}) as ${relationLabel(action.relation)} for ${preview.affected} of ${preview.items} item(s)?${skipped}`;
    case 'set-status':
      return `Set ${preview.affected} mapping(s) of ${preview.items} item(s) to "${action.status}"?${skipped}`;
    case 'delete':
      return `Delete ${preview.affected} mapping(s) of ${preview.items} item(s)? You can undo this.`;
  }
}
