import type { Point } from '../verdict.js';

/**
 * A convex polygon rasterised to one horizontal span per image row, so "is this pixel inside
 * the face oval / the eye" is two comparisons instead of a point-in-polygon test.
 */
export interface RowSpans {
  /** First row covered. */
  readonly top: number;
  /** `from[r]`..`to[r]` (inclusive, pixel centres) is inside on row `top + r`; from > to means none. */
  readonly from: Float32Array;
  readonly to: Float32Array;
}

export function rowSpans(polygon: readonly Point[]): RowSpans {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of polygon) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const top = Math.ceil(minY);
  const rows = Math.max(0, Math.floor(maxY) - top + 1);
  const from = new Float32Array(rows).fill(Infinity);
  const to = new Float32Array(rows).fill(-Infinity);
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % polygon.length]!;
    if (y1 === y2) continue;
    const low = Math.ceil(Math.min(y1, y2));
    const high = Math.floor(Math.max(y1, y2));
    for (let y = low; y <= high; y++) {
      const x = x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
      const r = y - top;
      if (x < from[r]!) from[r] = x;
      if (x > to[r]!) to[r] = x;
    }
  }
  return { top, from, to };
}

export function insideSpans(spans: RowSpans, x: number, y: number): boolean {
  const r = y - spans.top;
  return r >= 0 && r < spans.from.length && x >= spans.from[r]! && x <= spans.to[r]!;
}
