import type { Point } from '../verdict.js';
import { type SquareRegion, boxCentre } from './geometry.js';
import type { DetectedFace } from './types.js';

/** Where the face models look: square regions turned upright along the eye line (as MediaPipe does). */

/** The detection box scaled by `scale` about its centre, squared, turned upright by the detector's eye keypoints. */
export function detectionRegion(face: DetectedFace, scale: number): SquareRegion {
  const { rightEye, leftEye } = face.keypoints;
  return {
    centre: boxCentre(face.box),
    size: scale * Math.max(face.box.width, face.box.height),
    angle: Math.atan2(leftEye[1] - rightEye[1], leftEye[0] - rightEye[0]),
  };
}

/** The square, upright along `angle`, around the extent of `points`, scaled by `scale`. */
export function regionAround(points: readonly Point[], angle: number, scale: number): SquareRegion {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const [x, y] of points) {
    const u = x * cos + y * sin;
    const v = -x * sin + y * cos;
    minU = Math.min(minU, u);
    maxU = Math.max(maxU, u);
    minV = Math.min(minV, v);
    maxV = Math.max(maxV, v);
  }
  const u = (minU + maxU) / 2;
  const v = (minV + maxV) / 2;
  return { centre: [u * cos - v * sin, u * sin + v * cos], size: scale * Math.max(maxU - minU, maxV - minV), angle };
}
