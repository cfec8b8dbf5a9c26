export interface TreemapInput {
  id: string;
  value: number;
}

export interface TreemapRect {
  id: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Worst aspect ratio of a row of areas laid along a side of length `side`. */
function worst(row: number[], side: number): number {
  const sum = row.reduce((a, b) => a + b, 0);
  const max = Math.max(...row);
  const min = Math.min(...row);
  return Math.max((side * side * max) / (sum * sum), (sum * sum) / (side * side * min));
}

/**
 * Squarified treemap (Bruls, Huizing, van Wijk 2000): rectangles with areas proportional to the
 * values and aspect ratios close to 1, so small fields stay legible. Zero values are left out.
 */
export function squarify(items: readonly TreemapInput[], width: number, height: number): TreemapRect[] {
  const positive = items.filter((i) => i.value > 0).sort((a, b) => b.value - a.value);
  const total = positive.reduce((a, b) => a + b.value, 0);
  if (total === 0 || width <= 0 || height <= 0) return [];
  const scale = (width * height) / total;
  const areas = positive.map((i) => i.value * scale);
  const out: TreemapRect[] = [];
  let box: Box = { x: 0, y: 0, width, height };
  let start = 0;
  while (start < areas.length) {
    const side = Math.min(box.width, box.height);
    let end = start + 1;
    while (end < areas.length && worst(areas.slice(start, end + 1), side) <= worst(areas.slice(start, end), side)) end++;
    const row = areas.slice(start, end);
    const rowSum = row.reduce((a, b) => a + b, 0);
    const horizontal = box.width >= box.height; // lay the row along the shorter (vertical) side
    const thickness = rowSum / side;
    let offset = 0;
    row.forEach((area, i) => {
      const length = area / thickness;
      const item = positive[start + i]!;
      out.push(
        horizontal
          ? { id: item.id, value: item.value, x: box.x, y: box.y + offset, width: thickness, height: length }
          : { id: item.id, value: item.value, x: box.x + offset, y: box.y, width: length, height: thickness },
      );
      offset += length;
    });
    box = horizontal
      ? { x: box.x + thickness, y: box.y, width: box.width - thickness, height: box.height }
      : { x: box.x, y: box.y + thickness, width: box.width, height: box.height - thickness };
    start = end;
  }
  return out;
}
