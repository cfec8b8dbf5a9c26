import { useEffect, useState } from 'react';
import { EMPTY_MEMORY, readMemory, writeMemory, type WorkbenchMemory } from './workbench-memory.js';

/** The source, filters and selection the user left this project's workbench with; read once when the view opens. */
export function useRememberedWorkbench(projectPath: string | undefined): WorkbenchMemory {
  const [initial] = useState(() => (projectPath ? readMemory(localStorage, projectPath) : EMPTY_MEMORY));
  return initial;
}

/**
 * Writes the workbench's state back as it changes, so it survives view switches and restarts
 * (the view is mounted per project, so the path does not change under it).
 */
export function useRememberWorkbench(projectPath: string | undefined, memory: WorkbenchMemory): void {
  const json = JSON.stringify(memory);
  useEffect(() => {
    if (projectPath) writeMemory(localStorage, projectPath, JSON.parse(json) as WorkbenchMemory);
  }, [projectPath, json]);
}
