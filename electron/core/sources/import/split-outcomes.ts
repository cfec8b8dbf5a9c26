/**
 * Splits a cell or text block holding several learning outcomes into one text per outcome.
 * Bullets ("-", "*", "•", "1.", "a)") win over line breaks, which win over semicolons. A lead-in
 * such as "After the course, students can:" is dropped; bullets of another kind under an item
 * (sub-points) are folded into that item.
 */
export function splitOutcomes(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/g, ''))
    .filter((l) => l.trim());
  const bulleted = lines.map(parseBullet);
  const topMarker = bulleted.find((b) => b.marker !== null)?.marker ?? null;
  if (topMarker !== null) {
    const items: string[] = [];
    let seenTop = false;
    for (const line of bulleted) {
      if (line.marker === topMarker) {
        items.push(line.text);
        seenTop = true;
      } else if (seenTop && items.length) {
        // Sub-points and wrapped continuation lines belong to the item above.
        const last = items[items.length - 1]!;
        const joiner = line.marker !== null ? (/[:,;]$/.test(last) ? ' ' : '; ') : ' ';
        items[items.length - 1] = `${last}${joiner}${line.text}`;
      }
    }
    return items.map(tidy).filter(Boolean);
  }
  const content = lines.map((l) => l.trim()).filter((l) => !isLeadIn(l));
  if (content.length > 1) return content.map(tidy).filter(Boolean);
  const single = content[0] ?? '';
  const parts = single.split(/;\s*/).map(tidy).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => p.length >= 3)) return parts;
  const whole = tidy(single);
  return whole ? [whole] : [];
}

interface BulletLine {
  marker: string | null;
  text: string;
}

const BULLET = /^\s*([-*•‣◦▪●–—o]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))\s+(.*)$/;

function parseBullet(line: string): BulletLine {
  const match = BULLET.exec(line);
  if (!match) return { marker: null, text: line.trim() };
  const raw = match[1]!;
  // Numbers and letters form one marker kind each, whatever their value.
  const marker = /^\d/.test(raw) ? `1${raw.slice(-1)}` : /^[a-z][.)]$/.test(raw) ? `a${raw.slice(-1)}` : /^\(/.test(raw) ? '()' : raw;
  // "o" only counts as a bullet when a space follows and the line would make no sense otherwise.
  return { marker, text: match[2]!.trim() };
}

function isLeadIn(line: string): boolean {
  return /:\s*$/.test(line);
}

function tidy(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;]+$/g, '')
    .replace(/\s+(and|or)$/i, '')
    .trim();
}
