import { useCallback, useState } from 'react';
import { useApiData } from '../../api/use-api-data.js';
import type { OutcomeCoverage } from '../../../../shared/domain/outcome-coverage.js';

const DECOMPOSE_KEY = 'crosswalk.workbench.decompose';

function readDecompose(): boolean {
  try {
    return globalThis.localStorage?.getItem(DECOMPOSE_KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * The selected item's parts and their coverage (read again when mappings or sources change, undo included), and the
 * remembered choice to suggest per skill statement (off by default: it costs about three searches per outcome).
 */
export function useOutcome(itemId: number | null): {
  coverage: OutcomeCoverage | null;
  decompose: { on: boolean; onChange(on: boolean): void };
} {
  const data = useApiData('mappings', 'coverage', itemId == null ? null : { sourceItemId: itemId }, {
    domains: ['mappings', 'sources'],
    delayMs: 60,
  });
  const [on, setOn] = useState(readDecompose);
  const onChange = useCallback((next: boolean) => {
    setOn(next);
    try {
      globalThis.localStorage?.setItem(DECOMPOSE_KEY, next ? 'on' : 'off');
    } catch {
      // Only the remembered choice is lost.
    }
  }, []);
  const coverage = data.data && !data.stale && data.data.sourceItemId === itemId ? data.data : null;
  return { coverage, decompose: { on, onChange } };
}
