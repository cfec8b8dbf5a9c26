import type { ComponentType } from 'react';
import { ProjectView } from '../features/projects/ProjectView.js';
import { WorkbenchView } from '../features/workbench/WorkbenchView.js';
import { SourcesView } from '../features/sources/SourcesView.js';
import { ReviewView } from '../features/review/ReviewView.js';
import { ProblemsView } from '../features/problems/ProblemsView.js';
import { CoverageView } from '../features/coverage/CoverageView.js';
import { HistoryView } from '../features/history/HistoryView.js';
import { ExchangeView } from '../features/exchange/ExchangeView.js';
import { VocabulariesView } from '../features/vocabularies/VocabulariesView.js';
import { SettingsView } from '../features/settings/SettingsView.js';
import { VersionsView } from '../features/versions/VersionsView.js';
import { TeamView } from '../features/team/TeamView.js';

export interface ViewDefinition {
  id: string;
  label: string;
  /** Shown only while a project is open. */
  needsProject: boolean;
  component: ComponentType;
}

/** The app's main views, in navigation order. Each feature adds its own entry. */
export const VIEWS: readonly ViewDefinition[] = [
  { id: 'project', label: 'Project', needsProject: true, component: ProjectView },
  { id: 'sources', label: 'Sources', needsProject: true, component: SourcesView },
  { id: 'workbench', label: 'Workbench', needsProject: true, component: WorkbenchView },
  { id: 'review', label: 'Review', needsProject: true, component: ReviewView },
  { id: 'problems', label: 'Problems', needsProject: true, component: ProblemsView },
  { id: 'coverage', label: 'Coverage', needsProject: true, component: CoverageView },
  { id: 'history', label: 'History', needsProject: true, component: HistoryView },
  { id: 'exchange', label: 'Export / Import', needsProject: true, component: ExchangeView },
  { id: 'team', label: 'Team', needsProject: true, component: TeamView },
  { id: 'vocabularies', label: 'Vocabularies', needsProject: false, component: VocabulariesView },
  { id: 'versions', label: 'Versions', needsProject: false, component: VersionsView },
  { id: 'settings', label: 'Settings', needsProject: false, component: SettingsView },
];
