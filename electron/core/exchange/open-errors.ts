import type { ExportScope } from '../../../shared/contract/export.js';
import type { Problem } from '../../../shared/domain/review.js';
import type { ConceptLookup } from '../checks/concept-lookup.js';
import { runChecks } from '../checks/run-checks.js';
import type { Project } from '../projects/project-service.js';
import { exportScope } from './project-table.js';

/**
 * The error-severity problems of the Problems panel that concern an export: those of the items it
 * covers, and project-wide ones. Shown before the user confirms an export and listed in its report.
 */
export function openErrors(project: Project, library: ConceptLookup | null, scope: ExportScope): Problem[] {
  const covered = new Set(
    exportScope(project, scope)
      .items.filter((i) => i.state === 'active')
      .map((i) => i.id),
  );
  return runChecks(project.db, library).problems.filter(
    (p) => p.severity === 'error' && (p.sourceItemId === null || covered.has(p.sourceItemId)),
  );
}
