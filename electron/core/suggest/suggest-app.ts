import type { SuggestFilters, SuggestResult } from '../../../shared/domain/suggestion.js';
import { ErrorCodes } from '../../../shared/errors.js';
import type { AppContext } from '../context.js';
import { CrosswalkError } from '../errors.js';
import { projectRevision } from '../db/project-revision.js';
import { DecisionMemory, readProjectDecisions, type ProjectDecisions } from './decisions.js';
import { runSearch, searchFor } from './cross-language.js';
import { ProjectCalibration, readDecidedScores } from './project-calibration.js';
import type { DenseRescorer } from './dense/fusion.js';

/** Per cached decisions value (rebuilt when mappings change): the project's accept / reject rates per score bin. */
const calibrations = new WeakMap<object, ProjectCalibration>();

/** The open project's calibration refinement, read with its decisions. */
export function projectCalibration(ctx: AppContext): ProjectCalibration | undefined {
  const decisions = projectDecisions(ctx);
  const project = ctx.projects.current();
  if (!decisions || !project) return undefined;
  let calibration = calibrations.get(decisions);
  if (!calibration) {
    calibration = new ProjectCalibration(readDecidedScores(project.db));
    calibrations.set(decisions, calibration);
  }
  return calibration;
}

/** The open project's decisions (null without a project), cached until mappings change. */
export function projectDecisions(ctx: AppContext): { value: ProjectDecisions; memory: DecisionMemory } | null {
  const project = ctx.projects.current();
  if (!project) return null;
  const state = ctx.suggest;
  // The decisions are read from the mappings and their source texts: a change to either rebuilds the memory.
  const revision = projectRevision(project.db);
  const key = `${project.path}|${revision.mappings}|${revision.sources}`;
  if (state.decisions?.key !== key) {
    const value = readProjectDecisions(project.db);
    // The previous memory lends its analysed texts: after a decision only new texts are analysed.
    state.decisions = { key, value, memory: new DecisionMemory(value.examples, state.decisions?.memory) };
  }
  return state.decisions;
}

export interface TextQuery {
  text: string;
  description?: string;
  language: string;
  filters?: SuggestFilters;
  top?: number;
  sourceItemId?: number;
  /** Also per skill statement of the outcome (candidates carry their supporting spans). */
  decompose?: boolean;
  /** The optional neural level's re-scorer for this text (dense/dense-app.ts). */
  dense?: DenseRescorer;
}

/** Candidates for one text, in its language, using the open project's decisions when there is one. */
export function suggestText(ctx: AppContext, query: TextQuery): SuggestResult {
  const started = performance.now();
  const state = ctx.suggest;
  if (!ctx.library.list().length)
    throw new CrosswalkError(ErrorCodes.notFound, 'The library has no vocabulary yet: import ESCO or a SKOS vocabulary first.');
  const language = query.language.toLowerCase();
  const search = searchFor(state.indexes, language, query.filters?.vocabularyIds);
  const decisions = projectDecisions(ctx);
  const candidates = runSearch(
    search,
    {
      text: query.text,
      description: query.description,
      top: query.top ?? 10,
      filters: query.filters,
      memory: decisions?.memory,
      rejected: query.sourceItemId === undefined ? undefined : decisions?.value.rejected.get(query.sourceItemId),
      sourceItemId: query.sourceItemId,
      projectCalibration: projectCalibration(ctx),
      dense: query.dense,
    },
    query.decompose ? { language } : undefined,
  );
  return {
    language,
    candidates,
    searched: search.engine.indexes.map((i) => ({ vocabularyId: i.data.vocabularyId, language: i.data.language })),
    ...(search.labelsMissing ? { labelsMissing: search.labelsMissing } : {}),
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
