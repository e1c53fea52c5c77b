import { Matrix, solve } from 'ml-matrix';
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

/** Writes the basis terms at (x, y) into `terms` (no allocation: this runs per sample). */
function basis(degree: 1 | 2, x: number, y: number, terms: Float64Array): void {
  terms[0] = 1;
  terms[1] = x;
  terms[2] = y;
  if (degree === 1) return;
  terms[3] = x * x;
  terms[4] = x * y;
  terms[5] = y * y;
}

export function surfaceAt({ degree, coefficients: c }: Pick<SurfaceFit, 'degree' | 'coefficients'>, x: number, y: number): number {
  const plane = (c[0] as number) + (c[1] as number) * x + (c[2] as number) * y;
  return degree === 1 ? plane : plane + (c[3] as number) * x * x + (c[4] as number) * x * y + (c[5] as number) * y * y;
}

/**
 * Fits by the normal equations (accumulated in one pass, solved by SVD so a strip of samples
 * that leaves a term undetermined still gives the minimum-norm fit), then refits without the
 * outliers: objects and shadows must not bend the illumination model.
 */
export function fitSurface(samples: SurfaceSamples, degree: 1 | 2, { rounds = 1, rejectBeyond = 3 }: SurfaceOptions = {}): SurfaceFit {
  const { xs, ys, values, count } = samples;
  const size = degree === 1 ? 3 : 6;
  const residuals = new Float32Array(count);
  let coefficients: number[] = new Array<number>(size).fill(0);
  let limit = Infinity;
  let spread = 0;
  const terms = new Float64Array(size);
  for (let round = 0; round <= rounds; round++) {
    // The normal matrix is symmetric: its upper triangle, row by row.
    const upper = new Float64Array((size * (size + 1)) / 2);
    const rhs = new Float64Array(size);
    for (let i = 0; i < count; i++) {
      if (Math.abs(residuals[i] as number) > limit) continue;
      basis(degree, xs[i] as number, ys[i] as number, terms);
      const v = values[i] as number;
      for (let r = 0, k = 0; r < size; r++) {
        const tr = terms[r] as number;
        rhs[r] = (rhs[r] as number) + tr * v;
        for (let c = r; c < size; c++, k++) upper[k] = (upper[k] as number) + tr * (terms[c] as number);
      }
    }
    const lhs = new Matrix(size, size);
    for (let r = 0, k = 0; r < size; r++) for (let c = r; c < size; c++, k++) lhs.set(r, c, upper[k] as number).set(c, r, upper[k] as number);
    coefficients = solve(lhs, Matrix.columnVector(Array.from(rhs)), true).getColumn(0);
    const fit = { degree, coefficients };
    for (let i = 0; i < count; i++) residuals[i] = (values[i] as number) - surfaceAt(fit, xs[i] as number, ys[i] as number);
    spread = robustSpread(residuals, median(residuals));
    limit = rejectBeyond * Math.max(spread, 0.5);
  }
  let inliers = 0;
  for (let i = 0; i < count; i++) if (Math.abs(residuals[i] as number) <= limit) inliers++;
  return { degree, coefficients, residualSpread: spread, inlierShare: count === 0 ? 0 : inliers / count };
}
