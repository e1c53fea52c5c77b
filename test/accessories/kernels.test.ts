import { describe, expect, it } from 'vitest';
import { MIN_SPREAD, YccSamples, fitColourModel, modelDistance } from '../../src/accessories/colour-model.js';
import { type Grid, PIXEL_OTHER, PIXEL_SKIN, classShares } from '../../src/accessories/grid.js';
import { thinOverSkin } from '../../src/accessories/jewellery-features.js';
import { horizontalEdge, largestBlob, lumaQuantile } from '../../src/accessories/kernels.js';
import { probabilityFor, probabilityOf } from '../../src/accessories/linear-model.js';
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
  it('horizontalEdge finds a straight step across the box', () => {
    expect(horizontalEdge(grid(5, 6, (_, r) => (r >= 3 ? 100 : 40)))).toBe(30);
    expect(horizontalEdge(grid(5, 6, () => 80))).toBe(0);
  });

  it('horizontalEdge averages out an edge that covers only part of the row', () => {
    expect(horizontalEdge(grid(4, 6, (c, r) => (r >= 3 && c === 0 ? 100 : 40)))).toBe(7.5);
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
  it('has the median as centre and floors the spread', () => {
    const samples = new YccSamples();
    for (let i = 0; i < 5; i++) samples.push(100, 120, 150);
    const model = fitColourModel(samples)!;
    expect(model.centre).toEqual([100, 120, 150]);
    expect(model.spread).toEqual(MIN_SPREAD);
    expect(modelDistance(model, 100 + 2 * MIN_SPREAD[0], 120, 150)).toBe(2);
  });

  it('is null without samples', () => {
    expect(fitColourModel(new YccSamples())).toBeNull();
  });
});

describe('linear model', () => {
  const model = { features: ['a', 'b'], mean: [1, 0], scale: [2, 1], weights: [2, -1], bias: 0.5 };
  it('standardises then applies the logistic', () => {
    expect(probabilityOf(model, [3, 1])).toBeCloseTo(1 / (1 + Math.exp(-(0.5 + 2 - 1))), 12);
  });
  it('treats a missing input as average', () => {
    expect(probabilityFor(model, { a: 1 })).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
  });
});
