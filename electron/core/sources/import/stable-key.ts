import { createHash } from 'node:crypto';

/** Text as it is compared for identity: Unicode NFC, case-folded, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 8 hex digits of SHA-256 of the normalised text: short, and the same on every import. */
export function hash8(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 8);
}

/**
 * Generated item keys for sources that give outcomes no id: `<parent>-<hash8(text)>`, so a key
 * follows its text, not its position. Inserting an outcome leaves the others' keys alone; an
 * edited outcome gets a new key (the old item is flagged removed with its mappings, the new one
 * is added). Identical texts under one parent get -2, -3 ... in order of appearance.
 */
export class StableKeys {
  private readonly used = new Map<string, number>();

  constructor(private readonly separator = '-') {}

  next(parent: string, text: string): string {
    const base = `${parent}${this.separator}${hash8(text)}`;
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
