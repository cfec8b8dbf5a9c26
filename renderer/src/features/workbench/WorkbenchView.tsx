import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { namesAnyOf } from '../../../../shared/domain/events.js';
import type { UndoState } from '../../../../shared/domain/mapping.js';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import type { MappingRelation } from '../../../../shared/skos.js';
import { useApi, useAppEvents } from '../../app/api-context.js';
import { useProject } from '../../app/project-state.js';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { BulkBar } from './BulkBar.js';
import { CandidatesPane } from './CandidatesPane.js';
import { ItemFilters } from './ItemFilters.js';
import { ItemsTable } from './ItemsTable.js';
import { textFieldTakesMenuCommand, type WorkbenchCommand } from './keyboard.js';
import { entryTarget, paneEntries } from './pane-entries.js';
import { RelationPicker } from './RelationPicker.js';
import { ShortcutsList } from './ShortcutsList.js';
import { useSuggestAll } from './SuggestAll.js';
import { defaultScope, preferredVocabulary, suggestFilters, type SuggestScope } from './suggest-scope.js';
import { TargetPane } from './TargetPane.js';
import { TargetSearchDialog } from './TargetSearchDialog.js';
import { useAnnouncer } from './use-announcer.js';
import { useItemDetail } from './use-item-detail.js';
import { useItemProblems } from './use-item-problems.js';
import { useItemTable } from './use-item-table.js';
import { useMappingActions } from './use-mapping-actions.js';
import { useNewStatus } from './use-new-status.js';
import { useShowItem } from './use-show-item.js';
import { useRememberedWorkbench, useRememberWorkbench } from './use-workbench-memory.js';
import { useWorkbenchKeys } from './use-workbench-keys.js';
import { WorkbenchToolbar } from './WorkbenchToolbar.js';

/** The main screen: source items, the selected item's candidates and mappings, the target concept. */
export function WorkbenchView() {
  const api = useApi();
  const { client } = api;
  const { fail } = useNotify();
  const project = useProject();
  const remembered = useRememberedWorkbench(project?.path);
  const table = useItemTable(remembered);
  const { message, announce } = useAnnouncer();
  const [vocabularies, setVocabularies] = useState<VocabularyInfo[]>([]);
  const [vocabularyId, setVocabularyId] = useState<string | null>(null);
  // A scope the user picks holds for the vocabulary it was picked for; otherwise that vocabulary's default.
  const [scopeChoice, setScopeChoice] = useState<{ vocabularyId: string | null; scope: SuggestScope } | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(remembered.selectedId);
  const [cursor, setCursor] = useState<{ key: string | null; index: number }>({ key: null, index: 0 });
  const [relation, setRelation] = useState<MappingRelation>('closeMatch');
  const [newStatus, setNewStatus] = useNewStatus();
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [dialog, setDialog] = useState<'shortcuts' | 'search' | null>(null);
  const [undoState, setUndoState] = useState<UndoState | null>(null);

  const scope = scopeChoice && scopeChoice.vocabularyId === vocabularyId ? scopeChoice.scope : defaultScope(vocabularyId);
  const setScope = useCallback((next: SuggestScope) => setScopeChoice({ vocabularyId, scope: next }), [vocabularyId]);

  const [libraryVersion, setLibraryVersion] = useState(0);
  useEffect(() => {
    client.vocabularies.list({}).then((found) => {
      setVocabularies(found);
      setVocabularyId((current) => (current && found.some((v) => v.id === current) ? current : preferredVocabulary(found)));
    }, fail);
  }, [client, fail, libraryVersion]);
  const refreshUndo = useCallback(() => void client.mappings.undoState({}).then(setUndoState, () => undefined), [client]);
  useEffect(refreshUndo, [refreshUndo]);

  // A valid selection always: the first shown item when nothing (or a now hidden item) is selected.
  const rows = table.rows;
  const chosenIndex = rows.findIndex((r) => r.id === selectedId);
  const selectedIndex = chosenIndex >= 0 ? chosenIndex : rows.length > 0 ? 0 : -1;
  const selected = selectedIndex >= 0 ? rows[selectedIndex]! : null;

  const detail = useItemDetail(selected?.id ?? null, vocabularyId, scope);
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

  const { reload } = detail;
  const { refreshSoon, patchItem } = table;
  const itemId = selected?.id ?? null;
  const changed = useCallback(() => {
    // The edited item's row updates at once; every row (and the checks) after a pause.
    reload().then((rows) => rows && itemId != null && patchItem(itemId, rows), fail);
    refreshSoon();
    refreshUndo();
  }, [reload, patchItem, itemId, refreshSoon, refreshUndo, fail]);
  const actions = useMappingActions({ itemId: selected?.id ?? null, itemKey: selected?.key ?? '', vocabularyId, newStatus, relation, announce, changed });

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
  const toggleChecked = useCallback(
    (id: number) =>
      setChecked((all) => {
        const next = new Set(all);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback((on: boolean) => setChecked(on ? new Set(rows.map((r) => r.id)) : new Set()), [rows]);

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
        return selected && toggleChecked(selected.id);
    }
  }
  const runRef = useWorkbenchKeys(run);
  useRememberWorkbench(project?.path, { schemeId: table.schemeId, selectedId, query: table.query });
  const suggestAll = useSuggestAll(table.schemeId, vocabularyId, scope, changed);
  // The view's one event subscription (each one holds a connection in the browser).
  useAppEvents((event) => {
    if (event.type === 'job') suggestAll.onJob(event.job);
    if (namesAnyOf(event, ['mappings', 'sources', 'review', 'vocabularies'])) refreshSoon();
    if (namesAnyOf(event, ['vocabularies'])) setLibraryVersion((v) => v + 1);
    if (event.type !== 'menu') return;
    if ((event.command === 'undo' || event.command === 'redo') && !textFieldTakesMenuCommand(event.command)) runRef.current({ type: event.command });
    if (event.command === 'find') runRef.current({ type: 'search' });
  });

  const vocabulary = vocabularies.find((v) => v.id === vocabularyId);
  const libraryIds = useMemo(() => new Set(vocabularies.map((v) => v.id)), [vocabularies]);
  const searchVocabulary = useCallback(
    (text: string) => (vocabularyId ? client.vocabularies.search({ id: vocabularyId, text, limit: 20, language: project?.metadata.language }) : Promise.resolve([])),
    [client, vocabularyId, project?.metadata.language],
  );

  if (!table.loading && table.schemes.length === 0)
    return (
      <section className="panel">
        <h2>Workbench</h2>
        <p>This project has no source items yet. Import learning outcomes or a local classification first.</p>
      </section>
    );

  return (
    <section className="workbench" aria-label="Mapping workbench">
      <WorkbenchToolbar
        schemes={table.schemes}
        schemeId={table.schemeId}
        onScheme={table.setSchemeId}
        vocabularies={vocabularies}
        vocabularyId={vocabularyId}
        onVocabulary={setVocabularyId}
        scope={scope}
        onScope={setScope}
        newStatus={newStatus}
        onNewStatus={setNewStatus}
        undoState={undoState}
        onUndo={actions.undo}
        onRedo={actions.redo}
        onShortcuts={() => setDialog('shortcuts')}
        suggestAll={suggestAll}
      />
      <BulkBar
        itemIds={[...checked]}
        relation={relation}
        filters={suggestFilters(vocabularyId, scope)}
        onClear={() => setChecked(new Set())}
        onDone={(text) => {
          announce(text);
          changed();
        }}
      />
      <div className="workbench-panes">
        <div className="pane pane-items">
          <ItemFilters query={table.query} onQuery={table.setQuery} onClear={table.clearFilters} allRows={table.allRows} shown={rows.length} />
          <ItemsTable ref={gridRef} rows={rows} selectedId={selected?.id ?? null} checked={checked} onSelect={selectItem} onToggleChecked={toggleChecked} onToggleAll={toggleAll} sort={table.query.sort} onSort={table.sortBy} />
        </div>
        <div className="pane pane-candidates">
          <CandidatesPane
            item={selected ? { key: selected.key, text: selected.text } : null}
            entries={detail.loaded ? entries : []}
            cursor={cursorIndex}
            onCursor={moveCursor}
            relation={relation}
            suggestions={detail.suggestionsState}
            actions={{ ...actions, search: () => setDialog('search') }}
            problems={itemProblems}
          />
          <RelationPicker value={relation} onChange={setRelation} />
        </div>
        <div className="pane pane-target">
          <TargetPane target={entryTarget(activeEntry)} libraryIds={libraryIds} />
        </div>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="workbench-announcer">
        {message}
      </div>
      <p className="workbench-status" aria-hidden="true">
        {message}
      </p>
      <Dialog title="Workbench shortcuts" open={dialog === 'shortcuts'} onClose={() => setDialog(null)}>
        <ShortcutsList />
      </Dialog>
      <TargetSearchDialog
        open={dialog === 'search'}
        onClose={() => setDialog(null)}
        vocabulary={vocabulary}
        search={searchVocabulary}
        relation={relation}
        onPick={(concept) => {
          setDialog(null);
          actions.addFromSearch(concept, relation);
        }}
      />
    </section>
  );
}
