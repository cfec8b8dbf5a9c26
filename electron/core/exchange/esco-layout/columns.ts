/**
 * The columns of an ESCO layout's mapping rows. Two shapes are published:
 * - the mapping tool's (national tables): "Classification 1 URI", "Classification 1 PrefLabel",
 *   "Classification 2 ID", … "Mapping relation", "Editorial note" (case and spelling vary:
 *   "classification 1 ID", "prefered label", "PrefLabel NL");
 * - the ESCO–O*NET crosswalk's: "O*NET Id", "O*NET Title", "O*NET Description", "ESCO or ISCO URI",
 *   … "Type of Match", named after the classifications of the preamble.
 * A cell's side comes from its "Classification N" prefix, else from a classification name it starts
 * with, else from its position (a role seen twice starts side 2); its role from its last words.
 */
export type ColumnRole = 'uri' | 'id' | 'url' | 'label' | 'description';
export type Side = 1 | 2;

export interface SideColumn {
  index: number;
  role: ColumnRole;
  /** Language of a label column that names one ("PrefLabel NL", "Title (cs)"). */
  language: string | null;
}

export interface LayoutColumns {
  sides: Record<Side, SideColumn[]>;
  relation: number;
  /** -1 when the table has no note column. */
  note: number;
}

const normal = (cell: string): string => cell.trim().toLowerCase().replace(/\s+/g, ' ');

const RELATION_HEADER = /^(mapping relation|type of match|match type|relation|relationship|mapping type|skos relation|predicate)$/;
const NOTE_HEADER = /^(editorial notes?|notes?|comments?|remarks?)$/;

/** Whether a header cell names the relation column. */
export function isRelationHeader(cell: string): boolean {
  return RELATION_HEADER.test(normal(cell));
}

function roleOf(text: string): { role: ColumnRole; language: string | null } | undefined {
  if (/(^| )(uri|iri)$/.test(text)) return { role: 'uri', language: null };
  if (/(^| )(url|link)$/.test(text)) return { role: 'url', language: null };
  if (/(^| )(id|code|notation|identifier)$/.test(text)) return { role: 'id', language: null };
  if (/(^| )description$/.test(text)) return { role: 'description', language: null };
  const label = /(?:pref(?:er{1,2}ed)?label|label|title|name)(?:[([]?([a-z]{2,3})[)\]]?)?$/.exec(text.replace(/\s+/g, ''));
  if (label) return { role: 'label', language: label[1] ?? null };
  return undefined;
}

/** Column roles of a header row; undefined when it has no relation column. */
export function layoutColumns(header: readonly string[], names: Partial<Record<Side, string>>): LayoutColumns | undefined {
  const columns: LayoutColumns = { sides: { 1: [], 2: [] }, relation: -1, note: -1 };
  const namePrefixes = ([1, 2] as const)
    .map((side) => ({ side, name: normal(names[side] ?? '') }))
    .filter((n) => n.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  let positional: Side = 1;
  header.forEach((raw, index) => {
    const cell = normal(raw);
    if (!cell) return;
    if (columns.relation < 0 && RELATION_HEADER.test(cell)) {
      columns.relation = index;
      return;
    }
    if (columns.note < 0 && NOTE_HEADER.test(cell)) {
      columns.note = index;
      return;
    }
    let side: Side | undefined;
    let rest = cell;
    const prefixed = /^classification ?([12])\b ?(.*)$/.exec(cell);
    if (prefixed) {
      side = Number(prefixed[1]) as Side;
      rest = prefixed[2]!;
    } else {
      const named = namePrefixes.find((n) => cell.startsWith(n.name));
      if (named) {
        side = named.side;
        rest = cell.slice(named.name.length).trim();
      }
    }
    const role = roleOf(rest);
    if (!role) return;
    if (side === undefined) {
      // A role seen twice, or an identifier after the description, starts the second classification.
      const current = columns.sides[positional];
      const seen = current.some((c) => c.role === role.role && c.language === role.language);
      const identifierAfterDescription =
        role.role !== 'label' && role.role !== 'description' && current.some((c) => c.role === 'description');
      if ((seen || identifierAfterDescription) && positional === 1) positional = 2;
      side = positional;
    } else {
      positional = side;
    }
    columns.sides[side].push({ index, ...role });
  });
  return columns.relation >= 0 ? columns : undefined;
}

/** The first column of a role on a side, -1 when there is none. */
export function columnOf(columns: LayoutColumns, side: Side, role: ColumnRole): number {
  return columns.sides[side].find((c) => c.role === role)?.index ?? -1;
}
