import { Dialog } from '../../ui/Dialog.js';
import { BulkBar } from './BulkBar.js';
import { CandidatesPane } from './CandidatesPane.js';
import { ItemFilters } from './ItemFilters.js';
import { ItemsTable } from './ItemsTable.js';
import { entryTarget } from './pane-entries.js';
import { RelationPicker } from './RelationPicker.js';
import { ShortcutsList } from './ShortcutsList.js';
import { suggestFilters } from './suggest-scope.js';
import { TargetPane } from './TargetPane.js';
import { TargetSearchDialog } from './TargetSearchDialog.js';
import { useWorkbench } from './use-workbench.js';
import { WorkbenchToolbar } from './WorkbenchToolbar.js';

/** The main screen: source items, the selected item's candidates and mappings, the target concept. */
export function WorkbenchView() {
  const { table, vocabularies, selected, actions, detail, relation, checked, gridRef, ...w } = useWorkbench();
  const { vocabularyId, scope } = vocabularies;
  const rows = table.rows;

  if (!table.loading && table.schemes.length === 0)
    return (
      <section className="panel">
        <h1>Workbench</h1>
        <p>This project has no source items yet. Import learning outcomes or a local classification first.</p>
      </section>
    );

  return (
    <section className="workbench" aria-label="Mapping workbench">
      <h1 className="visually-hidden">Workbench</h1>
      <WorkbenchToolbar
        schemes={table.schemes}
        schemeId={table.schemeId}
        onScheme={table.setSchemeId}
        vocabularies={vocabularies.vocabularies}
        vocabularyId={vocabularyId}
        onVocabulary={vocabularies.setVocabularyId}
        scope={scope}
        onScope={vocabularies.setScope}
        newStatus={w.newStatus}
        onNewStatus={w.setNewStatus}
        undoState={w.undoState}
        onUndo={actions.undo}
        onRedo={actions.redo}
        onShortcuts={() => w.setDialog('shortcuts')}
        suggestAll={w.suggestAll}
      />
      <BulkBar
        itemIds={[...checked.checked]}
        relation={relation}
        filters={suggestFilters(vocabularyId, scope)}
        onClear={() => checked.setAll(null)}
        onDone={(text) => {
          w.announce(text);
          w.changed();
        }}
      />
      <div className="workbench-panes">
        <div className="pane pane-items">
          <ItemFilters
            query={table.query}
            onQuery={table.setQuery}
            onClear={table.clearFilters}
            allRows={table.allRows}
            shown={rows.length}
          />
          <ItemsTable
            ref={gridRef}
            rows={rows}
            selectedId={selected?.id ?? null}
            checked={checked.checked}
            onSelect={w.selectItem}
            onToggleChecked={checked.toggle}
            onToggleAll={w.toggleAll}
            sort={table.query.sort}
            onSort={table.sortBy}
          />
        </div>
        <div className="pane pane-candidates">
          <CandidatesPane
            item={selected ? { key: selected.key, text: selected.text } : null}
            entries={detail.loaded ? w.entries : []}
            cursor={w.cursorIndex}
            onCursor={w.moveCursor}
            relation={relation}
            suggestions={detail.suggestionsState}
            actions={{ ...actions, search: () => w.setDialog('search') }}
            problems={w.itemProblems}
            coverage={w.outcome.coverage}
            decompose={w.outcome.decompose}
          />
          <RelationPicker value={relation} onChange={w.setRelation} />
        </div>
        <div className="pane pane-target">
          <TargetPane target={entryTarget(w.activeEntry)} libraryIds={vocabularies.libraryIds} />
        </div>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="workbench-announcer">
        {w.message}
      </div>
      <p className="workbench-status" aria-hidden="true">
        {w.message}
      </p>
      <Dialog title="Workbench shortcuts" open={w.dialog === 'shortcuts'} onClose={() => w.setDialog(null)}>
        <ShortcutsList />
      </Dialog>
      <TargetSearchDialog
        open={w.dialog === 'search'}
        onClose={() => w.setDialog(null)}
        vocabulary={vocabularies.vocabulary}
        search={w.searchVocabulary}
        relation={relation}
        onPick={(concept) => {
          w.setDialog(null);
          actions.addFromSearch(concept, relation);
        }}
      />
    </section>
  );
}
