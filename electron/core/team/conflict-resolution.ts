import type { TeamConflict } from '../../../shared/domain/team.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { writeTransaction } from '../db/write-transaction.js';
import { CrosswalkError } from '../errors.js';
import type { Project } from '../projects/project-service.js';
import { applyRecords } from './apply-records.js';
import { readLocalState, teamUriBase } from './project-records.js';
import { deleteConflict, listConflicts, listRemotes } from './remote-store.js';

/** Open conflicts of one remote (or of a file merge, 'merge'), or of all when no name is given. */
export function conflictsOf(project: Project, name?: string): TeamConflict[] {
  if (name !== undefined) return listConflicts(project.db, name);
  const names = [...listRemotes(project.db).map((r) => r.name), 'merge'];
  return names.flatMap((n) => listConflicts(project.db, n));
}

/**
 * Settles one conflict. Mine: the local mapping stays, and the next push publishes it (it differs
 * from the base). Theirs: their version (or their deletion) is written as one history batch.
 */
export function resolveConflict(
  project: Project,
  input: { name?: string; key: string; choice: 'mine' | 'theirs' },
  author: string,
): { remaining: number } {
  const conflict = conflictsOf(project, input.name).find((c) => c.key === input.key);
  if (!conflict)
    throw new CrosswalkError(ErrorCodes.notFound, `No open conflict for mapping ${input.key}${input.name ? ` from ${input.name}` : ''}.`, {
      key: input.key,
    });
  const graph = listRemotes(project.db).find((r) => r.name === conflict.remote)?.graph ?? MERGE_GRAPH;
  writeTransaction(project.db, () => {
    if (input.choice === 'theirs') {
      const local = readLocalState(project, graph);
      const mine = local.records.find((r) => r.key === conflict.key) ?? null;
      const theirs = conflict.theirs;
      const changes = {
        created: !mine && theirs ? [theirs] : [],
        updated: mine && theirs ? [{ before: mine, after: theirs }] : [],
        deleted: mine && !theirs ? [mine] : [],
      };
      applyRecords(project, changes, {
        author,
        label: `Conflict on ${conflict.itemKey}: theirs`,
        source: null,
        origin: conflict.remote,
        uriBase: teamUriBase(graph),
        mappingIds: local.mappingIds,
      });
    }
    deleteConflict(project.db, conflict.remote, conflict.key);
  });
  return { remaining: conflictsOf(project, input.name).length };
}

/** The key space of a merge of project files: any fixed base works, as long as all three files use the same. */
export const MERGE_GRAPH = 'urn:crosswalk:merge';
