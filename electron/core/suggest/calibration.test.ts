import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate, FALLBACK_MODEL, fitModel, parseModels, reliability, type LabelledCandidate } from './calibration.js';

const shipped = parseModels(JSON.parse(fs.readFileSync(new URL('../../../data/suggest-calibration.json', import.meta.url), 'utf8')));

describe('calibrated suggestion scores', () => {
  it('loads the shipped parameters, one fitted model per query kind', () => {
    for (const model of [shipped.text, shipped.occupation]) {
      expect(model).not.toBe(FALLBACK_MODEL);
      expect(model.fittedOn).toMatch(/tune halves|tune half/);
    }
  });

  it('maps into [0,1] and never lowers the estimate when the raw score rises (rank and top fixed)', () => {
    for (const model of [shipped.text, shipped.occupation, FALLBACK_MODEL]) {
      for (const rank of [1, 2, 5, 10]) {
        let previous = -1;
        for (let raw = 0; raw <= 2; raw += 0.05) {
          const p = calibrate(model, { raw, top: 1.2, rank });
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(p).toBeGreaterThanOrEqual(previous);
          previous = p;
        }
      }
    }
  });

  it('fits probabilities that match observed acceptance on data with a known rate', () => {
    // Acceptance rises with the raw score: about raw itself (every 10th candidate at raw 0.1, ...); rank is unrelated.
    const data: LabelledCandidate[] = [];
    for (let b = 1; b <= 9; b++)
      for (let i = 0; i < 100; i++) data.push({ raw: b / 10, top: 1, rank: 1 + Math.floor(i / 20), accepted: i % 10 < b });
    const model = fitModel(data, { iterations: 3000 });
    const low = calibrate(model, { raw: 0.1, top: 1, rank: 3 });
    const high = calibrate(model, { raw: 0.9, top: 1, rank: 3 });
    expect(low).toBeLessThan(0.25);
    expect(high).toBeGreaterThan(0.75);
    const { ece } = reliability(
      data.map((d) => calibrate(model, d)),
      data.map((d) => d.accepted),
    );
    expect(ece).toBeLessThan(0.05);
  });

  it('falls back to the plain model for a malformed file', () => {
    expect(parseModels({ text: { weights: [1, 2], maxRaw: 1 } })).toEqual({ text: FALLBACK_MODEL, occupation: FALLBACK_MODEL });
  });

  it('computes the reliability table and ECE', () => {
    const { bins, ece } = reliability([0.05, 0.05, 0.95, 0.95], [false, true, true, true]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ count: 2, observed: 0.5 });
    expect(bins[9]).toMatchObject({ count: 2, observed: 1 });
    // |0.05 − 0.5|·½ + |0.95 − 1|·½
    expect(ece).toBeCloseTo(0.25, 6);
  });
});
