import { Matrix, SingularValueDecomposition, determinant } from 'ml-matrix';
import type { Point3 } from './types.js';

/** Rigid alignment of 3D point sets (rows are points). */

/** The points as an n×3 matrix, moved so that their mean is the origin. */
export function centred(points: readonly Point3[]): Matrix {
  const m = new Matrix(points.map((p) => [p[0], p[1], p[2]]));
  return m.subRowVector(m.mean('column'));
}

/**
 * The rotation R that best turns the centred set `from` onto the centred set `to`
 * (least squares over corresponding rows, Kabsch): `to ≈ s · from · Rᵀ`. Scale does not
 * change R, so the sets need not be the same size.
 */
export function rotationOnto(from: Matrix, to: Matrix): Matrix {
  const svd = new SingularValueDecomposition(from.transpose().mmul(to));
  const v = svd.rightSingularVectors;
  const u = svd.leftSingularVectors;
  // A reflection is not a head pose: flip the weakest axis if the best fit mirrors.
  const d = Math.sign(determinant(v.mmul(u.transpose()))) || 1;
  return v.mmul(Matrix.diag([1, 1, d])).mmul(u.transpose());
}
