import type { ComponentType } from 'react';
import { ProjectView } from '../features/projects/ProjectView.js';

export interface ViewDefinition {
  id: string;
  label: string;
  /** Shown only while a project is open. */
  needsProject: boolean;
  component: ComponentType;
}

/** The app's main views, in navigation order. Each feature adds its own entry. */
export const VIEWS: readonly ViewDefinition[] = [{ id: 'project', label: 'Project', needsProject: true, component: ProjectView }];
