/**
 * Calibrated suggestion scores: the displayed score is the estimated probability that an expert
 * accepts the candidate. A small logistic model over the raw text score, the best raw score of the
 * list and the rank is fitted on the gold dev sets (tests/bench/suggest-calibration.bench.ts writes
 * data/suggest-calibration.json); the project's own decisions refine it per score bin.
 */

export interface CalibrationModel {
  /** Intercept, raw score, top raw score of the list, ln(rank), first in the list (0/1). */
  weights: Weights;
  /** Raw scores are clipped here before use (decision lifts can push them far above 1). */
  maxRaw: number;
  /** Where the weights came from (data set names, date): shown in the bench, not used. */
  fittedOn?: string;
}

/** Used when no fitted file is present: a plain logistic on the raw score (rank and top ignored). */
export const FALLBACK_MODEL: CalibrationModel = { weights: [-4, 5, 0, 0, 0], maxRaw: 1.5 };

type Weights = [number, number, number, number, number];
const N = 5;

/** What was asked: occupation titles (title + description) behave unlike outcome sentences, so each has its own model. */
export type QueryKind = 'occupation' | 'text';

/** The shipped file: one model per query kind. */
export interface CalibrationModels {
  occupation: CalibrationModel;
  text: CalibrationModel;
}

export interface CalibrationInput {
  raw: number;
  top: number;
  /** 1-based rank in the list. */
  rank: number;
}

export function features(input: CalibrationInput, maxRaw: number): Weights {
  const raw = Math.min(Math.max(input.raw, 0), maxRaw);
  const top = Math.min(Math.max(input.top, raw), maxRaw);
  return [1, raw, top, Math.log(Math.max(1, input.rank)), input.rank <= 1 ? 1 : 0];
}

const dot = (w: readonly number[], x: readonly number[]): number => w.reduce((sum, wj, j) => sum + wj * x[j]!, 0);

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Probability in [0,1]; non-decreasing in the raw score for a fixed top score and rank (weight 1 is kept ≥ 0). */
export function calibrate(model: CalibrationModel, input: CalibrationInput): number {
  const x = features(input, model.maxRaw);
  const w = [...model.weights];
  w[1] = Math.max(0, w[1]!);
  return sigmoid(dot(w, x));
}

/** Checks a parsed JSON value is a model (the file is ours, but may be stale or hand-edited). */
export function parseModel(value: unknown): CalibrationModel | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const w = v.weights;
  if (!Array.isArray(w) || w.length !== N || !w.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if (typeof v.maxRaw !== 'number' || !(v.maxRaw > 0)) return null;
  return {
    weights: w as CalibrationModel['weights'],
    maxRaw: v.maxRaw,
    ...(typeof v.fittedOn === 'string' ? { fittedOn: v.fittedOn } : {}),
  };
}

/** Parses the shipped file; a missing or malformed kind falls back to FALLBACK_MODEL. */
export function parseModels(value: unknown): CalibrationModels {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return { occupation: parseModel(v.occupation) ?? FALLBACK_MODEL, text: parseModel(v.text) ?? FALLBACK_MODEL };
}

export interface LabelledCandidate extends CalibrationInput {
  accepted: boolean;
}

/**
 * Fits the logistic model by gradient descent with a small L2 penalty (the data are a few thousand
 * candidates: plain full-batch descent is quick and deterministic). Weight 1 is projected to ≥ 0.
 */
export function fitModel(
  data: LabelledCandidate[],
  options: { maxRaw?: number; iterations?: number; fittedOn?: string } = {},
): CalibrationModel {
  const maxRaw = options.maxRaw ?? 1.5;
  const xs = data.map((d) => features(d, maxRaw));
  const ys = data.map((d) => (d.accepted ? 1 : 0));
  const w: number[] = new Array<number>(N).fill(0);
  const n = data.length || 1;
  const rate = 0.5;
  for (let it = 0; it < (options.iterations ?? 4000); it++) {
    const grad: number[] = new Array<number>(N).fill(0);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const err = sigmoid(dot(w, x)) - ys[i]!;
      for (let j = 0; j < N; j++) grad[j]! += err * x[j]!;
    }
    for (let j = 0; j < N; j++) w[j] = w[j]! - rate * (grad[j]! / n + (j ? 1e-4 * w[j]! : 0));
    w[1] = Math.max(0, w[1]!);
  }
  return { weights: w as Weights, maxRaw, ...(options.fittedOn ? { fittedOn: options.fittedOn } : {}) };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Ten equal-width bins of predicted probability vs observed acceptance, and the expected calibration error. */
export function reliability(predicted: number[], accepted: boolean[], bins = 10): { bins: ReliabilityBin[]; ece: number } {
  const rows: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: 0,
    meanPredicted: 0,
    observed: 0,
  }));
  predicted.forEach((p, i) => {
    const bin = rows[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))]!;
    bin.count++;
    bin.meanPredicted += p;
    bin.observed += accepted[i] ? 1 : 0;
  });
  let ece = 0;
  const total = predicted.length || 1;
  for (const bin of rows) {
    if (!bin.count) continue;
    bin.meanPredicted /= bin.count;
    bin.observed /= bin.count;
    ece += (bin.count / total) * Math.abs(bin.meanPredicted - bin.observed);
  }
  return { bins: rows, ece };
}
