import { useEffect, useRef } from 'react';
import { useApi } from '../../app/api-context.js';
import { commandForKey, keyBelongsElsewhere, type WorkbenchCommand } from './keyboard.js';

/** The workbench's single-key shortcuts on the window; `run` is always the latest render's. */
export function useWorkbenchKeys(run: (command: WorkbenchCommand) => void): { current: (command: WorkbenchCommand) => void } {
  const api = useApi();
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (keyBelongsElsewhere(event)) return;
      const command = commandForKey(event);
      if (!command) return;
      // Space on a focused button or link is that control's own activation.
      if (command.type === 'toggle-row' && event.target instanceof HTMLElement && event.target.closest('button, a, summary, input, select'))
        return;
      // In Electron the menu's accelerators send undo / redo / find as menu commands.
      if (
        api.transport.kind === 'electron' &&
        (command.type === 'undo' || command.type === 'redo' || (command.type === 'search' && event.ctrlKey))
      )
        return;
      event.preventDefault();
      runRef.current(command);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api.transport.kind]);
  return runRef;
}
