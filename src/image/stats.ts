/**
 * Robust statistics on typed arrays in linear time: order statistics by selection rather than
 * sorting, and the value returned is exactly the one a full sort would put at that rank.
 */

import { scratchArray } from './scratch.js';

type NumericArray = Float32Array | Float64Array;

/** The q-quantile (0–1, nearest rank) of the first `length` values; NaN when there are none. */
export function quantile(values: ArrayLike<number>, q: number, length = values.length): number {
  const work = workCopy(length);
  for (let i = 0; i < length; i++) work[i] = values[i] as number;
  return quantileInPlace(work, q, length);
}

/** The copy `quantile` and `robustSpread` select in: a working buffer, as neither awaits while using it. */
const workCopy = scratchArray((length) => new Float64Array(length));

/** `quantile` without the copy: reorders the first `length` values of `work`. */
export function quantileInPlace(work: NumericArray, q: number, length = work.length): number {
  if (length === 0) return NaN;
  const k = Math.min(length - 1, Math.max(0, Math.round(q * (length - 1))));
  return selectInPlace(work, k, 0, length - 1);
}

export function median(values: ArrayLike<number>, length = values.length): number {
  return quantile(values, 0.5, length);
}

/** 1.4826 × the median absolute deviation from `centre`: the standard deviation for normal data. */
export function robustSpread(values: ArrayLike<number>, centre: number, length = values.length): number {
  const deviations = workCopy(length);
  for (let i = 0; i < length; i++) deviations[i] = Math.abs((values[i] as number) - centre);
  return 1.4826 * quantileInPlace(deviations, 0.5);
}

/**
 * The k-th smallest (0-based) of `values`, which it reorders so that nothing before index k is
 * larger and nothing after it smaller. Floyd and Rivest's algorithm (SELECT, 1975): on large
 * ranges it first selects within a small sample around the expected position, so the pivot
 * lands close to rank k and each pass discards most of the range.
 */
export function selectInPlace(values: NumericArray, k: number, left = 0, right = values.length - 1): number {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      selectInPlace(values, k, Math.max(left, Math.floor(k - (m * s) / n + sd)), Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)));
    }
    const pivot = values[k]!;
    let i = left;
    let j = right;
    swap(values, left, k);
    if (values[right]! > pivot) swap(values, left, right);
    while (i < j) {
      swap(values, i++, j--);
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
    }
    if (values[left] === pivot) swap(values, left, j);
    else swap(values, ++j, right);
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
  return values[k]!;
}

/** The two middle values of a typed array (reorders it): the same value twice when the length is odd, NaNs when empty. */
export function middlePair(values: NumericArray): readonly [number, number] {
  const n = values.length;
  if (n === 0) return [NaN, NaN];
  const mid = n >> 1;
  const upper = selectInPlace(values, mid);
  if (n % 2) return [upper, upper];
  let lower = values[0]!;
  for (let i = 1; i < mid; i++) if (values[i]! > lower) lower = values[i]!;
  return [lower, upper];
}

/** Median of a typed array (reorders it); the mean of the two middle values when the length is even. */
export function medianInPlace(values: NumericArray): number {
  const [lower, upper] = middlePair(values);
  return (lower + upper) / 2;
}

function swap(values: NumericArray, a: number, b: number): void {
  const t = values[a]!;
  values[a] = values[b]!;
  values[b] = t;
}
