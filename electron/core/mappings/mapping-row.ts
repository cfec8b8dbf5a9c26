import type Database from 'better-sqlite3';
import type { Mapping, MappingJustification, MappingKind, MappingRow, MappingStatus } from '../../../shared/domain/mapping.js';
import type { TextRange } from '../../../shared/domain/suggestion.js';
import type { MappingRelation } from '../../../shared/skos.js';

/** A mappings table row as SQLite returns it. */
export interface MappingDbRow {
  id: number;
  content_id: string;
  source_item_id: number;
  kind: MappingKind;
  target_uri: string | null;
  target_label: string;
  target_label_language: string;
  target_vocabulary: string | null;
  relation: MappingRelation | null;
  status: MappingStatus;
  justification: MappingJustification;
  score: number | null;
  confidence: number | null;
  comment: string;
  author: string;
  created: string;
  modified: string;
  /** JSON list of {start, end}, or null. */
  evidence: string | null;
}

export const MAPPING_COLUMNS =
  'm.id, m.content_id, m.source_item_id, m.kind, m.target_uri, m.target_label, m.target_label_language, m.target_vocabulary, m.relation, m.status, m.justification, m.score, m.confidence, m.comment, m.author, m.created, m.modified, m.evidence';

export function toMapping(row: MappingDbRow): Mapping {
  const hasTarget = row.target_uri !== null;
  return {
    id: row.id,
    contentId: row.content_id,
    sourceItemId: row.source_item_id,
    kind: row.kind,
    target: hasTarget
      ? {
          uri: row.target_uri!,
          label: row.target_label,
          vocabularyId: row.target_vocabulary ?? '',
          ...(row.target_label_language ? { labelLanguage: row.target_label_language } : {}),
        }
      : null,
    targetVocabularyId: row.target_vocabulary,
    relation: row.relation,
    status: row.status,
    justification: row.justification,
    score: row.score,
    confidence: row.confidence,
    comment: row.comment,
    author: row.author,
    created: row.created,
    modified: row.modified,
    ...(row.evidence ? { evidence: JSON.parse(row.evidence) as TextRange[] } : {}),
  };
}

export type MappingJoinedRow = MappingDbRow & { scheme_id: number; source_key: string; source_text: string; group_id: number | null };

export function toMappingRow(row: MappingJoinedRow): MappingRow {
  const mapping = toMapping(row) as MappingRow;
  mapping.schemeId = row.scheme_id;
  mapping.sourceKey = row.source_key;
  mapping.sourceText = row.source_text;
  mapping.groupId = row.group_id;
  return mapping;
}

/** Named parameters for INSERT / UPDATE of a Mapping. */
export function mappingParams(m: Mapping): Record<string, unknown> {
  return {
    id: m.id,
    content_id: m.contentId,
    source_item_id: m.sourceItemId,
    kind: m.kind,
    target_uri: m.target?.uri ?? null,
    target_label: m.target?.label ?? '',
    target_label_language: m.target?.labelLanguage ?? '',
    target_vocabulary: m.target?.vocabularyId || m.targetVocabularyId || null,
    relation: m.relation,
    status: m.status,
    justification: m.justification,
    score: m.score,
    confidence: m.confidence,
    comment: m.comment,
    author: m.author,
    created: m.created,
    modified: m.modified,
    evidence: m.evidence?.length ? JSON.stringify(m.evidence.map((r) => ({ start: r.start, end: r.end }))) : null,
  };
}

/** Prepared statements shared by the store and undo/redo, one set per database connection. */
export interface MappingStatements {
  get: Database.Statement<[number], MappingDbRow>;
  byContent: Database.Statement<[string], { id: number }>;
  insert: Database.Statement<[Record<string, unknown>]>;
  overwrite: Database.Statement<[Record<string, unknown>]>;
  remove: Database.Statement<[number]>;
  history: Database.Statement<[Record<string, unknown>]>;
  touch: Database.Statement<[string]>;
}

const cache = new WeakMap<Database.Database, MappingStatements>();

export function statements(db: Database.Database): MappingStatements {
  let found = cache.get(db);
  if (!found) {
    found = {
      get: db.prepare(`SELECT ${MAPPING_COLUMNS} FROM mappings m WHERE m.id = ?`),
      byContent: db.prepare('SELECT id FROM mappings WHERE content_id = ?'),
      insert: db.prepare(
        `INSERT INTO mappings (id, content_id, source_item_id, kind, target_uri, target_label, target_label_language, target_vocabulary, relation, status, justification, score, confidence, comment, author, created, modified, evidence)
         VALUES (@id, @content_id, @source_item_id, @kind, @target_uri, @target_label, @target_label_language, @target_vocabulary, @relation, @status, @justification, @score, @confidence, @comment, @author, @created, @modified, @evidence)`,
      ),
      overwrite: db.prepare(
        `UPDATE mappings SET content_id = @content_id, source_item_id = @source_item_id, kind = @kind, target_uri = @target_uri, target_label = @target_label,
           target_label_language = @target_label_language, target_vocabulary = @target_vocabulary, relation = @relation, status = @status, justification = @justification, score = @score,
           confidence = @confidence, comment = @comment, author = @author, created = @created, modified = @modified, evidence = @evidence WHERE id = @id`,
      ),
      remove: db.prepare('DELETE FROM mappings WHERE id = ?'),
      history: db.prepare(
        'INSERT INTO mapping_history (mapping_id, content_id, action, before, after, author, at, batch) VALUES (@mapping_id, @content_id, @action, @before, @after, @author, @at, @batch)',
      ),
      touch: db.prepare('UPDATE project SET modified = ? WHERE id = 1'),
    };
    cache.set(db, found);
  }
  return found;
}
