import type { Database } from 'better-sqlite3';
import { DecisionVectors } from './decision-vectors.js';

/** A decided mapping of a source text to a target (accepted, or imported from a correspondence table). */
export interface DecisionExample {
  sourceItemId: number;
  text: string;
  language: string;
  targetUri: string;
  origin: 'accepted' | 'imported';
  /** The SKOS relation the decision used (older rows and tests may lack it). */
  relation?: MappingRelation;
}

export type MappingRelation = 'exactMatch' | 'closeMatch' | 'broadMatch' | 'narrowMatch' | 'relatedMatch';

/** What the project has decided, as evidence for suggestions. */
export interface ProjectDecisions {
  examples: DecisionExample[];
  /** Per source item: targets it must not get (rejected suggestions, must-not-map statements). */
  rejected: Map<number, Set<string>>;
}

export interface DecisionEvidence {
  uri: string;
  /** 0..1: similarity of the best matching example, plus a little for each further one. */
  strength: number;
  accepted: number;
  imported: number;
  examples: string[];
  /** The relation most of the supporting decisions used (ties: the most similar example's). */
  relation?: MappingRelation;
}

/** Reads accepted / imported matches (with their source texts) and rejections from the project's mappings table. */
export function readProjectDecisions(db: Database): ProjectDecisions {
  const rows = db
    .prepare(
      `SELECT m.source_item_id AS itemId, m.kind, m.target_uri AS uri, m.status, m.justification, m.relation,
              i.text, i.language
         FROM mappings m JOIN source_items i ON i.id = m.source_item_id
        WHERE m.target_uri IS NOT NULL`,
    )
    .all() as {
    itemId: number;
    kind: string;
    uri: string;
    status: string;
    justification: string;
    relation: MappingRelation | null;
    text: string;
    language: string;
  }[];
  const examples: DecisionExample[] = [];
  const rejected = new Map<number, Set<string>>();
  for (const row of rows) {
    if (row.kind === 'must-not-map' || row.status === 'rejected') {
      const set = rejected.get(row.itemId) ?? new Set<string>();
      set.add(row.uri);
      rejected.set(row.itemId, set);
    } else if (row.kind === 'match' && (row.status === 'accepted' || row.justification === 'imported')) {
      examples.push({
        sourceItemId: row.itemId,
        text: row.text,
        language: row.language,
        targetUri: row.uri,
        origin: row.status === 'accepted' && row.justification !== 'imported' ? 'accepted' : 'imported',
        ...(row.relation ? { relation: row.relation } : {}),
      });
    }
  }
  return { examples, rejected };
}

/**
 * Nearest decided examples of a text: cosine over idf-weighted stems of the source texts (idf
 * within the project's decided texts). Exact and near-identical wordings score ~1.
 */
export class DecisionMemory {
  private readonly vectors: DecisionVectors;

  /** `previous` (the memory before the latest decisions) lends its analysed texts, so a rebuild analyses only new ones. */
  constructor(
    private readonly examples: DecisionExample[],
    previous?: DecisionMemory,
  ) {
    this.vectors = new DecisionVectors(examples, previous?.vectors);
  }

  get size(): number {
    return this.examples.length;
  }

  /** Targets supported by examples similar to `text` (similarity ≥ minSimilarity), strongest first. */
  evidence(text: string, language: string, options: { excludeItem?: number; minSimilarity?: number } = {}): DecisionEvidence[] {
    if (!this.examples.length) return [];
    const hits: { example: number; sim: number; firstTerm: number }[] = [];
    for (const similar of this.vectors.similar(text, language, options.minSimilarity ?? 0.35))
      for (const example of this.vectors.examplesOf[similar.text]!)
        if (this.examples[example]!.sourceItemId !== options.excludeItem)
          hits.push({ example, sim: similar.similarity, firstTerm: similar.firstTerm });
    // Examples in the order the query's terms reach them, so ties (relation, shown examples) stay stable.
    hits.sort((a, b) => a.firstTerm - b.firstTerm || a.example - b.example);
    const byUri = new Map<string, DecisionEvidence & { sims: number[]; relations: Map<MappingRelation, number> }>();
    for (const { example: i, sim } of hits) {
      const example = this.examples[i]!;
      const e = byUri.get(example.targetUri) ?? {
        uri: example.targetUri,
        strength: 0,
        accepted: 0,
        imported: 0,
        examples: [] as string[],
        sims: [] as number[],
        relations: new Map<MappingRelation, number>(),
      };
      e.sims.push(sim);
      // Weighted by similarity, so a tie goes to the closer example.
      if (example.relation) e.relations.set(example.relation, (e.relations.get(example.relation) ?? 0) + 1 + sim / 100);
      if (example.origin === 'accepted') e.accepted++;
      else e.imported++;
      if (e.examples.length < 3 && !e.examples.includes(example.text)) e.examples.push(example.text);
      byUri.set(example.targetUri, e);
    }
    return [...byUri.values()]
      .map(({ sims, relations, ...e }) => {
        sims.sort((a, b) => b - a);
        const more = sims.slice(1).reduce((sum, s) => sum + s, 0);
        const relation = [...relations].sort((a, b) => b[1] - a[1])[0]?.[0];
        return { ...e, strength: Math.min(1, sims[0]! + 0.1 * more), ...(relation ? { relation } : {}) };
      })
      .sort((a, b) => b.strength - a.strength);
  }
}
