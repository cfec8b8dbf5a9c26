import { MAPPING_TABLE_FIELDS, type MappingTableColumns, type MappingTableField } from '../../../shared/domain/correspondence.js';
import { badInput } from '../errors.js';

/** A header name compared loosely: lower case, letters and digits only ("Subject ID" = "subject_id"). */
function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Header names each field is guessed from, best first (SSSOM's names among them). */
const NAMES: Record<MappingTableField, readonly string[]> = {
  source: [
    'sourceid',
    'subjectid',
    'sourceuri',
    'subjecturi',
    'sourcecode',
    'sourcenotation',
    'sourceconcept',
    'source',
    'subject',
    'id',
    'code',
    'notation',
    'identifier',
  ],
  target: [
    'targetid',
    'targeturi',
    'objectid',
    'objecturi',
    'targetconcept',
    'target',
    'object',
    'escouri',
    'escoid',
    'escoconcept',
    'concepturi',
    'uri',
  ],
  relation: [
    'relation',
    'mappingrelation',
    'predicate',
    'predicateid',
    'typeofmatch',
    'matchtype',
    'relationship',
    'mappingtype',
    'skosrelation',
    'mappingpredicate',
    'match',
  ],
  sourceLabel: [
    'sourcelabel',
    'subjectlabel',
    'sourcename',
    'sourcepreflabel',
    'sourcetitle',
    'sourcetext',
    'learningoutcome',
    'label',
    'name',
    'title',
    'preflabel',
  ],
  sourceDescription: ['sourcedescription', 'subjectdescription', 'sourcedefinition', 'description', 'definition'],
  targetLabel: [
    'targetlabel',
    'objectlabel',
    'targetname',
    'targetpreflabel',
    'targettitle',
    'escolabel',
    'escotitle',
    'escopreflabel',
    'conceptlabel',
    'preferredlabel',
  ],
  status: ['status', 'mappingstatus', 'curationstatus', 'reviewstatus'],
  comment: ['comment', 'comments', 'note', 'notes', 'editorialnote', 'remark', 'remarks'],
  author: ['author', 'authorlabel', 'authorid', 'creator', 'creatorlabel', 'mappedby', 'curator'],
  date: ['date', 'mappingdate', 'created', 'modified', 'lastmodified'],
  confidence: ['confidence', 'mappingconfidence'],
};

/** Looser second chances for the fields a table cannot do without. */
const PATTERNS: Partial<Record<MappingTableField, RegExp>> = {
  source: /^(source|subject).*(id|uri|code|notation|key)$/,
  target: /^(target|object|esco|isced).*(id|uri|code)$/,
  relation: /relation|predicate|typeofmatch/,
  sourceLabel: /^(source|subject).*(label|name|title)$/,
  targetLabel: /^(target|object|esco).*(label|name|title)$/,
};

/** The guessing order: source, target and relation claim their columns before the rest. */
const GUESS_ORDER: readonly MappingTableField[] = [
  'source',
  'target',
  'relation',
  'sourceLabel',
  'targetLabel',
  'sourceDescription',
  'status',
  'comment',
  'author',
  'date',
  'confidence',
];

/**
 * The column mapping a header suggests (source id / target uri / relation / predicate /
 * subject_id / object_id / mapping relation / type of match / labels ...), case-insensitive, each
 * column used once. Fields without a likely column are left out.
 */
export function guessMappingColumns(header: readonly string[]): Partial<MappingTableColumns> {
  const keys = header.map(headerKey);
  const used = new Set<number>();
  const guessed: Partial<MappingTableColumns> = {};
  const claim = (field: MappingTableField, index: number) => {
    used.add(index);
    guessed[field] = header[index]!.trim();
  };
  for (const field of GUESS_ORDER) {
    for (const name of NAMES[field]) {
      const index = keys.findIndex((k, i) => k === name && !used.has(i));
      if (index >= 0) {
        claim(field, index);
        break;
      }
    }
  }
  for (const field of GUESS_ORDER) {
    const pattern = PATTERNS[field];
    if (guessed[field] !== undefined || !pattern) continue;
    const index = keys.findIndex((k, i) => pattern.test(k) && !used.has(i));
    if (index >= 0) claim(field, index);
  }
  return guessed;
}

/** Where each field comes from: a column index, or a constant for every row. */
export interface ResolvedColumns {
  index: Partial<Record<MappingTableField, number>>;
  constant: Partial<Record<MappingTableField, string>>;
  /** The header name (or field name for a constant) problems name as their field. */
  name: Partial<Record<MappingTableField, string>>;
}

const isField = (name: string): name is MappingTableField => (MAPPING_TABLE_FIELDS as readonly string[]).includes(name);

/**
 * Finds every mapped column in the header. Refuses, naming file, header line, field and the
 * available columns, when a field is unknown, a column is not in the header, or source, target or
 * a relation (column or "=constant") is missing. The details carry header and columns so a UI can
 * offer the column mapping again.
 */
export function resolveColumns(
  header: readonly string[],
  columns: Partial<MappingTableColumns>,
  where: { file: string; line: number },
): ResolvedColumns {
  const available = header.map((h) => `"${h.trim()}"`).join(', ') || '(none)';
  const refuse = (message: string, field: string) =>
    badInput(`${message}; the columns are: ${available}`, { ...where, field, header: [...header], columns });
  const keys = header.map((h) => h.trim().toLowerCase());
  const resolved: ResolvedColumns = { index: {}, constant: {}, name: {} };
  for (const [field, value] of Object.entries(columns)) {
    if (!isField(field)) throw refuse(`unknown field "${field}" (the fields are: ${MAPPING_TABLE_FIELDS.join(', ')})`, field);
    if (value === undefined || value.trim() === '') continue;
    if (value.startsWith('=')) {
      if (field === 'source' || field === 'target') throw refuse(`the ${field} must name a column, not a constant ("${value}")`, field);
      resolved.constant[field] = value.slice(1).trim();
      resolved.name[field] = field;
      continue;
    }
    const index = keys.indexOf(value.trim().toLowerCase());
    if (index < 0) throw refuse(`no column "${value.trim()}" in the header`, field);
    resolved.index[field] = index;
    resolved.name[field] = header[index]!.trim();
  }
  for (const field of ['source', 'target'] as const) {
    if (resolved.index[field] === undefined) throw refuse(`no column for the ${field}: map one`, field);
  }
  if (resolved.index.relation === undefined && resolved.constant.relation === undefined) {
    throw refuse('no relation column: map one, or give every row the same relation as "=exactMatch"', 'relation');
  }
  return resolved;
}
