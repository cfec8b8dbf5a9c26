import type { ImportReport } from '../../../../shared/domain/vocabulary.js';

// No-break, narrow no-break, figure, thin and other odd spaces; zero-width characters and BOMs.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Cleans labels on import and counts what it changed (the import report shows the counts). */
export class LabelCleaner {
  readonly counts: ImportReport['cleaning'] = { trimmed: 0, spacesNormalized: 0, duplicatesRemoved: 0, emptyRemoved: 0 };

  clean(label: string): string {
    const text = label.replace(ODD_SPACES, ' ').replace(INVISIBLE, '');
    if (text !== label) this.counts.spacesNormalized++;
    const collapsed = text.replace(/[ \t]{2,}/g, ' ');
    const trimmed = collapsed.trim();
    if (trimmed !== text) this.counts.trimmed++;
    return trimmed;
  }

  /** Cleans a list, dropping empty entries and duplicates. */
  cleanList(labels: string[]): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const raw of labels) {
      const label = this.clean(raw);
      if (!label) {
        if (raw.length > 0) this.counts.emptyRemoved++;
        continue;
      }
      if (seen.has(label)) {
        this.counts.duplicatesRemoved++;
        continue;
      }
      seen.add(label);
      out.push(label);
    }
    return out;
  }
}
