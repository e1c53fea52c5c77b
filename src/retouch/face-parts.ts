import { meshPoint } from '../analyses/landmarks.js';
import type { Point3 } from '../analyses/types.js';
import type { Point } from '../verdict.js';
import type { Sides } from '../analyses/face-zones.js';

/**
 * The parts of the face the make-up rule reads, as polygons laid out from the MediaPipe mesh:
 * the lips (outer and inner outline) and the eye-shadow zones of the upper lids.
 */
export interface MakeupParts {
  readonly lipsOuter: readonly Point[];
  /** The mouth opening, which is not lip. */
  readonly lipsInner: readonly Point[];
  /** Between the lash line and the brow, clear of both. */
  readonly lids: Sides<readonly Point[]>;
}

// MediaPipe face-mesh indices.
const LIPS_OUTER = [61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39, 40, 185];
const LIPS_INNER = [78, 95, 88, 178, 87, 14, 317, 402, 318, 324, 308, 415, 310, 311, 312, 13, 82, 81, 80, 191];
/** Upper lid margin and lower brow edge, each from the outer end to the inner end. */
const UPPER_LID = { right: [33, 246, 161, 160, 159, 158, 157, 173, 133], left: [263, 466, 388, 387, 386, 385, 384, 398, 362] };
const BROW_LOWER = { right: [46, 53, 52, 65, 55], left: [276, 283, 282, 295, 285] };

/** The eye-shadow zone spans this fraction of the way from the lash line to the brow (lashes and liner below, brow hair above). */
const LID_FROM = 0.25;
const LID_TO = 0.8;
const LID_SAMPLES = 7;

export function makeupParts(points: readonly Point3[]): MakeupParts {
  const at = (i: number): Point => meshPoint(points, i);
  const many = (indices: readonly number[]): Point[] => indices.map(at);
  const lid = (side: 'right' | 'left'): Point[] => {
    const lash = resample(many(UPPER_LID[side]), LID_SAMPLES);
    const brow = resample(many(BROW_LOWER[side]), LID_SAMPLES);
    const lower = lash.map((p, i) => lerp(p, brow[i]!, LID_FROM));
    const upper = lash.map((p, i) => lerp(p, brow[i]!, LID_TO));
    return [...lower, ...upper.reverse()];
  };
  return { lipsOuter: many(LIPS_OUTER), lipsInner: many(LIPS_INNER), lids: { right: lid('right'), left: lid('left') } };
}

function lerp([x0, y0]: Point, [x1, y1]: Point, t: number): Point {
  return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
}

/** `n` points evenly spaced (by index position) along a polyline, both ends kept. */
function resample(line: readonly Point[], n: number): Point[] {
  return Array.from({ length: n }, (_, k) => {
    const t = (k / (n - 1)) * (line.length - 1);
    const i = Math.min(Math.floor(t), line.length - 2);
    return lerp(line[i]!, line[i + 1]!, t - i);
  });
}
