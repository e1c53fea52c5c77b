import type { Point } from '../verdict.js';
import { type RowSpans, rowSpans } from '../accessories/polygon.js';
import { defineAnalysis } from './define.js';
import { boxAround, distance, midpoint } from './geometry.js';
import { meshPoint } from './landmarks.js';
import type { Box, Point3 } from './types.js';

/** Left and right are the subject's: `right` is on the image's left. */
export interface Sides<T> {
  readonly right: T;
  readonly left: T;
}

/**
 * The places the accessory and occlusion rules look at, laid out from the face mesh and scaled
 * by the face, so they sit on the same anatomy whatever the photo's size.
 */
export interface FaceZones {
  readonly faceOval: readonly Point[];
  readonly ovalSpans: RowSpans;
  /** Cheek-to-cheek width (mesh points 234–454) and forehead-top-to-chin height (10–152). */
  readonly faceWidth: number;
  readonly faceHeight: number;
  readonly eyes: Sides<readonly Point[]>;
  readonly eyeSpans: Sides<RowSpans>;
  /** The eye's width, corner to corner. */
  readonly eyeWidth: number;
  readonly brows: Sides<Box>;
  /** The strip of forehead just above each brow, where a fringe shows first. */
  readonly aboveBrows: Sides<Box>;
  /** Between the brow and the upper eyelid. */
  readonly lids: Sides<Box>;
  /** Where a spectacle lens sits around each eye. */
  readonly lenses: Sides<Box>;
  /** Below each eye, where the lower rim of a frame runs. */
  readonly belowEyes: Sides<Box>;
  /** From the outer eye corner to the face edge, where a frame's arm runs. */
  readonly temples: Sides<Box>;
  /**
   * Between the inner eye corners, from an eye's width above the eye line to half of one below:
   * a frame's bridge sits anywhere from brow height (keyhole bridges) to below the corners.
   */
  readonly bridge: Box;
  readonly forehead: Box;
  readonly cheeks: Sides<Box>;
  readonly nose: Box;
  /** Beside the face at eye-to-nose height, where the ears are. */
  readonly ears: Sides<Box>;
  /** Beside the jaw from the nose down, where earlobes and earrings hang. */
  readonly earlobes: Sides<Box>;
  /** Beside the temples, from mid-forehead to eye height: the hair a covering seldom hides (the hair model's sample). */
  readonly hairSides: Sides<Box>;
  /** Above the forehead: hair, or a covering. */
  readonly crown: Box;
  /** From under the chin to the collar. */
  readonly neck: Box;
  /** The mouth, which occlusion rules must not count as foreign. */
  readonly mouth: Box;
}

// MediaPipe face-mesh indices.
const FACE_OVAL = [10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109];
const EYE = {
  right: [33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246],
  left: [263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466],
};
const BROW = {
  right: [70, 63, 105, 66, 107, 46, 53, 52, 65, 55],
  left: [300, 293, 334, 296, 336, 276, 283, 282, 295, 285],
};
const CORNERS = { right: { outer: 33, inner: 133 }, left: { outer: 263, inner: 362 } };
const CHEEK = { right: 205, left: 425 };
const FACE_EDGE = { right: 234, left: 454 };
const JAW = { right: 132, left: 361 };
const MOUTH = [61, 291, 0, 17];
const FOREHEAD_TOP = 10;
const CHIN = 152;
const NOSE_BOTTOM = 2;
const NOSE_MIDDLE = 195;

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({
  x: Math.min(x0, x1),
  y: Math.min(y0, y1),
  width: Math.abs(x1 - x0),
  height: Math.abs(y1 - y0),
});

const around = ([x, y]: Point, halfWidth: number, halfHeight: number): Box => box(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight);

export function placeFaceZones(points: readonly Point3[]): FaceZones {
  const at = (i: number): Point => meshPoint(points, i);
  const many = (indices: readonly number[]): Point[] => indices.map(at);
  const faceOval = many(FACE_OVAL);
  const faceWidth = distance(at(FACE_EDGE.right), at(FACE_EDGE.left));
  const [chinX, chinY] = at(CHIN);
  const [topX, topY] = at(FOREHEAD_TOP);
  const faceHeight = distance([topX, topY], [chinX, chinY]);
  const eyeWidth = (distance(at(33), at(133)) + distance(at(263), at(362))) / 2;
  // +1 points away from the face centre, towards the subject's side.
  const outward = { right: -1, left: 1 } as const;
  const perSide = <T>(make: (side: 'right' | 'left', out: number) => T): Sides<T> => ({ right: make('right', outward.right), left: make('left', outward.left) });
  // Each side's eye and brow, placed once: most zones are laid out from them.
  const eyes = perSide((side) => many(EYE[side]));
  const eyeCentres = perSide((side) => midpoint(at(CORNERS[side].outer), at(CORNERS[side].inner)));
  const eyeBoxes = perSide((side) => boxAround(eyes[side]));
  const browBoxes = perSide((side) => boxAround(many(BROW[side])));

  const browsTop = Math.min(browBoxes.right.y, browBoxes.left.y);
  const [, noseY] = at(NOSE_BOTTOM);
  const [innerRightX] = at(CORNERS.right.inner);
  const [innerLeftX] = at(CORNERS.left.inner);
  const eyeLineY = (eyeCentres.right[1] + eyeCentres.left[1]) / 2;
  const gap = innerLeftX - innerRightX;

  return {
    faceOval,
    ovalSpans: rowSpans(faceOval),
    faceWidth,
    faceHeight,
    eyes,
    eyeSpans: perSide((side) => rowSpans(eyes[side])),
    eyeWidth,
    brows: perSide((side) => padded(browBoxes[side], 0.1 * eyeWidth)),
    aboveBrows: perSide((side) => {
      const brow = browBoxes[side];
      return box(brow.x, brow.y - 0.05 * eyeWidth, brow.x + brow.width, brow.y - 0.35 * eyeWidth);
    }),
    lids: perSide((side) => {
      const brow = browBoxes[side];
      const eye = eyeBoxes[side];
      return box(eye.x, brow.y + brow.height, eye.x + eye.width, eye.y);
    }),
    lenses: perSide((side) => around(eyeCentres[side], 0.75 * eyeWidth, 0.5 * eyeWidth)),
    belowEyes: perSide((side) => {
      const [x, y] = eyeCentres[side];
      const eye = eyeBoxes[side];
      return box(x - 0.7 * eyeWidth, eye.y + eye.height + 0.15 * eyeWidth, x + 0.7 * eyeWidth, y + 1.0 * eyeWidth);
    }),
    temples: perSide((side, out) => {
      const [x, y] = eyeCentres[side];
      const [edgeX] = at(FACE_EDGE[side]);
      return box(x + out * 0.9 * eyeWidth, y - 0.4 * eyeWidth, edgeX - out * 0.05 * faceWidth, y + 0.4 * eyeWidth);
    }),
    bridge: box(innerRightX + 0.2 * gap, eyeLineY - 1.0 * eyeWidth, innerLeftX - 0.2 * gap, eyeLineY + 0.5 * eyeWidth),
    forehead: box(browBoxes.right.x + browBoxes.right.width * 0.5, topY + 0.3 * (browsTop - topY), browBoxes.left.x + browBoxes.left.width * 0.5, browsTop - 0.1 * eyeWidth),
    cheeks: perSide((side) => around(at(CHEEK[side]), 0.35 * eyeWidth, 0.3 * eyeWidth)),
    nose: around(at(NOSE_MIDDLE), 0.15 * eyeWidth, 0.25 * eyeWidth),
    ears: perSide((side, out) => {
      const [edgeX] = at(FACE_EDGE[side]);
      return box(edgeX + out * 0.01 * faceWidth, eyeLineY, edgeX + out * 0.2 * faceWidth, noseY);
    }),
    earlobes: perSide((side, out) => {
      const [edgeX] = at(FACE_EDGE[side]);
      const [jawX] = at(JAW[side]);
      return box(jawX - out * 0.02 * faceWidth, noseY, edgeX + out * 0.2 * faceWidth, noseY + 0.35 * faceHeight);
    }),
    hairSides: perSide((side, out) => {
      const [edgeX] = at(FACE_EDGE[side]);
      return box(edgeX - out * 0.05 * faceWidth, (topY + browsTop) / 2, edgeX + out * 0.25 * faceWidth, eyeLineY);
    }),
    crown: box(topX - 0.3 * faceWidth, topY - 0.3 * faceHeight, topX + 0.3 * faceWidth, topY - 0.03 * faceHeight),
    neck: box(chinX - 0.3 * faceWidth, chinY + 0.05 * faceHeight, chinX + 0.3 * faceWidth, chinY + 0.55 * faceHeight),
    mouth: padded(boxAround(many(MOUTH)), 0.15 * eyeWidth),
  };
}

function padded(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

export const faceZones = defineAnalysis({
  id: 'faceZones',
  needs: ['mesh'],
  models: [],
  compute: ({ mesh }) => placeFaceZones(mesh.points),
});
