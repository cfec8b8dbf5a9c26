import fs from 'node:fs';
import path from 'node:path';
import type { TeamMergeFilesResult } from '../../../shared/domain/team.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { writeTransaction } from '../db/write-transaction.js';
import { CrosswalkError } from '../errors.js';
import { copyProject, openProject, type Project } from '../projects/project-service.js';
import { applyRecords } from './apply-records.js';
import { MERGE_GRAPH } from './conflict-resolution.js';
import { diffRecords, mergeRecords, recordMap } from './merge.js';
import { readLocalState, teamUriBase } from './project-records.js';
import { saveConflicts } from './remote-store.js';

function withOpen<T>(file: string, nativeBinding: string | undefined, work: (project: Project) => T): T {
  if (!fs.existsSync(file)) throw new CrosswalkError(ErrorCodes.notFound, `${file}: no such project file`, { file });
  const project = openProject(file, nativeBinding);
  try {
    return work(project);
  } finally {
    project.close();
  }
}

/**
 * `crosswalk merge BASE MINE THEIRS --out FILE`: OUT is a copy of MINE with THEIRS merged in by
 * the rules of a pull (BASE is the copy both started from): their changes applied as one history
 * batch, their new items added, both-sides changes stored as conflicts ('merge') to resolve.
 * The three inputs are only read; OUT is written whole or not at all.
 */
export function mergeProjectFiles(
  files: { base: string; mine: string; theirs: string; out: string },
  author: string,
  nativeBinding?: string,
): TeamMergeFilesResult {
  const out = path.resolve(files.out);
  if ([files.base, files.mine, files.theirs].some((f) => path.resolve(f) === out)) {
    throw new CrosswalkError(ErrorCodes.conflict, `--out ${files.out} must be a new file, not one of the merged projects`, {
      file: files.out,
    });
  }
  if (fs.existsSync(out)) throw new CrosswalkError(ErrorCodes.alreadyExists, `A file already exists at ${out}`, { file: out });
  const base = withOpen(files.base, nativeBinding, (p) => readLocalState(p, MERGE_GRAPH).records);
  const theirs = withOpen(files.theirs, nativeBinding, (p) => readLocalState(p, MERGE_GRAPH));
  const temp = `${out}.merging-${process.pid}`;
  withOpen(files.mine, nativeBinding, (p) => copyProject(p, temp, true));
  try {
    const result = withOpen(temp, nativeBinding, (project) => {
      const mine = readLocalState(project, MERGE_GRAPH);
      const merge = mergeRecords(recordMap(base), recordMap(mine.records), recordMap(theirs.records));
      const changes = diffRecords(recordMap(mine.records), merge.merged);
      return writeTransaction(project.db, () => {
        const applied = applyRecords(project, changes, {
          author,
          label: `Merge ${path.basename(files.theirs)}`,
          source: theirs.table,
          origin: path.basename(files.theirs),
          uriBase: teamUriBase(MERGE_GRAPH),
          mappingIds: mine.mappingIds,
        });
        saveConflicts(
          project.db,
          merge.conflicts.map((c) => ({ ...c, remote: 'merge' })),
        );
        project.touch();
        return { out, created: applied.created, updated: applied.updated, deleted: applied.deleted, conflicts: merge.conflicts.length };
      });
    });
    withOpen(temp, nativeBinding, (p) => p.db.pragma('wal_checkpoint(TRUNCATE)'));
    fs.renameSync(temp, out);
    return result;
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + suffix, { force: true });
  }
}
