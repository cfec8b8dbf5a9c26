import relationsData from '../../../../data/mapping-relations.json';
import type { MappingRelation } from '../../../../shared/skos.js';

export interface RelationInfo {
  id: MappingRelation;
  uri: string;
  /** The digit that sets this relation in the workbench. */
  key: string;
  label: string;
  guide: string;
  inverse: MappingRelation;
}

interface RelationRow {
  id: string;
  uri: string;
  key: string;
  labels: Record<string, string>;
  guide: string;
  inverse: string;
}

/** The five SKOS mapping relations with labels (in `language`, falling back to English) and guide. */
export function relationInfos(language = 'en'): RelationInfo[] {
  return (relationsData.relations as RelationRow[]).map((row) => ({
    id: row.id as MappingRelation,
    uri: row.uri,
    key: row.key,
    label: row.labels[language] ?? row.labels.en ?? row.id,
    guide: row.guide,
    inverse: row.inverse as MappingRelation,
  }));
}

export const RELATIONS: readonly RelationInfo[] = relationInfos();

export function relationByKey(key: string): RelationInfo | undefined {
  return RELATIONS.find((r) => r.key === key);
}

export function relationLabel(id: MappingRelation | null | undefined): string {
  if (!id) return '';
  return RELATIONS.find((r) => r.id === id)?.label ?? id;
}
