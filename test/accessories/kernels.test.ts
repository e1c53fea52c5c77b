import { describe, expect, it } from 'vitest';
import { MAX_SPREAD, MIN_SPREAD, YccSamples, fitColourModel, fitToneModel, toneDistance, toneInto } from '../../src/accessories/colour-model.js';
import { type Grid, classShares, measureGrid, sampleCounts, sampleShares } from '../../src/accessories/grid.js';
import { PIXEL_OTHER, PIXEL_SKIN } from '../../src/accessories/pixel-classes.js';
import { thinOverSkin } from '../../src/accessories/jewellery-features.js';
import { horizontalRidge, largestBlob, lineStrengths, lumaQuantile, steepestStep } from '../../src/accessories/kernels.js';
import { probabilityFor, probabilityOf } from '../../src/accessories/linear-model.js';
import { medianInPlace } from '../../src/image/stats.js';
import { insideSpans, rowSpans } from '../../src/accessories/polygon.js';

function grid(cols: number, rows: number, luma: (c: number, r: number) => number, cls: (c: number, r: number) => number = () => PIXEL_OTHER): Grid {
  const n = cols * rows;
  const g = { x0: 0, y0: 0, stride: 1, cols, rows, luma: new Float32Array(n), cb: new Float32Array(n), cr: new Float32Array(n), classes: new Uint8Array(n) };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    g.luma[r * cols + c] = luma(c, r);
    g.classes[r * cols + c] = cls(c, r);
  }
  return g;
}

describe('row spans', () => {
  it('rasterises a square to one span per row', () => {
    const spans = rowSpans([[2, 1], [6, 1], [6, 4], [2, 4]]);
    expect(spans.top).toBe(1);
    expect([...spans.from]).toEqual([2, 2, 2, 2]);
    expect([...spans.to]).toEqual([6, 6, 6, 6]);
    expect(insideSpans(spans, 4, 3)).toBe(true);
    expect(insideSpans(spans, 7, 3)).toBe(false);
    expect(insideSpans(spans, 4, 5)).toBe(false);
  });
});

describe('kernels', () => {
  it('horizontalRidge finds a thin line across the box, not a step', () => {
    expect(horizontalRidge(grid(5, 7, (_, r) => (r === 3 ? 40 : 100)), 2)).toEqual({ strength: 60, row: 3 });
    expect(horizontalRidge(grid(5, 7, (_, r) => (r >= 3 ? 40 : 100)), 2).strength).toBe(0);
    expect(horizontalRidge(grid(5, 7, () => 80), 2).strength).toBe(0);
  });

  it('lineStrengths scores a thin line along a profile at its best reach, a step nowhere', () => {
    const strengths = (profile: number[], maxReach: number) => [...lineStrengths(profile, profile.length, maxReach, new Float32Array(profile.length))];
    expect(strengths([100, 100, 40, 100, 100], 2)).toEqual([0, 0, 60, 0, 0]);
    expect(strengths([100, 100, 40, 40, 100, 100], 1)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(strengths([100, 100, 40, 40, 100, 100], 2)[2]).toBe(60);
    expect(strengths([100, 100, 100, 40, 40, 40], 2)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('horizontalRidge scores a line by how far it stands out from lines in every row (wrinkles, knitwear)', () => {
    expect(horizontalRidge(grid(5, 9, (_, r) => (r % 2 === 0 ? 60 : 100)), 1).strength).toBe(0);
    expect(horizontalRidge(grid(5, 9, (_, r) => (r === 4 ? 20 : r % 2 === 0 ? 60 : 100)), 1)).toEqual({ strength: 40, row: 4 });
  });

  it('horizontalRidge averages out a line that covers only part of the row', () => {
    expect(horizontalRidge(grid(4, 7, (c, r) => (r === 3 && c === 0 ? 100 : 40)), 1).strength).toBe(15);
  });

  it('steepestStep finds a sharp edge, not the same change spread over many rows', () => {
    expect(steepestStep(grid(3, 10, (_, r) => (r < 5 ? 100 : 40)), 1)).toBe(60);
    expect(steepestStep(grid(3, 10, (_, r) => 100 - 6 * r), 1)).toBe(0);
    expect(steepestStep(grid(3, 10, (_, r) => 100 - 6 * r), 3)).toBe(0);
    expect(steepestStep(grid(3, 10, (_, r) => (r < 5 ? 100 : 40)), 2)).toBe(60);
  });

  it('steepestStep measures an edge above the texture of every row (wrinkles, knitwear)', () => {
    expect(steepestStep(grid(3, 11, (_, r) => (r % 2 === 0 ? 60 : 80)), 1)).toBe(0);
    expect(steepestStep(grid(3, 11, (_, r) => (r === 5 ? 10 : r % 2 === 0 ? 60 : 80)), 1)).toBe(30);
  });

  it('largestBlob returns the biggest 4-connected group and its box', () => {
    const flags = Uint8Array.from([1, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(largestBlob(flags, 4, 4)).toEqual({ size: 5, col0: 0, row0: 0, col1: 1, row1: 2 });
    expect(largestBlob(new Uint8Array(16), 4, 4)).toBeNull();
  });

  it('lumaQuantile reads counted samples only', () => {
    const g = grid(4, 1, (c) => c * 10, (c) => (c === 3 ? 0 : PIXEL_OTHER));
    expect(lumaQuantile(g, 0.9)).toBe(20);
    expect(lumaQuantile(g, 0)).toBe(0);
  });

  it('classShares counts every class among counted samples', () => {
    const g = grid(4, 1, () => 0, (c) => [0, PIXEL_SKIN, PIXEL_SKIN, PIXEL_OTHER][c]!);
    expect(classShares(g)).toEqual({ counted: 3, skin: 2 / 3, hair: 0, other: 1 / 3 });
  });

  it('thinOverSkin counts a thin line with skin above and below, not a garment edge', () => {
    const line = grid(4, 5, (_, r) => (r === 2 ? 60 : 180), (_, r) => (r === 2 ? PIXEL_OTHER : PIXEL_SKIN));
    expect(thinOverSkin(line, 1, 180)).toBe(1);
    const edge = grid(4, 5, (_, r) => (r >= 2 ? 60 : 180), (_, r) => (r >= 2 ? PIXEL_OTHER : PIXEL_SKIN));
    expect(thinOverSkin(edge, 1, 180)).toBe(0);
  });
});

describe('colour model', () => {
  it('has the median as centre, floors the spread, and measures shading in log-luma only', () => {
    const samples = new YccSamples();
    for (let i = 0; i < 5; i++) samples.push(100, 120, 150);
    const model = fitColourModel(samples)!;
    expect(model.centre).toEqual([100, 120, 150]);
    expect(model.spread).toEqual(MIN_SPREAD);
    // Brighter by e^(2 spreads) with the same chroma per luma: two spreads away in log-luma only.
    const k = Math.exp(2 * MIN_SPREAD[0]);
    expect(toneDistance(model, toneInto(new Float64Array(3), 100 * k, 128 + (120 - 128) * k, 128 + (150 - 128) * k))).toBeCloseTo(2, 5);
  });

  it('takes the log-luma median from the luma median, as a median of the tones themselves', () => {
    const samples = new YccSamples();
    const lumas = [0.5, 7, 40, 40, 90.3, 180, 255];
    for (const y of lumas) samples.push(y, 128, 128);
    const tones = (n: number): Float32Array => Float32Array.from(lumas.slice(0, n), (y) => toneInto(new Float64Array(3), y, 128, 128)[0]!);
    expect(fitColourModel(samples)!.tone[0]).toBe(medianInPlace(tones(7)));
    const even = new YccSamples();
    for (const y of lumas.slice(0, 6)) even.push(y, 128, 128);
    expect(fitColourModel(even)!.tone[0]).toBe(medianInPlace(tones(6)));
  });

  it('is null without samples', () => {
    expect(fitColourModel(new YccSamples())).toBeNull();
  });

  it('spreads 1.4826 × the MAD of each tone within the limits, and a tone model is the colour model without its centre', () => {
    const random = lcg(7);
    const limits = new Set<string>();
    for (const width of [0.5, 4, 12, 40, 120]) {
      for (const n of [31, 200]) {
        const samples = new YccSamples();
        for (let i = 0; i < n; i++) samples.push(120 + width * (random() - 0.5), 128 + width * (random() - 0.6), 140 + width * (random() - 0.4));
        const model = fitColourModel(samples)!;
        const tones = [0, 1, 2].map((c) => Float32Array.from({ length: n }, (_, i) => toneInto(new Float64Array(3), samples.at(i, 0), samples.at(i, 1), samples.at(i, 2))[c]!));
        for (let c = 0; c < 3; c++) {
          const deviations = tones[c]!.map((t) => Math.abs(t - model.tone[c]!));
          const spread = Math.min(MAX_SPREAD[c]!, Math.max(MIN_SPREAD[c]!, 1.4826 * medianInPlace(deviations)));
          expect(model.spread[c]).toBe(spread);
          limits.add(spread === MIN_SPREAD[c] ? 'floor' : spread === MAX_SPREAD[c] ? 'cap' : 'between');
        }
        const { centre: _centre, ...tone } = model;
        expect(fitToneModel(samples)).toEqual(tone);
      }
    }
    expect(limits).toEqual(new Set(['floor', 'cap', 'between']));
  });
});

describe('grid sampling', () => {
  it('counts the same classes over the same samples whether or not it keeps the grid', () => {
    const random = lcg(3);
    const width = 40;
    const height = 30;
    const rgb = { width, height, data: Uint8Array.from({ length: width * height * 3 }, (_, i) => (i % 3 === 0 ? 150 : 90) + Math.floor(60 * random())) };
    const mask = { width, height, data: Uint8Array.from({ length: width * height }, () => (random() < 0.8 ? 255 : 0)) };
    const skinSamples = new YccSamples();
    for (let i = 0; i < 50; i++) skinSamples.push(130 + 20 * random(), 110 + 6 * random(), 150 + 6 * random());
    const models = { skin: fitColourModel(skinSamples)!, hair: null };
    const oval = rowSpans([[10, 5], [30, 8], [26, 25], [8, 20]]);
    for (const options of [{ stride: 2, models }, { stride: 3, models, mask, exclude: [oval] }, { stride: 1, models, within: oval }]) {
      // Partly outside the image, so the image's edges matter too.
      const box = { x: -5, y: 3, width: 38, height: 30 };
      measureGrid(rgb, box, options, (grid) => {
        expect(sampleShares(rgb, box, options)).toEqual(classShares(grid));
        expect(sampleCounts(rgb, box, options).cells).toBe(grid.classes.length);
      });
    }
  });

  it('leaves a grid as it was when another is measured while it is', () => {
    const random = lcg(5);
    const rgb = { width: 20, height: 20, data: Uint8Array.from({ length: 20 * 20 * 3 }, () => Math.floor(256 * random())) };
    measureGrid(rgb, { x: 0, y: 0, width: 20, height: 10 }, { stride: 2 }, (outer) => {
      const luma = [...outer.luma];
      measureGrid(rgb, { x: 0, y: 10, width: 20, height: 10 }, { stride: 1 }, (inner) => inner.luma.length);
      expect([...outer.luma]).toEqual(luma);
    });
  });
});

/** A small seeded generator (Park–Miller), so the tests see the same numbers every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

describe('linear model', () => {
  const model = { features: ['a', 'b'], mean: [1, 0], scale: [2, 1], weights: [2, -1], bias: 0.5 };
  it('standardises then applies the logistic', () => {
    expect(probabilityOf(model, [3, 1])).toBeCloseTo(1 / (1 + Math.exp(-(0.5 + 2 - 1))), 12);
  });
  it('treats a missing input as average', () => {
    expect(probabilityFor(model, { a: 1 })).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
  });
});
