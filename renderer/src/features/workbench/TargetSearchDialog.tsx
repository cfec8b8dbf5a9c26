import type { ConceptSummary, VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import type { MappingRelation } from '../../../../shared/skos.js';
import { Dialog } from '../../ui/Dialog.js';
import { vocabularyName } from './suggest-scope.js';
import { TargetSearch } from './TargetSearch.js';

interface Props {
  open: boolean;
  onClose(): void;
  /** The target vocabulary, named once in the title. */
  vocabulary: VocabularyInfo | undefined;
  search(text: string): Promise<ConceptSummary[]>;
  relation: MappingRelation;
  onPick(concept: ConceptSummary): void;
}

/** "/": find a concept that was not suggested; the caret starts in the search field. */
export function TargetSearchDialog({ open, onClose, vocabulary, search, relation, onPick }: Props) {
  return (
    <Dialog title={`Add a mapping from ${vocabulary ? vocabularyName(vocabulary) : 'the target vocabulary'}`} open={open} onClose={onClose}>
      <TargetSearch search={search} onPick={onPick} />
      <p className="muted">The mapping is recorded with the relation chosen beside the list: {relation}.</p>
    </Dialog>
  );
}
