import { useCallback, useState } from 'react';

/**
 * A polite live region's text. The same message twice in a row is still announced: a counter
 * makes the text differ (zero-width space), which screen readers do not read.
 */
export function useAnnouncer(): { message: string; announce(message: string): void } {
  const [state, setState] = useState({ message: '', n: 0 });
  const announce = useCallback((message: string) => setState((s) => ({ message: message + (s.n % 2 ? '\u200b' : ''), n: s.n + 1 })), []);
  return { message: state.message, announce };
}
