import { describe, expect, it } from 'vitest';
import { medianInPlace, middlePair, selectInPlace } from '../../src/image/stats.js';

/** Deterministic pseudo-random values with many ties, as quantised pixel colours have. */
function values(n: number, seed: number, levels: number): Float32Array {
  const out = new Float32Array(n);
  let state = seed;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = (state % levels) / 7;
  }
  return out;
}

describe('order statistics', () => {
  it('selects exactly the value a sort puts at each rank, on small and large arrays with ties', () => {
    for (const [n, levels] of [[1, 5], [2, 5], [9, 3], [700, 50], [5000, 40], [5000, 100000]] as const) {
      const sorted = values(n, n + levels, levels).sort();
      for (const k of [0, n >> 2, n >> 1, n - 1]) {
        const data = values(n, n + levels, levels);
        expect(selectInPlace(data, k)).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(data[i]).toBeLessThanOrEqual(data[k]!);
        for (let i = k + 1; i < n; i++) expect(data[i]).toBeGreaterThanOrEqual(data[k]!);
      }
    }
  });

  it('takes the median of the two middle values for an even length', () => {
    expect(medianInPlace(Float32Array.from([4, 1, 3, 2]))).toBe(2.5);
    expect(medianInPlace(Float32Array.from([5, 1, 3]))).toBe(3);
    expect(medianInPlace(new Float32Array(0))).toBeNaN();
    expect(middlePair(Float32Array.from([4, 1, 3, 2]))).toEqual([2, 3]);
    expect(middlePair(Float32Array.from([5, 1, 3]))).toEqual([3, 3]);
  });
});
