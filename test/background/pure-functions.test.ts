import { describe, expect, it } from 'vitest';
import type { LabGrid } from '../../src/analyses/region-types.js';
import { blueShare } from '../../src/checks/no-blue-clothing.js';
import { boundingBox, chamferDisc, dilate, distanceTransform, labelComponents, maskFromMap, rowSpanOutline, type Mask } from '../../src/image/regions.js';
import { median, quantile, quantileInPlace } from '../../src/image/stats.js';
import { fitSurface, surfaceAt } from '../../src/image/surface.js';
import { localContrast, type LabPatch } from '../../src/image/pattern.js';
import { fft } from '../../src/image/texture.js';

function maskOf(rows: readonly string[]): Mask {
  const width = rows[0]!.length;
  return { width, height: rows.length, data: Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 1 : 0)) };
}

describe('region helpers', () => {
  it('samples a 0–255 map onto a grid at block centres', () => {
    const data = new Uint8Array(16);
    data[1 * 4 + 1] = 255; // centre of the top-left 2×2 block
    data[3 * 4 + 3] = 127; // centre of the bottom-right block, below threshold
    expect(maskFromMap({ width: 4, height: 4, data }, 2).data).toEqual(Uint8Array.from([1, 0, 0, 0]));
  });

  it('measures chamfer distances to the nearest set cell', () => {
    const d = distanceTransform(maskOf(['#....', '.....', '.....']));
    expect(d[0]).toBe(0);
    expect(d[1]).toBe(1);
    expect(d[4]).toBe(4);
    expect(d[5 + 1]).toBeCloseTo(4 / 3, 6);
    expect(d[10 + 2]).toBeCloseTo(8 / 3, 6);
    expect(distanceTransform(maskOf(['...']))[1]).toBe(Infinity);
  });

  it('marks the cells nearer than a margin to the outside by the chamfer disc, on a window padded by it (the garment edge)', () => {
    const rows = ['..........', '.###......', '.#####..#.', '..####....', '...###....', '......#...', '..........'];
    const mask = maskOf(rows);
    const depth = distanceTransform(maskOf(rows.map((row) => row.replace(/./g, (c) => (c === '#' ? '.' : '#'))))).slice(); // the next calls reuse its buffer
    for (const margin of [1, 1.5, 2]) {
      const pad = Math.ceil(margin);
      const window = { x: 3 - pad, y: 2 - pad, width: 4 + 2 * pad, height: 3 + 2 * pad };
      const map = { width: mask.width, height: mask.height, data: mask.data.map((v) => v * 255) };
      const edge = dilate(maskFromMap(map, 1, { window }), chamferDisc(margin), 0).data;
      for (let y = 2; y < 5; y++) {
        for (let x = 3; x < 7; x++) expect(edge[(y - window.y) * window.width + (x - window.x)]).toBe(depth[y * mask.width + x]! < margin ? 1 : 0);
      }
    }
  });

  it('dilates by a box; the chamfer disc of radius 2.5 is the 5×5 square without its corners (the object grouping)', () => {
    const dot = maskOf(['.......', '.......', '.......', '...#...', '.......', '.......', '.......']);
    expect(dilate(dot, [2, 2])).toEqual(maskOf(['.......', '.......', '.#####.', '.#####.', '.#####.', '.......', '.......']));
    expect(chamferDisc(2.5)).toEqual([2, 2, 1]);
    const scattered = maskOf(['#.........', '..........', '.....#....', '..........', '.........#', '#...#.....']);
    const withinReach = Uint8Array.from(distanceTransform(scattered), (d) => (d < 2.5 ? 1 : 0));
    expect(dilate(scattered, chamferDisc(2.5)).data).toEqual(withinReach);
  });

  it('labels 8-connected components, largest first, dropping small ones', () => {
    const mask = maskOf(['##..#', '.#...', '...##', '...##']);
    const { labels, components } = labelComponents(mask);
    expect(components.map((c) => c.area)).toEqual([4, 3, 1]);
    expect(components[0]!.box).toEqual({ x: 3, y: 2, width: 2, height: 2 });
    expect(components[1]!.box).toEqual({ x: 0, y: 0, width: 2, height: 2 });
    expect(labels[0]).toBe(labels[6]);
    expect(labelComponents(mask, 2).components).toHaveLength(2);
  });

  it('gives boxes and row-span outlines', () => {
    const mask = maskOf(['.....', '.##..', '.###.', '.....']);
    expect(boundingBox(mask)).toEqual({ x: 1, y: 1, width: 3, height: 2 });
    expect(boundingBox(maskOf(['..']))).toBeNull();
    expect(rowSpanOutline(mask, 10, 1)).toEqual([[10, 10], [10, 20], [40, 20], [30, 10]]);
  });
});

describe('robust statistics', () => {
  it('selects quantiles without sorting', () => {
    expect(median([5, 1, 4, 2, 3])).toBe(3);
    expect(quantile([10, 20, 30, 40, 50], 0.75)).toBe(40);
    expect(median(new Float32Array([7, 7, 1]), 2)).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
    const values = Float64Array.from([9, 3, 8, 1, 7]);
    expect(quantileInPlace(values, 0.25, 4)).toBe(quantile([9, 3, 8, 1], 0.25));
  });
});

describe('illumination surface fit', () => {
  const grid = (f: (x: number, y: number) => number) => {
    const xs: number[] = [];
    const ys: number[] = [];
    const values: number[] = [];
    for (let gy = 0; gy < 20; gy++) for (let gx = 0; gx < 20; gx++) {
      const x = gx / 9.5 - 1;
      const y = gy / 9.5 - 1;
      xs.push(x);
      ys.push(y);
      values.push(f(x, y));
    }
    return { xs: Float32Array.from(xs), ys: Float32Array.from(ys), values: Float32Array.from(values), count: values.length };
  };

  it('recovers a plane and a quadric exactly', () => {
    const plane = fitSurface(grid((x, y) => 80 + 5 * x - 3 * y), 1);
    expect(plane.coefficients.map((c) => Math.round(c * 1e4) / 1e4)).toEqual([80, 5, -3]);
    const quadric = fitSurface(grid((x, y) => 90 - 4 * x * x - 2 * x * y - 6 * y * y + x), 2);
    quadric.coefficients.forEach((c, k) => expect(c).toBeCloseTo([90, 1, 0, -4, -2, -6][k]!, 3));
    expect(quadric.residualSpread).toBeLessThan(1e-3);
    expect(surfaceAt(quadric, 0.5, -0.5)).toBeCloseTo(90 + 0.5 - 1 + 0.5 - 1.5, 3);
  });

  it('is not bent by an outlying patch', () => {
    const fit = fitSurface(grid((x, y) => (x > 0.6 && y > 0.6 ? 30 : 85)), 2);
    expect(surfaceAt(fit, 0, 0)).toBeCloseTo(85, 3);
    expect(surfaceAt(fit, 0.8, 0.8)).toBeCloseTo(85, 3);
    expect(fit.inlierShare).toBeCloseTo(1 - 16 / 400, 6);
  });
});

describe('texture measures', () => {
  it('computes the FFT of an impulse and of a cosine', () => {
    const re = Float64Array.from([1, 0, 0, 0, 0, 0, 0, 0]);
    const im = new Float64Array(8);
    fft(re, im);
    expect([...re]).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    const cos = Float64Array.from({ length: 8 }, (_, i) => Math.cos((2 * Math.PI * i) / 8));
    const zero = new Float64Array(8);
    fft(cos, zero);
    expect(cos[1]).toBeCloseTo(4, 10);
    expect(cos[7]).toBeCloseTo(4, 10);
    expect(cos[2]).toBeCloseTo(0, 10);
  });

  const patchOf = (width: number, height: number, L: (x: number, y: number) => number, inside = (_x: number, _y: number) => true): LabPatch => {
    const at = (f: (x: number, y: number) => number | boolean) => Array.from({ length: width * height }, (_, i) => Number(f(i % width, Math.floor(i / width))));
    return { width, height, L: Float32Array.from(at(L)), a: new Float32Array(width * height), b: new Float32Array(width * height), inside: Uint8Array.from(at(inside)) };
  };

  it('measures the local contrast of stripes, and none on a flat or slowly shaded patch', () => {
    // Bars two cells wide, L* 40 and 60: the 7-cell window of any cell holds 3 of its own value and 4 of the other, so every cell (away from the ends) is 4/7 · 20 L* from its mean.
    const stripes = patchOf(40, 30, (x) => (Math.floor(x / 2) % 2 ? 60 : 40));
    expect(localContrast(stripes, 3, 0.5)).toBeCloseTo(80 / 7, 4);
    expect(localContrast(patchOf(40, 30, () => 50), 3, 0.75)).toBe(0);
    // A fold: a ramp of 0.5 L* per cell is symmetric about each window's centre, so it leaves only the edge cells.
    expect(localContrast(patchOf(40, 30, (x) => 30 + 0.5 * x), 3, 0.5)).toBeCloseTo(0, 5);
  });

  it('ignores what lies outside the region, so a border is no contrast', () => {
    const halves = patchOf(40, 30, (x) => (x < 20 ? 20 : 80), (x) => x < 20);
    expect(localContrast(halves, 3, 0.75)).toBe(0);
    expect(localContrast(patchOf(4, 4, () => 50, () => false), 3, 0.5)).toBeNaN();
  });
});

describe('blue share', () => {
  it('counts navy, denim and light blue, not grey, black or red', () => {
    const colours: [number, number, number][] = [
      [17, 4, -20], // navy
      [45, 0, -24], // denim
      [80, -3, -18], // light blue
      [50, 1, -3], // grey with a cool cast
      [8, 0, 0], // black
      [50, 60, 40], // red
    ];
    const lab: LabGrid = {
      width: colours.length,
      height: 1,
      step: 1,
      L: Float32Array.from(colours.map((c) => c[0])),
      a: Float32Array.from(colours.map((c) => c[1])),
      b: Float32Array.from(colours.map((c) => c[2])),
    };
    const all: Mask = { width: colours.length, height: 1, data: new Uint8Array(colours.length).fill(1) };
    expect(blueShare(lab, all, { hueRange: [200, 310], minChroma: 8 })).toBe(3 / 6);
    expect(blueShare(lab, { ...all, data: Uint8Array.from([0, 0, 0, 1, 1, 1]) }, { hueRange: [200, 310], minChroma: 8 })).toBe(0);
  });
});
