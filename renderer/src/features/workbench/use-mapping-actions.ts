import { useMemo } from 'react';
import { candidateEvidence } from '../../../../shared/candidate-evidence.js';
import type { Mapping, MappingStatus, MappingWriteResult } from '../../../../shared/domain/mapping.js';
import type { ConceptSummary } from '../../../../shared/domain/vocabulary.js';
import type { MappingRelation } from '../../../../shared/skos.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import type { PaneActions } from './CandidatesPane.js';
import { entryTarget, type PaneEntry } from './pane-entries.js';
import { relationLabel } from './relations.js';

export interface MappingActions extends Omit<PaneActions, 'search'> {
  addFromSearch(concept: ConceptSummary, relation: MappingRelation): void;
  undo(): void;
  redo(): void;
}

interface Options {
  itemId: number | null;
  itemKey: string;
  vocabularyId: string | null;
  /** Status given to new mappings: accepted, or proposed when they go to review. */
  newStatus: MappingStatus;
  relation: MappingRelation;
  /** Tells screen-reader users (and everyone, in the status line) what happened. */
  announce(message: string): void;
  /** Called after every successful write. */
  changed(): void;
}

/** Every mapping action of the workbench, as contract calls; each is one undo step in the core. */
export function useMappingActions(options: Options): MappingActions {
  const { client } = useApi();
  const { fail } = useNotify();
  const { itemId, itemKey, vocabularyId, newStatus, relation, announce, changed } = options;

  return useMemo(() => {
    const write = (run: () => Promise<MappingWriteResult>, message: (result: MappingWriteResult) => string) => {
      run().then((result) => {
        announce(result.duplicates > 0 && result.created === 0 && result.updated === 0 ? 'That mapping already exists' : message(result));
        changed();
      }, fail);
    };
    const undoStep = (kind: 'undo' | 'redo') =>
      write(
        () => (kind === 'undo' ? client.mappings.undo({}) : client.mappings.redo({})),
        (r) => {
          const changes = r.created + r.updated + r.deleted;
          return changes === 0 ? `Nothing to ${kind}` : `${kind === 'undo' ? 'Undone' : 'Redone'}: ${changes} change(s)`;
        },
      );
    const create = (entry: PaneEntry, rel: MappingRelation, status: MappingStatus) => {
      const target = entryTarget(entry);
      if (itemId == null || !target || entry.kind !== 'candidate') return;
      const c = entry.candidate;
      const evidence = candidateEvidence(c);
      write(
        () =>
          client.mappings.create({
            mappings: [
              {
                sourceItemId: itemId,
                kind: 'match',
                target,
                relation: rel,
                status,
                justification: 'accepted-suggestion',
                score: c.score,
                // The outcome's words the suggestion stood on: they tie the mapping to a part of the outcome.
                ...(evidence.length ? { evidence } : {}),
              },
            ],
            label: `Map ${itemKey}`,
          }),
        () => `${itemKey}: ${relationLabel(rel)} to ${target.label} (${status})`,
      );
    };
    const update = (mapping: Mapping, patch: { status?: MappingStatus; relation?: MappingRelation }, message: string) =>
      write(
        () => client.mappings.update({ ids: [mapping.id], patch }),
        () => message,
      );

    return {
      accept(entry, rel) {
        if (entry.kind === 'candidate') return create(entry, rel, newStatus);
        if (entry.mapping.kind !== 'match') return;
        update(
          entry.mapping,
          { relation: rel, status: 'accepted' },
          `${itemKey}: ${relationLabel(rel)} to ${entry.mapping.target?.label ?? ''} (accepted)`,
        );
      },
      unsure(entry) {
        if (entry.kind === 'candidate') return create(entry, relation, 'unsure');
        update(entry.mapping, { status: 'unsure' }, `${itemKey}: marked unsure`);
      },
      mustNotMap(entry) {
        const target = entryTarget(entry);
        if (itemId == null || !target) return;
        write(
          () => client.mappings.mustNotMap({ sourceItemId: itemId, target }),
          () => `${itemKey}: must not map to ${target.label}`,
        );
      },
      remove(entry) {
        if (entry.kind !== 'mapping') return;
        const name = entry.mapping.target?.label ?? 'no match';
        write(
          () => client.mappings.delete({ ids: [entry.mapping.id], label: `Remove mapping of ${itemKey}` }),
          () => `${itemKey}: removed ${name}`,
        );
      },
      setStatus(mapping, status) {
        update(mapping, { status }, `${itemKey}: status ${status}`);
      },
      noMatch() {
        if (itemId == null) return;
        if (!vocabularyId) return announce('Choose a target vocabulary first: "no match" is about one vocabulary');
        write(
          () => client.mappings.markNoMatch({ sourceItemIds: [itemId], vocabularyId }),
          () => `${itemKey}: no match in ${vocabularyId}`,
        );
      },
      addFromSearch(concept, rel) {
        if (itemId == null) return;
        write(
          () =>
            client.mappings.create({
              mappings: [
                {
                  sourceItemId: itemId,
                  kind: 'match',
                  target: { uri: concept.uri, label: concept.label, vocabularyId: concept.vocabularyId },
                  relation: rel,
                  status: newStatus,
                  justification: 'manual-curation',
                },
              ],
              label: `Map ${itemKey}`,
            }),
          () => `${itemKey}: ${relationLabel(rel)} to ${concept.label} (${newStatus})`,
        );
      },
      undo: () => undoStep('undo'),
      redo: () => undoStep('redo'),
    };
  }, [client, fail, itemId, itemKey, vocabularyId, newStatus, relation, announce, changed]);
}
