import type { SuggestFilters } from '../../../shared/domain/suggestion.js';
import { CONCEPT_TYPES, REUSE_LEVELS } from './index-data.js';
import type { SuggestIndex } from './suggest-index.js';

const masks = new WeakMap<SuggestIndex, Map<string, Uint8Array | null>>();

/** Per concept 1 when it passes the filters (null: no restriction). Cached per index and filter set. */
export function allowedConcepts(index: SuggestIndex, filters: SuggestFilters | undefined): Uint8Array | null {
  const f = filters ?? {};
  const key = JSON.stringify([f.schemes, f.types, f.reuseLevels, f.collections]);
  let cache = masks.get(index);
  if (!cache) masks.set(index, (cache = new Map()));
  if (cache.has(key)) return cache.get(key)!;
  const data = index.data;
  const types = f.types?.length ? new Set(f.types.map((t) => CONCEPT_TYPES.indexOf(t))) : null;
  const reuse = f.reuseLevels?.length ? new Set(f.reuseLevels.map((r) => REUSE_LEVELS.indexOf(r))) : null;
  let collectionMask = 0;
  for (const c of f.collections ?? []) {
    const bit = data.collections.indexOf(c);
    if (bit >= 0) collectionMask |= 1 << bit;
  }
  const schemes = f.schemes?.length ? new Set(f.schemes.map((s) => data.schemes.indexOf(s))) : null;
  let mask: Uint8Array | null = null;
  if (types || reuse || f.collections?.length || schemes) {
    mask = new Uint8Array(index.conceptCount);
    for (let c = 0; c < index.conceptCount; c++) {
      if (types && !types.has(data.types[c]!)) continue;
      if (reuse && !reuse.has(data.reuse[c]!)) continue;
      if (f.collections?.length && (data.collectionMask[c]! & collectionMask) === 0) continue;
      if (schemes) {
        let inScheme = false;
        for (let p = data.schemeOffsets[c]!; p < data.schemeOffsets[c + 1]!; p++) if (schemes.has(data.schemeIds[p]!)) inScheme = true;
        if (!inScheme) continue;
      }
      mask[c] = 1;
    }
  }
  if (cache.size > 32) cache.clear();
  cache.set(key, mask);
  return mask;
}
