import type { Point } from '../verdict.js';
import type { Point3 } from './types.js';

/**
 * Indices of the MediaPipe face mesh (468 points) used by photolint. "right"/"left" are the
 * subject's: the right eye is on the image's left.
 */
export const MESH = {
  rightEye: { outer: 33, inner: 133, upper: 159, lower: 145 },
  leftEye: { outer: 263, inner: 362, upper: 386, lower: 374 },
  /** Cheek points at the widest part of the face, level with the eyes (face-oval points). */
  rightCheek: 234,
  leftCheek: 454,
  foreheadTop: 10,
  chin: 152,
  noseTip: 1,
  /** Inner lip margins at the centre and the mouth corners. */
  upperLipInner: 13,
  lowerLipInner: 14,
  mouthRight: 61,
  mouthLeft: 291,
} as const;

/**
 * The iris model's 76 output points: the first 16 outline the eyelid margin (9 lower from the
 * outer to the inner corner, then 7 upper), points 16–70 are outer contours and the brow, and
 * 71–75 are the iris (centre, then four points on its edge: outer side, top, inner side, bottom).
 */
export const IRIS_MODEL = {
  points: 76,
  lidMargin: 16,
  outerCorner: 0,
  innerCorner: 8,
  lowerLidMiddle: 4,
  upperLidMiddle: 12,
  irisCentre: 71,
  irisEdgeA: 72,
  irisEdgeB: 74,
} as const;

/** The image position of mesh point `index`; a mesh without that point is a programming error. */
export function meshPoint(points: readonly Point3[], index: number): Point {
  const p = points[index];
  if (!p) throw new RangeError(`face mesh has no point ${index} (it has ${points.length})`);
  return [p[0], p[1]];
}
