/**
 * The k-th largest of `values` (−∞ when there are fewer than k, +∞ when k ≤ 0): a floor for the top k, found without
 * sorting. Quickselect (Hoare partition): `values` is reordered, so pass a copy of what must keep its order.
 */
export function kthLargest(values: Float32Array, k: number): number {
  const count = values.length;
  if (count < k) return -Infinity;
  if (k <= 0) return Infinity;
  let lo = 0;
  let hi = count - 1;
  // The element that sorted descending would stand at k − 1.
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
