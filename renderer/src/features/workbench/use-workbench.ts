import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MappingRelation } from '../../../../shared/skos.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { useApiData } from '../../api/use-api-data.js';
import { useProject } from '../../app/project-state.js';
import { textFieldTakesMenuCommand, type WorkbenchCommand } from './keyboard.js';
import { paneEntries } from './pane-entries.js';
import { useSuggestAll } from './SuggestAll.js';
import { useAnnouncer } from './use-announcer.js';
import { useCheckedItems } from './use-checked-items.js';
import { useItemDetail } from './use-item-detail.js';
import { useItemProblems } from './use-item-problems.js';
import { useItemTable } from './use-item-table.js';
import { useMappingActions } from './use-mapping-actions.js';
import { useNewStatus } from './use-new-status.js';
import { useOutcome } from './use-outcome.js';
import { useShowItem } from './use-show-item.js';
import { useVocabularyChoice } from './use-vocabulary-choice.js';
import { useRememberedWorkbench, useRememberWorkbench } from './use-workbench-memory.js';
import { useWorkbenchKeys } from './use-workbench-keys.js';

export type WorkbenchDialog = 'shortcuts' | 'search' | null;

/**
 * The workbench's state: the items table, the selected item with its candidates and mappings, the
 * candidate cursor, the target vocabulary, and what the keyboard and menu commands do with them.
 */
export function useWorkbench() {
  const { client } = useApi();
  const project = useProject();
  const remembered = useRememberedWorkbench(project?.path);
  const table = useItemTable(remembered);
  const { message, announce } = useAnnouncer();
  const vocabularies = useVocabularyChoice();
  const { vocabularyId, scope } = vocabularies;
  const [selectedId, setSelectedId] = useState<number | null>(remembered.selectedId);
  const [cursor, setCursor] = useState<{ key: string | null; index: number }>({ key: null, index: 0 });
  const [relation, setRelation] = useState<MappingRelation>('closeMatch');
  const [newStatus, setNewStatus] = useNewStatus();
  const checked = useCheckedItems();
  const [dialog, setDialog] = useState<WorkbenchDialog>(null);
  const undoState = useApiData('mappings', 'undoState', {}, { domains: ['mappings'] }).data ?? null;

  // A valid selection always: the first shown item when nothing (or a now hidden item) is selected.
  const rows = table.rows;
  const chosenIndex = rows.findIndex((r) => r.id === selectedId);
  const selectedIndex = chosenIndex >= 0 ? chosenIndex : rows.length > 0 ? 0 : -1;
  const selected = selectedIndex >= 0 ? rows[selectedIndex]! : null;

  // The edited item's row updates as soon as its mappings are read again; every row after a pause.
  const outcome = useOutcome(selected?.id ?? null);
  const detail = useItemDetail(selected?.id ?? null, vocabularyId, scope, table.patchItem, outcome.decompose.on);
  const itemProblems = useItemProblems(selected);
  const entries = useMemo(() => paneEntries(detail.mappings, detail.suggestions?.candidates ?? []), [detail.mappings, detail.suggestions]);
  const found = cursor.key ? entries.findIndex((e) => e.key === cursor.key) : -1;
  const cursorIndex = found >= 0 ? found : Math.max(0, Math.min(cursor.index, entries.length - 1));
  const activeEntry = detail.loaded ? entries[cursorIndex] : undefined;
  const moveCursor = (index: number) => setCursor({ key: entries[index]?.key ?? null, index });

  const { prefetch } = detail;
  useEffect(() => {
    if (selectedIndex < 0) return;
    // Warm the next items' suggestions once the user pauses on one.
    const timer = setTimeout(() => prefetch(rows.slice(selectedIndex + 1, selectedIndex + 3).map((r) => r.id)), 250);
    return () => clearTimeout(timer);
  }, [selectedIndex, rows, prefetch]);

  const changed = detail.reload;
  const actions = useMappingActions({
    itemId: selected?.id ?? null,
    itemKey: selected?.key ?? '',
    vocabularyId,
    newStatus,
    relation,
    announce,
    changed,
  });

  const selectItem = useCallback((id: number) => {
    setSelectedId(id);
    setCursor({ key: null, index: 0 });
  }, []);
  // "Show in workbench" from Problems or History: keyboard users land on the grid, on that item.
  const gridRef = useRef<HTMLDivElement>(null);
  useShowItem({
    table,
    select: selectItem,
    onShown: (request) => {
      gridRef.current?.focus();
      announce(`Showing ${request.key ?? 'the item'}`);
    },
  });
  const toggleAll = useCallback((on: boolean) => checked.setAll(on ? rows.map((r) => r.id) : null), [rows, checked]);

  function run(command: WorkbenchCommand) {
    switch (command.type) {
      case 'next-item':
      case 'previous-item': {
        const next = rows[Math.max(0, Math.min(rows.length - 1, selectedIndex + (command.type === 'next-item' ? 1 : -1)))];
        if (next) {
          selectItem(next.id);
          announce(`${next.key}: ${next.text}`);
        }
        return;
      }
      case 'next-candidate':
      case 'previous-candidate':
        return moveCursor(Math.max(0, Math.min(entries.length - 1, cursorIndex + (command.type === 'next-candidate' ? 1 : -1))));
      case 'relation':
        setRelation(command.relation);
        if (activeEntry) actions.accept(activeEntry, command.relation);
        return;
      case 'unsure':
        return activeEntry && actions.unsure(activeEntry);
      case 'must-not-map':
        return activeEntry && actions.mustNotMap(activeEntry);
      case 'delete':
        return activeEntry && actions.remove(activeEntry);
      case 'no-match':
        return selected && actions.noMatch();
      case 'search':
        return selected && setDialog('search');
      case 'shortcuts':
        return setDialog('shortcuts');
      case 'undo':
        return actions.undo();
      case 'redo':
        return actions.redo();
      case 'toggle-row':
        return selected && checked.toggle(selected.id);
    }
  }
  const runRef = useWorkbenchKeys(run);
  useRememberWorkbench(project?.path, { schemeId: table.schemeId, selectedId, query: table.query });
  const suggestAll = useSuggestAll(table.schemeId, vocabularyId, scope, changed, outcome.decompose.on);
  useAppEvents((event) => {
    if (event.type === 'job') suggestAll.onJob(event.job);
    if (event.type !== 'menu') return;
    if ((event.command === 'undo' || event.command === 'redo') && !textFieldTakesMenuCommand(event.command))
      runRef.current({ type: event.command });
    if (event.command === 'find') runRef.current({ type: 'search' });
  });

  const searchVocabulary = useCallback(
    (text: string) =>
      vocabularyId
        ? client.vocabularies.search({ id: vocabularyId, text, limit: 20, language: project?.metadata.language })
        : Promise.resolve([]),
    [client, vocabularyId, project?.metadata.language],
  );

  return {
    table,
    vocabularies,
    selected,
    selectItem,
    gridRef,
    checked,
    toggleAll,
    detail,
    outcome,
    itemProblems,
    entries,
    cursorIndex,
    moveCursor,
    activeEntry,
    relation,
    setRelation,
    newStatus,
    setNewStatus,
    undoState,
    actions,
    changed,
    suggestAll,
    searchVocabulary,
    dialog,
    setDialog,
    message,
    announce,
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;
