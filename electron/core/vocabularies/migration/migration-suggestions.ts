import type { MigrationSuggestion } from '../../../../shared/domain/migration.js';
import type { ConceptRecord, ConceptType } from '../../../../shared/domain/vocabulary.js';
import { pickLabel } from '../concept-index.js';
import type { PlannedRow } from './plan-migration.js';
import { mergeSuggestions, targetGone } from '../../../../shared/migration-rules.js';

/** The suggestion engine over the newer version, restricted to one concept type when given. */
export type EngineSuggest = (text: string, type: ConceptType | undefined) => { uri: string; label: string; score: number }[];

const normal = (label: string) => label.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Replacements for a queued mapping's target, from the most trusted source down: the newer
 * version's replacement data, the same concept when it is still there, a concept now carrying the
 * old preferred label (ESCO gave some groups new URIs), then — only for targets that are gone or
 * deprecated and have none of those, as the engine costs milliseconds a row — the engine on the old
 * label and the source item's text.
 */
export class SuggestionFinder {
  private byLabel: Map<string, ConceptRecord[]> | undefined;
  private readonly asked = new Map<string, ReturnType<EngineSuggest>>();
  private readonly byUri: Map<string, ConceptRecord>;

  constructor(
    private readonly to: readonly ConceptRecord[],
    private readonly engine?: EngineSuggest,
  ) {
    this.byUri = new Map(to.map((c) => [c.uri, c]));
  }

  find(row: Pick<PlannedRow, 'reasons' | 'replacedBy' | 'next' | 'type' | 'mapping'>, sourceText: string): MigrationSuggestion[] {
    const label = (c: ConceptRecord) => pickLabel(c.prefLabel, 'en') ?? c.uri;
    const replacement = row.replacedBy
      .map((uri) => this.byUri.get(uri))
      .filter((c): c is ConceptRecord => c !== undefined)
      .map((c) => ({ uri: c.uri, label: label(c), origin: 'replacement' as const, score: 1 }));
    const same =
      row.next && !/deprecated|obsolete/i.test(row.next.status ?? '')
        ? [{ uri: row.next.uri, label: label(row.next), origin: 'same-concept' as const, score: 1 }]
        : [];
    const oldLabel = row.mapping.target?.label ?? '';
    const sameLabel = this.withLabel(oldLabel)
      .filter((c) => c.uri !== row.mapping.target?.uri && (!row.type || c.type === row.type))
      .map((c) => ({ uri: c.uri, label: label(c), origin: 'same-label' as const, score: 1 }));
    // The engine only where the vocabulary's own data names no successor.
    const needsEngine =
      this.engine && (targetGone(row.reasons) || row.reasons.includes('deprecated')) && replacement.length + sameLabel.length === 0;
    const engine = needsEngine
      ? [oldLabel, sourceText]
          .filter((text) => text.trim())
          .flatMap((text) => this.ask(text, row.type))
          .filter((c) => c.uri !== row.mapping.target?.uri)
          .map((c) => ({ uri: c.uri, label: c.label, origin: 'engine' as const, score: c.score }))
      : [];
    return mergeSuggestions([replacement, same, sameLabel, engine]);
  }

  /** The engine's answer, once per text and type (many mappings share a removed target's label). */
  private ask(text: string, type: ConceptType | undefined): ReturnType<EngineSuggest> {
    const key = `${type ?? ''}\u0000${text}`;
    let answer = this.asked.get(key);
    if (!answer) this.asked.set(key, (answer = this.engine!(text, type)));
    return answer;
  }

  private withLabel(label: string): ConceptRecord[] {
    if (!label.trim()) return [];
    if (!this.byLabel) {
      this.byLabel = new Map();
      for (const c of this.to) {
        for (const l of new Set(Object.values(c.prefLabel).map(normal))) {
          const list = this.byLabel.get(l);
          if (list) list.push(c);
          else this.byLabel.set(l, [c]);
        }
      }
    }
    return this.byLabel.get(normal(label)) ?? [];
  }
}
