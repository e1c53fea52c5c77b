import type { Point } from '../verdict.js';
import type { Box } from './types.js';

/** Plane geometry shared by the analyses and checks: points, angles, boxes and affine maps. */

export const DEG_PER_RAD = 180 / Math.PI;

export function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

export function midpoint(a: Point, b: Point): Point {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** Angle of the line a→b against the image's x axis, in degrees; + is clockwise on screen (y points down). */
export function lineAngleDeg(a: Point, b: Point): number {
  return Math.atan2(b[1] - a[1], b[0] - a[0]) * DEG_PER_RAD;
}

/** Where `p` falls along a→b: 0 at a, 1 at b (projected onto the line). */
export function positionAlong(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  return lengthSq > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq : 0;
}

/** Signed distance of `p` from the line a→b, as a fraction of |ab|; + is to the right of a→b on screen (below a left-to-right line). */
export function offsetAcross(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  return lengthSq > 0 ? ((p[1] - a[1]) * dx - (p[0] - a[0]) * dy) / lengthSq : 0;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function boxArea(box: Box): number {
  return Math.max(0, box.width) * Math.max(0, box.height);
}

export function boxCentre(box: Box): Point {
  return [box.x + box.width / 2, box.y + box.height / 2];
}

export function intersectionOverUnion(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const overlap = width * height;
  return overlap / (boxArea(a) + boxArea(b) - overlap);
}

export function boxAround(points: readonly Point[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * A square region of the image, possibly rotated: `size` pixels on a side around `centre`,
 * turned by `angle` radians (clockwise on screen). A model crop is sampled from it.
 */
export interface SquareRegion {
  readonly centre: Point;
  readonly size: number;
  readonly angle: number;
}

/** Maps a point of an `outputSize`² crop of `region` back to image pixels. */
export function cropToImage(region: SquareRegion, outputSize: number): (x: number, y: number) => Point {
  const scale = region.size / outputSize;
  const cos = Math.cos(region.angle) * scale;
  const sin = Math.sin(region.angle) * scale;
  const half = outputSize / 2;
  const [cx, cy] = region.centre;
  return (x, y) => {
    const u = x - half;
    const v = y - half;
    return [cx + u * cos - v * sin, cy + u * sin + v * cos];
  };
}

/** Maps an image pixel position into an `outputSize`² crop of `region` (the inverse of cropToImage). */
export function imageToCrop(region: SquareRegion, outputSize: number): (point: Point) => Point {
  const scale = outputSize / region.size;
  const cos = Math.cos(region.angle) * scale;
  const sin = Math.sin(region.angle) * scale;
  const half = outputSize / 2;
  const [cx, cy] = region.centre;
  return ([x, y]) => {
    const dx = x - cx;
    const dy = y - cy;
    return [half + dx * cos + dy * sin, half - dx * sin + dy * cos];
  };
}
