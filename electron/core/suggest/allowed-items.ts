/**
 * One bit per item (a label, a label form) whose concept `allowed` lets through, for the hot loops that skip the others
 * with one read from a few kilobytes; made once per concept mask and kept in `cache` (filters.ts caches the masks per
 * filter set, so a mask is the same array from search to search).
 */
export function allowedItems(cache: WeakMap<Uint8Array, Int32Array>, itemConcept: Int32Array, allowed: Uint8Array): Int32Array {
  let bits = cache.get(allowed);
  if (!bits) {
    bits = new Int32Array(Math.ceil(itemConcept.length / 32));
    for (let i = 0; i < itemConcept.length; i++) if (allowed[itemConcept[i]!]) bits[i >> 5]! |= 1 << (i & 31);
    cache.set(allowed, bits);
  }
  return bits;
}
