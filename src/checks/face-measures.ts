import { distance, mean, offsetAcross, positionAlong } from '../analyses/geometry.js';
import { IRIS_MODEL, MESH, meshPoint } from '../analyses/landmarks.js';
import type { FaceMesh, Iris, Irises } from '../analyses/types.js';
import type { Point, Region } from '../verdict.js';

/** Normalised measures of the eyes and mouth, shared by the checks and the calibration tool. */


/** Lid-to-lid distance at the middle of the eye over the corner-to-corner width (iris model contour). */
export function eyeOpening(iris: Iris): number {
  const c = iris.eyeContour;
  return distance(c[IRIS_MODEL.upperLidMiddle]!, c[IRIS_MODEL.lowerLidMiddle]!) / distance(c[IRIS_MODEL.outerCorner]!, c[IRIS_MODEL.innerCorner]!);
}

/** The lid margin as a closed outline: the lower lid outer→inner, then the upper lid back. */
export function eyeOutline(iris: Iris): Point[] {
  const lower = iris.eyeContour.slice(IRIS_MODEL.outerCorner, IRIS_MODEL.innerCorner + 1);
  const upper = iris.eyeContour.slice(IRIS_MODEL.innerCorner + 1, IRIS_MODEL.lidMargin).reverse();
  return [...lower, ...upper];
}

/** Gap between the inner lip margins at the centre over the mouth's corner-to-corner width. */
export function lipGap(mesh: FaceMesh): number {
  return distance(meshPoint(mesh.points, MESH.upperLipInner), meshPoint(mesh.points, MESH.lowerLipInner)) / distance(meshPoint(mesh.points, MESH.mouthRight), meshPoint(mesh.points, MESH.mouthLeft));
}

/** The points lipGap measures between, for drawing. */
export function lipRegion(mesh: FaceMesh): Region {
  return { kind: 'points', label: 'lips', points: [MESH.upperLipInner, MESH.lowerLipInner, MESH.mouthRight, MESH.mouthLeft].map((i) => meshPoint(mesh.points, i)) };
}

export interface GazeOffset {
  /** Iris centre along the eye's corner line, 0 centred, as a fraction of the eye width; + toward the image's right. */
  readonly horizontal: number;
  /** Iris centre across the corner line, as a fraction of the eye width; + downward. */
  readonly vertical: number;
}

/** Where the irises sit in the eyes, averaged over both eyes. */
export function gazeOffset(irises: Irises): GazeOffset {
  const perEye = [irises.right, irises.left].map((iris) => {
    const c = iris.eyeContour;
    const outer = c[IRIS_MODEL.outerCorner]!;
    const inner = c[IRIS_MODEL.innerCorner]!;
    // Both eyes measured along the image's left-to-right direction.
    const [a, b] = outer[0] <= inner[0] ? [outer, inner] : [inner, outer];
    return { horizontal: positionAlong(iris.center, a, b) - 0.5, vertical: offsetAcross(iris.center, a, b) };
  });
  return { horizontal: mean(perEye.map((e) => e.horizontal)), vertical: mean(perEye.map((e) => e.vertical)) };
}
