import type { MappingStatus, UndoState } from '../../../../shared/domain/mapping.js';
import type { SourceSchemeRow } from '../../../../shared/domain/source.js';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { vocabularyName } from './suggest-scope.js';
import { SuggestAllButton, type SuggestAllState } from './SuggestAll.js';
import { SUGGEST_SCOPES, type SuggestScope } from './suggest-scope.js';

interface Props {
  schemes: readonly SourceSchemeRow[];
  schemeId: number | null;
  onScheme(id: number): void;
  vocabularies: readonly VocabularyInfo[];
  vocabularyId: string | null;
  onVocabulary(id: string): void;
  scope: SuggestScope;
  onScope(scope: SuggestScope): void;
  newStatus: MappingStatus;
  onNewStatus(status: MappingStatus): void;
  undoState: UndoState | null;
  onUndo(): void;
  onRedo(): void;
  onShortcuts(): void;
  suggestAll: SuggestAllState;
}

/** Source, target vocabulary, suggestion scope, status of new mappings, undo / redo and "Suggest all". */
export function WorkbenchToolbar(props: Props) {
  const { schemes, schemeId, vocabularies, vocabularyId, newStatus, undoState } = props;
  return (
    <div className="workbench-toolbar">
      <label>
        Source
        <select value={schemeId ?? ''} onChange={(e) => props.onScheme(Number(e.target.value))}>
          {schemes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.items})
            </option>
          ))}
        </select>
      </label>
      <label>
        Target vocabulary
        <select value={vocabularyId ?? ''} onChange={(e) => props.onVocabulary(e.target.value)}>
          {vocabularies.length === 0 && <option value="">No vocabulary in the library</option>}
          {vocabularies.map((v) => (
            <option key={v.id} value={v.id}>
              {vocabularyName(v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Suggest
        <select value={props.scope} onChange={(e) => props.onScope(e.target.value as SuggestScope)}>
          {SUGGEST_SCOPES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        New mappings are
        <select value={newStatus} onChange={(e) => props.onNewStatus(e.target.value as MappingStatus)}>
          <option value="accepted">accepted</option>
          <option value="proposed">proposed (for review)</option>
        </select>
      </label>
      <span className="toolbar-spacer" />
      <button
        type="button"
        onClick={props.onUndo}
        disabled={!undoState?.undo}
        title={undoState?.undo ? `Undo ${undoState.undo.label}` : undefined}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={props.onRedo}
        disabled={!undoState?.redo}
        title={undoState?.redo ? `Redo ${undoState.redo.label}` : undefined}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
      <SuggestAllButton state={props.suggestAll} disabled={schemeId == null} />
      <button type="button" onClick={props.onShortcuts} aria-keyshortcuts="?">
        Shortcuts
      </button>
    </div>
  );
}
