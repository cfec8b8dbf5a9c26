import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/domain/project.js';
import { useApi, useAppEvents } from './api-context.js';

const ProjectContext = createContext<ProjectInfo | null | undefined>(undefined);

/** The open project as the core reports it; undefined while loading. */
export function ProjectProvider({ children }: { children: ReactNode }) {
  const { client } = useApi();
  const [project, setProject] = useState<ProjectInfo | null | undefined>(undefined);
  useEffect(() => {
    client.projects.current({}).then(setProject, () => setProject(null));
  }, [client]);
  useAppEvents((event) => {
    if (event.type === 'project') setProject(event.project);
  });
  return <ProjectContext.Provider value={project}>{children}</ProjectContext.Provider>;
}

export function useProject(): ProjectInfo | null | undefined {
  return useContext(ProjectContext);
}
