import { Matrix, solve } from 'ml-matrix';
import { scratchArray } from './scratch.js';
import { median, robustSpread } from './stats.js';

/**
 * A low-order surface v(x, y) fitted by least squares: degree 1 is a plane, degree 2 a quadric
 * (which also follows a vignette). Coordinates are normalised to −1…1 across the frame so the
 * coefficients do not depend on the image size.
 */
export interface SurfaceFit {
  readonly degree: 1 | 2;
  /** Coefficients of 1, x, y (then x², xy, y²). */
  readonly coefficients: readonly number[];
  /** 1.4826 × the median absolute residual of all samples: a robust standard deviation. */
  readonly residualSpread: number;
  /** Share of the samples within `rejectBeyond` robust spreads of the final fit. */
  readonly inlierShare: number;
}

export interface SurfaceSamples {
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  readonly values: Float32Array;
  readonly count: number;
}

export interface SurfaceOptions {
  /** Rounds of refitting without the samples beyond `rejectBeyond` robust spreads. */
  readonly rounds?: number;
  readonly rejectBeyond?: number;
}

/**
 * The sums of the normal equations over the samples whose residual is within `limit`, in sample
 * order: of the products of the quadric's basis terms 1, x, y, x², xy, y² two at a time (the
 * symmetric matrix's upper triangle, row by row) and of each term with the value. A plane's sums
 * are those of its terms 1, x, y among them. Written out so that each sum stays in a register;
 * x·x, x·y and y·y are the sums of the terms x², xy and y² themselves, so they are summed once.
 */
function normalSums({ xs, ys, values, count }: SurfaceSamples, residuals: Float32Array, limit: number): { upper: number[]; rhs: number[] } {
  let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s04 = 0, s05 = 0, s13 = 0, s14 = 0, s15 = 0;
  let s23 = 0, s24 = 0, s25 = 0, s33 = 0, s34 = 0, s35 = 0, s44 = 0, s45 = 0, s55 = 0;
  let r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0;
  for (let i = 0; i < count; i++) {
    if (Math.abs(residuals[i] as number) > limit) continue;
    const x = xs[i] as number;
    const y = ys[i] as number;
    const v = values[i] as number;
    const xx = x * x;
    const xy = x * y;
    const yy = y * y;
    s00 += 1;
    s01 += x;
    s02 += y;
    s03 += xx;
    s04 += xy;
    s05 += yy;
    s13 += x * xx;
    s14 += x * xy;
    s15 += x * yy;
    s23 += y * xx;
    s24 += y * xy;
    s25 += y * yy;
    s33 += xx * xx;
    s34 += xx * xy;
    s35 += xx * yy;
    s44 += xy * xy;
    s45 += xy * yy;
    s55 += yy * yy;
    r0 += v;
    r1 += x * v;
    r2 += y * v;
    r3 += xx * v;
    r4 += xy * v;
    r5 += yy * v;
  }
  return { upper: [s00, s01, s02, s03, s04, s05, s03, s04, s13, s14, s15, s05, s23, s24, s25, s33, s34, s35, s44, s45, s55], rhs: [r0, r1, r2, r3, r4, r5] };
}

/** Index in `normalSums().upper` of the product of basis terms r ≤ c (of six). */
const upperIndex = (r: number, c: number): number => r * 6 - (r * (r - 1)) / 2 + (c - r);

export function surfaceAt({ degree, coefficients: c }: Pick<SurfaceFit, 'degree' | 'coefficients'>, x: number, y: number): number {
  const plane = (c[0] as number) + (c[1] as number) * x + (c[2] as number) * y;
  return degree === 1 ? plane : plane + (c[3] as number) * x * x + (c[4] as number) * x * y + (c[5] as number) * y * y;
}

const sampleResiduals = scratchArray((length) => new Float32Array(length));

/**
 * Fits by the normal equations (summed in one pass, solved by SVD so a strip of samples
 * that leaves a term undetermined still gives the minimum-norm fit), then refits without the
 * outliers: objects and shadows must not bend the illumination model.
 */
export function fitSurface(samples: SurfaceSamples, degree: 1 | 2, { rounds = 1, rejectBeyond = 3 }: SurfaceOptions = {}): SurfaceFit {
  const { xs, ys, values, count } = samples;
  const size = degree === 1 ? 3 : 6;
  const residuals = sampleResiduals(count).fill(0);
  let coefficients: number[] = new Array<number>(size).fill(0);
  let limit = Infinity;
  let spread = 0;
  for (let round = 0; round <= rounds; round++) {
    const { upper, rhs } = normalSums(samples, residuals, limit);
    const lhs = new Matrix(size, size);
    for (let r = 0; r < size; r++) for (let c = r; c < size; c++) lhs.set(r, c, upper[upperIndex(r, c)] as number).set(c, r, upper[upperIndex(r, c)] as number);
    coefficients = solve(lhs, Matrix.columnVector(rhs.slice(0, size)), true).getColumn(0);
    const fit = { degree, coefficients };
    for (let i = 0; i < count; i++) residuals[i] = (values[i] as number) - surfaceAt(fit, xs[i] as number, ys[i] as number);
    spread = robustSpread(residuals, median(residuals));
    limit = rejectBeyond * Math.max(spread, 0.5);
  }
  let inliers = 0;
  for (let i = 0; i < count; i++) if (Math.abs(residuals[i] as number) <= limit) inliers++;
  return { degree, coefficients, residualSpread: spread, inlierShare: count === 0 ? 0 : inliers / count };
}
