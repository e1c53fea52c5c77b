import { PhotolintError } from '../errors.js';
import type { Point } from '../verdict.js';
import { defineAnalysis } from './define.js';
import { distance, midpoint } from './geometry.js';
import { MESH, meshPoint } from './landmarks.js';
import type { GreyMap } from './types.js';

/** A mask value at or above this is the subject. */
const SUBJECT = 128;
/** Columns searched for the head top: the middle of the face, this fraction of its width. */
const TOP_SEARCH_WIDTH = 0.5;

/**
 * Where the head is in the frame. The head top is the top of the hair: in each column over the
 * middle of the face, the subject run of the person mask is followed up from the forehead to
 * where it ends (so a blob of "person" elsewhere above the head is ignored); the highest of
 * those tops is the head top.
 */
export const head = defineAnalysis({
  id: 'head',
  needs: ['mesh', 'irises', 'personMask'],
  models: [],
  compute({ mesh, irises, personMask }) {
    const p = (index: number): Point => meshPoint(mesh.points, index);
    const rightCheek = p(MESH.rightCheek);
    const leftCheek = p(MESH.leftCheek);
    const faceWidth = distance(rightCheek, leftCheek);
    const centreX = (rightCheek[0] + leftCheek[0]) / 2;
    return {
      headTop: headTop(personMask, p(MESH.foreheadTop), centreX, faceWidth * TOP_SEARCH_WIDTH),
      eyeMid: midpoint(irises.right.center, irises.left.center),
      faceWidth,
      cheeks: [rightCheek, leftCheek],
      centreX,
    };
  },
});

function headTop(mask: GreyMap, forehead: Point, centreX: number, searchWidth: number): Point {
  const x0 = Math.max(0, Math.round(centreX - searchWidth / 2));
  const x1 = Math.min(mask.width - 1, Math.round(centreX + searchWidth / 2));
  const startY = Math.min(mask.height - 1, Math.max(0, Math.round(forehead[1])));
  let best: Point | null = null;
  for (let x = x0; x <= x1; x++) {
    if (mask.data[startY * mask.width + x]! < SUBJECT) continue;
    let y = startY;
    while (y > 0 && mask.data[(y - 1) * mask.width + x]! >= SUBJECT) y--;
    if (!best || y < best[1]) best = [x, y];
  }
  if (!best) {
    throw new PhotolintError('analysis-failed', `The person mask does not cover the forehead (at x ${Math.round(centreX)}, y ${startY}), so the head top cannot be found`);
  }
  return best;
}
