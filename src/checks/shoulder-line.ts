import { median } from '../analyses/geometry.js';
import type { GreyMap } from '../analyses/types.js';
import type { Point } from '../verdict.js';

/** A mask value at or above this is the subject. */
const SUBJECT = 128;
/** Columns sampled on each side, at these multiples of the face width from the face centre. */
const COLUMN_OFFSETS = [0.8, 0.9, 1.0, 1.1, 1.2, 1.3];
const MIN_COLUMNS = 3;

/**
 * The shoulders' outline from the person mask: in columns beside the neck on each side, the
 * first row below the chin where background turns into subject. A column already inside the
 * subject at chin level (hair on the shoulder, a raised shoulder) is ambiguous and skipped.
 * Returns each side's median point, or null when a side has too few usable columns.
 */
export function shoulderPoints(mask: GreyMap, centreX: number, faceWidth: number, chinY: number): { right: Point; left: Point } | null {
  const side = (direction: -1 | 1): Point | null => {
    const points: Point[] = [];
    for (const k of COLUMN_OFFSETS) {
      const x = Math.round(centreX + direction * k * faceWidth);
      const top = topEdgeBelow(mask, x, Math.round(chinY));
      if (top !== null) points.push([x, top]);
    }
    if (points.length < MIN_COLUMNS) return null;
    return [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
  };
  const right = side(-1);
  const left = side(1);
  return right && left ? { right, left } : null;
}

function topEdgeBelow(mask: GreyMap, x: number, startY: number): number | null {
  if (x < 0 || x >= mask.width || startY < 0 || startY >= mask.height) return null;
  if (mask.data[startY * mask.width + x]! >= SUBJECT) return null;
  for (let y = startY + 1; y < mask.height; y++) if (mask.data[y * mask.width + x]! >= SUBJECT) return y;
  return null;
}
