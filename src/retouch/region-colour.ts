import { type RowSpans, insideSpans, rowSpans } from '../accessories/polygon.js';
import type { Box } from '../analyses/types.js';
import { SRGB_TO_LINEAR, linearToLab } from '../image/colour.js';
import type { RgbImage } from '../image/intake.js';
import { scratchArray } from '../image/scratch.js';
import { median } from '../image/stats.js';
import type { Point } from '../verdict.js';

/** The median CIELAB colour of a region's pixels and its median chroma C*ab. */
export interface RegionLab {
  readonly L: number;
  readonly a: number;
  readonly b: number;
  readonly chroma: number;
  /** Pixels read; 0 when the region lies outside the image (the other fields are then NaN). */
  readonly pixels: number;
}

const MAX_SAMPLES = 400;

/** The L*, a*, b* and chroma of the pixels read: working arrays, as regionLab never awaits and keeps only their medians. */
const channelL = scratchArray((length) => new Float32Array(length));
const channelA = scratchArray((length) => new Float32Array(length));
const channelB = scratchArray((length) => new Float32Array(length));
const channelChroma = scratchArray((length) => new Float32Array(length));

export function boxPolygon({ x, y, width, height }: Box): Point[] {
  return [[x, y], [x + width, y], [x + width, y + height], [x, y + height]];
}

/**
 * Median L*, a*, b* and chroma of the pixels inside any of `polygons` (convex) and outside
 * `exclude`. Medians, because lip and lid outlines from the mesh are a pixel or two off and
 * the pixels on the wrong side must not move the result.
 */
export function regionLab(rgb: RgbImage, polygons: readonly (readonly Point[])[], exclude?: readonly Point[]): RegionLab {
  const holes: RowSpans | null = exclude ? rowSpans(exclude) : null;
  const rows = polygons.map((polygon) => clippedRows(rowSpans(polygon), rgb));
  const area = rows.reduce((sum, spans) => sum + spans.reduce((s, [, x0, x1]) => s + x1 - x0 + 1, 0), 0);
  // A few hundred pixels fix a median well: larger regions are read on a sparser lattice.
  const step = Math.max(1, Math.floor(Math.sqrt(area / MAX_SAMPLES)));
  const capacity = Math.ceil(area / step) + rows.length;
  const channels = [channelL(capacity), channelA(capacity), channelB(capacity), channelChroma(capacity)] as const;
  let count = 0;
  for (const spans of rows) {
    for (const [y, x0, x1] of spans) {
      if (y % step) continue;
      for (let x = x0; x <= x1; x += step) {
        if (holes && insideSpans(holes, x, y)) continue;
        const p = (y * rgb.width + x) * 3;
        const [L, a, b] = linearToLab(SRGB_TO_LINEAR[rgb.data[p]!]!, SRGB_TO_LINEAR[rgb.data[p + 1]!]!, SRGB_TO_LINEAR[rgb.data[p + 2]!]!);
        channels[0][count] = L;
        channels[1][count] = a;
        channels[2][count] = b;
        channels[3][count++] = Math.hypot(a, b);
      }
    }
  }
  const [L, a, b, chroma] = channels.map((values) => median(values, count)) as [number, number, number, number];
  return { L, a, b, chroma, pixels: count };
}

/** The pixel runs [y, x0, x1] of `spans` that lie in the image. */
function clippedRows(spans: RowSpans, rgb: RgbImage): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let r = 0; r < spans.from.length; r++) {
    const y = spans.top + r;
    const x0 = Math.max(0, Math.ceil(spans.from[r]!));
    const x1 = Math.min(rgb.width - 1, Math.floor(spans.to[r]!));
    if (y >= 0 && y < rgb.height && x1 >= x0) runs.push([y, x0, x1]);
  }
  return runs;
}
