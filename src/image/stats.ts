/** Robust statistics on typed arrays in linear time (quickselect; no sorting). */

/** The q-quantile (0–1, nearest rank) of the first `length` values; NaN when there are none. */
export function quantile(values: ArrayLike<number>, q: number, length = values.length): number {
  const work = new Float64Array(length);
  for (let i = 0; i < length; i++) work[i] = values[i] as number;
  return quantileInPlace(work, q, length);
}

/** `quantile` without the copy: reorders the first `length` values of `work`. */
export function quantileInPlace(work: Float64Array, q: number, length = work.length): number {
  if (length === 0) return NaN;
  const k = Math.min(length - 1, Math.max(0, Math.round(q * (length - 1))));
  let lo = 0;
  let hi = length - 1;
  while (hi > lo) {
    const pivot = work[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((work[i] as number) < pivot) i++;
      while ((work[j] as number) > pivot) j--;
      if (i <= j) {
        const t = work[i] as number;
        work[i++] = work[j] as number;
        work[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return work[k] as number;
}

export function median(values: ArrayLike<number>, length = values.length): number {
  return quantile(values, 0.5, length);
}

/** 1.4826 × the median absolute deviation from `centre`: the standard deviation for normal data. */
export function robustSpread(values: ArrayLike<number>, centre: number, length = values.length): number {
  const deviations = new Float64Array(length);
  for (let i = 0; i < length; i++) deviations[i] = Math.abs((values[i] as number) - centre);
  return 1.4826 * quantileInPlace(deviations, 0.5);
}
