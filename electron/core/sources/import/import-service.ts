import type { ParsedArgsOf } from '../../../../shared/contract/method.js';
import type { sourcesContract } from '../../../../shared/contract/sources.js';
import type { ImportPreview, ImportProblem, ImportResult } from '../../../../shared/domain/source.js';
import type { AppContext } from '../../context.js';
import { badInput, CrosswalkError } from '../../errors.js';
import { checkInputFile, inputLimits } from '../../files/input-file.js';
import { runWorker } from '../../jobs/run-worker.js';
import type { SourceStageInput } from '../../workers/source-stage.js';
import { ErrorCodes } from '../../../../shared/errors.js';
import type { Project } from '../../projects/project-service.js';
import { pickLabel } from '../../vocabularies/concept-index.js';
import { commitBundles, findExistingScheme } from './commit-bundle.js';
import type { RowEdits } from './row-checks.js';
import { libraryBundle } from './skos.js';
import type { SourceBundle } from './bundle.js';
import {
  buildStaged,
  editStaged,
  previewOf,
  retitled,
  stagedSchemes,
  stageImport,
  type ImportOptions,
  type ImportRequest,
  type StagedImport,
} from './staged-import.js';
import { currentAuthor } from '../../mappings/author.js';
import { effectiveUriBase, projectSettings } from '../../projects/project-settings.js';

/** ISCED-F codes of the library's ISCED-F vocabulary, when one is installed (else pattern checks apply). */
export function knownIscedFCodes(ctx: AppContext): string[] | undefined {
  try {
    const library = ctx.library;
    const codes = new Set<string>();
    for (const info of library.list()) {
      if (!/isced-f/i.test(info.id)) continue;
      for (const concept of library.concepts(info.id)) if (concept.type === 'isced-field' && concept.notation) codes.add(concept.notation);
    }
    return codes.size ? [...codes] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks an input in the source-stage worker, as a job the UI can follow and cancel.
 * Without built workers (unit tests of the core alone) it runs in-process.
 */
export async function stageRequest(ctx: AppContext, req: ImportRequest): Promise<StagedImport> {
  const input = 'file' in req ? ctx.files.resolve(req.file) : { url: req.url };
  if ('path' in input) checkInputFile(input, 'source', inputLimits(ctx.settings.settings));
  const work: SourceStageInput = { input, req: optionsOf(req), knownIscedF: knownIscedFCodes(ctx) };
  if (!ctx.workers) return stageImport(work.input, work.req, work.knownIscedF);
  const workers = ctx.workers;
  let staged: StagedImport | null = null;
  const name = 'name' in input ? input.name : input.url;
  const job = ctx.jobs.start('source-import', `Reading ${name}`, async (control) => {
    staged = await runWorker<StagedImport>(workers, 'source-stage', work, { signal: control.signal, onProgress: control.progress });
    return { rows: staged.rows.length };
  });
  const done = await ctx.jobs.wait(job.id);
  if (!staged || done.state !== 'succeeded') {
    const error = done.error ?? { code: ErrorCodes.cancelled, message: 'Cancelled' };
    throw new CrosswalkError(error.code, error.message, error.details);
  }
  return staged;
}

/** A request without where it reads from: the worker gets the input already located. */
function optionsOf(req: ImportRequest): ImportOptions {
  const options: ImportOptions & { file?: unknown; url?: unknown } = { ...req };
  delete options.file;
  delete options.url;
  return options;
}

/** The scheme an import would update: the same rule for preview and commit (see findExistingScheme). */
export function matchingScheme(project: Project, staged: StagedImport, schemeId?: number, uriBase?: string): number | null {
  const schemes = stagedSchemes(staged);
  for (const bundle of schemes) {
    const id = findExistingScheme(project, bundle, schemes.length === 1 ? schemeId : undefined, uriBase);
    if (id !== null) return id;
  }
  return null;
}

/**
 * Reads and checks an input without writing anything. The staged result stays in the core under
 * the returned token, so the commit imports exactly what was previewed.
 */
export async function previewImport(
  ctx: AppContext,
  project: Project | null,
  req: ParsedArgsOf<typeof sourcesContract.importPreview>,
): Promise<ImportPreview & { token: string }> {
  const staged = await stageRequest(ctx, req);
  const existing = project ? matchingScheme(project, staged, req.schemeId, uriBaseFor(ctx, project)) : null;
  return { ...previewOf(staged, existing, req), token: ctx.sourcePreviews.put(staged, project?.path ?? null) };
}

/** The URI base of minted URIs: the project's own (Settings), else the person's default. */
function uriBaseFor(ctx: AppContext, project: Project): string {
  return effectiveUriBase(projectSettings(project.db), ctx.settings.settings.uriBase);
}

/** A commit of a previewed import (token), or of an input read afresh (the CLI stages and commits in one go). */
export type CommitRequest = ParsedArgsOf<typeof sourcesContract.importCommit>;

/**
 * Imports with the user's fixes and exclusions. Every remaining error aborts before anything is
 * written, naming file, row/line and field; the write itself is one transaction.
 */
export async function commitImport(ctx: AppContext, project: Project, req: CommitRequest): Promise<ImportResult> {
  if ('token' in req) {
    const result = commitStaged(ctx, project, retitled(ctx.sourcePreviews.get(req.token, project.path), req.schemeTitle), req);
    ctx.sourcePreviews.delete(req.token);
    return result;
  }
  return commitStaged(ctx, project, await stageRequest(ctx, req), req);
}

/** The sources to write after the user's edits; throws (naming file, row, field) while any error remains. */
export function checkedBundles(staged: StagedImport, edits: RowEdits): { bundles: SourceBundle[]; warnings: ImportProblem[] } {
  const fileError = staged.fileProblems.find((p) => p.severity === 'error');
  if (fileError) throw badInput(fileError.message, { file: staged.fileName, field: fileError.field || undefined });
  const rows = editStaged(staged, edits);
  const errors = rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error'));
  if (errors.length) {
    const first = errors[0]!;
    const more =
      errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}; fix or exclude the rows)` : '';
    throw badInput(`${first.message}${more}`, {
      file: staged.fileName,
      line: first.row,
      field: first.field || undefined,
      problems: errors.slice(0, 200),
    });
  }
  if (!rows.some((r) => r.items > 0)) throw badInput('nothing to import: no row has a text', { file: staged.fileName, field: 'text' });
  const warnings = [
    ...staged.fileProblems.filter((p) => p.severity === 'warning'),
    ...rows.flatMap((r) => r.problems.filter((p) => p.severity === 'warning')),
  ];
  return { bundles: buildStaged(staged, rows), warnings };
}

/** Writes a staged import (checked again with the edits) into the project. */
export function commitStaged(ctx: AppContext, project: Project, staged: StagedImport, req: RowEdits & { schemeId?: number }): ImportResult {
  const { bundles, warnings } = checkedBundles(staged, req);
  const result = commitBundles(project, bundles, {
    schemeId: req.schemeId,
    author: currentAuthor(ctx),
    resolveTarget: libraryTargets(ctx),
    uriBase: uriBaseFor(ctx, project),
  });
  result.warnings = warnings;
  return result;
}

/** A scheme of a library vocabulary as a classification source; re-running updates it by concept URI. */
export function importFromLibrary(
  ctx: AppContext,
  project: Project,
  args: { vocabularyId: string; schemeUri: string; language?: string; schemeTitle?: string },
): ImportResult {
  const info = ctx.library.get(args.vocabularyId);
  const scheme = info.schemes.find((s) => s.uri === args.schemeUri);
  if (!scheme) throw badInput(`the vocabulary ${args.vocabularyId} has no concept scheme ${args.schemeUri}`, { field: 'schemeUri' });
  const bundle = libraryBundle(ctx.library.concepts(args.vocabularyId), {
    vocabularyId: args.vocabularyId,
    schemeUri: args.schemeUri,
    title: args.schemeTitle ?? `${scheme.title} (${info.version || info.id})`,
    language: args.language ?? 'en',
  });
  if (!bundle.items.length) throw badInput(`the scheme ${args.schemeUri} has no concepts`, { file: args.vocabularyId, field: 'schemeUri' });
  return commitBundles(project, [bundle], { author: currentAuthor(ctx) });
}

/** Which loaded vocabulary version holds a linked target (e.g. ELM's relatedESCOSkill), and its label. */
function libraryTargets(ctx: AppContext): (uri: string) => { vocabularyId: string; label: string } | undefined {
  return (uri) => {
    const concept = ctx.library.concept(uri);
    if (!concept) return undefined;
    return { vocabularyId: concept.vocabularyId, label: pickLabel(concept.prefLabel) ?? '' };
  };
}
