import Fuse from 'fuse.js';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';

/** Fuse.js over the same preferred and alternative labels: the "fuzzy search everything" approach. */
export class FuseBaseline {
  private readonly fuse: Fuse<{ uri: string; labels: string[] }>;

  constructor(concepts: ConceptRecord[]) {
    this.fuse = new Fuse(
      concepts.map((c) => ({ uri: c.uri, labels: [c.prefLabel.en ?? '', ...(c.altLabels.en ?? [])] })),
      { keys: ['labels'], ignoreLocation: true, threshold: 0.6 },
    );
  }

  rank(text: string, top: number): string[] {
    // Fuse's Bitap matcher is limited to 32-character patterns: longer texts are cut.
    return this.fuse.search(text.slice(0, 32), { limit: top }).map((r) => r.item.uri);
  }
}
