import type { Point } from '../verdict.js';
import { scratchArray } from './scratch.js';

/**
 * Binary masks on a pixel grid and the region operations the region rules share: resampling
 * a 0–255 map, distance transform (erosion by thresholding it), box dilation, connected
 * components, boxes and outlines. Everything works on typed arrays, row-major.
 */

/** 1 where the region is, 0 elsewhere. */
export interface Mask {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export interface GridBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Component {
  /** Label in `labels` (1-based). */
  readonly label: number;
  readonly area: number;
  readonly box: GridBox;
}

const sampled = scratchArray((length) => new Uint8Array(length));

/**
 * Samples a 0–255 map (e.g. a person mask) onto a grid of `step`×`step` blocks: a block is set
 * when the map at its centre is at least `threshold` (the maps are smooth at this scale). With a
 * `window` (grid cells, within the grid) only its blocks are sampled, as a mask of its size.
 * The mask is a working buffer, valid until the next call.
 */
export function maskFromMap(
  map: { width: number; height: number; data: Uint8Array },
  step: number,
  { threshold = 128, window }: { threshold?: number; window?: GridBox } = {},
): Mask {
  const { x, y, width, height } = window ?? { x: 0, y: 0, width: Math.floor(map.width / step), height: Math.floor(map.height / step) };
  const data = sampled(width * height);
  const source = map.data;
  const half = step >> 1;
  for (let gy = 0; gy < height; gy++) {
    const row = ((y + gy) * step + half) * map.width + x * step + half;
    for (let gx = 0; gx < width; gx++) data[gy * width + gx] = (source[row + gx * step] as number) >= threshold ? 1 : 0;
  }
  return { width, height, data };
}

const chamfer = scratchArray((length) => new Int32Array(length));
const distances = scratchArray((length) => new Float32Array(length));

/**
 * Distance in grid cells from each cell to the nearest set cell (0 on set cells; Infinity when
 * none is set), times `scale` (at single precision, as stored). Two-pass 3-4 chamfer: within
 * 8 % of the Euclidean distance. The result is a working buffer, valid until the next call.
 */
export function distanceTransform(mask: Mask, scale = 1): Float32Array {
  const { width, height, data } = mask;
  // Chamfer steps of 3 and 4 (thirds of a cell) on a frame one cell wider all round that is never
  // reached, so no neighbour needs a bounds test. The forward pass writes every inner cell, so
  // only the frame starts out far.
  const far = 1e9;
  const stride = width + 2;
  const d = chamfer(stride * (height + 2));
  d.fill(far, 0, stride);
  d.fill(far, (height + 1) * stride);
  for (let y = 1; y <= height; y++) {
    d[y * stride] = far;
    d[y * stride + width + 1] = far;
  }
  // Forward from the left, upper-left, upper and upper-right neighbours; backward mirrors it
  // and writes each cell out once it is final.
  for (let y = 1, j = 0; y <= height; y++) {
    let left = far;
    for (let i = y * stride + 1, end = i + width; i < end; i++, j++) {
      left = data[j] ? 0 : nearest(left + 3, d[i - stride] as number, d[i - stride - 1] as number, d[i - stride + 1] as number, far);
      d[i] = left;
    }
  }
  const out = distances(width * height);
  for (let y = height, j = width * height - 1; y >= 1; y--) {
    let right = far;
    for (let i = y * stride + width, end = y * stride; i > end; i--, j--) {
      const v = d[i] as number;
      right = v === 0 ? 0 : nearest(right + 3, d[i + stride] as number, d[i + stride + 1] as number, d[i + stride - 1] as number, v);
      d[i] = right;
      out[j] = right >= far ? Infinity : Math.fround(right / 3) * scale;
    }
  }
  return out;
}

/** The chamfer distance from `along` (the neighbour in the row, already +3), the next row's cells `straight` (+3) and `diagonal`s (+4), or `current` if shorter. */
function nearest(along: number, straight: number, diagonal: number, otherDiagonal: number, current: number): number {
  let v = current;
  if (along < v) v = along;
  if (straight + 3 < v) v = straight + 3;
  if (diagonal + 4 < v) v = diagonal + 4;
  return otherDiagonal + 4 < v ? otherDiagonal + 4 : v;
}

/** Runs of cells of one value, row by row in scan order: each run's row, first column and the column after its last. */
interface Runs {
  readonly count: number;
  readonly rows: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const runRows = scratchArray((length) => new Int32Array(length));
const runStarts = scratchArray((length) => new Int32Array(length));
const runEnds = scratchArray((length) => new Int32Array(length));

/** The runs of the mask's cells of value `value`, in working buffers valid until the next call. */
function runsOf({ width, height, data }: Mask, value: 0 | 1): Runs {
  // A row holds at most ceil(width / 2) runs.
  const capacity = Math.ceil(width / 2) * height;
  const rows = runRows(capacity);
  const starts = runStarts(capacity);
  const ends = runEnds(capacity);
  let count = 0;
  for (let i = data.indexOf(value); i >= 0; ) {
    const y = Math.floor(i / width);
    const rowEnd = (y + 1) * width;
    let j = i + 1;
    while (j < rowEnd && data[j] === value) j++;
    rows[count] = y;
    starts[count] = i - y * width;
    ends[count] = j - y * width;
    count++;
    i = data.indexOf(value, j);
  }
  return { count, rows, starts, ends };
}

const dilated = scratchArray((length) => new Uint8Array(length));

/**
 * Dilation of the cells of value `value` (the set cells unless told) by a structuring element
 * symmetric about its centre, given row by row: `reach[k]` is how many columns either side of
 * the centre it covers k rows above and below it. [2, 2] is a 5×3 box; [2, 2, 1] a 5×5 square
 * without its corners. The result is a working buffer, valid until the next call.
 */
export function dilate(mask: Mask, reach: readonly number[], value: 0 | 1 = 1): Mask {
  const { width, height } = mask;
  const { count, rows, starts, ends } = runsOf(mask, value);
  const out = dilated(mask.data.length).fill(0);
  for (let r = 0; r < count; r++) {
    const y = rows[r] as number;
    for (let k = 1 - reach.length; k < reach.length; k++) {
      const ny = y + k;
      if (ny < 0 || ny >= height) continue;
      const rx = reach[Math.abs(k)] as number;
      out.fill(1, ny * width + Math.max(0, (starts[r] as number) - rx), ny * width + Math.min(width, (ends[r] as number) + rx));
    }
  }
  return { width, height, data: out };
}

/**
 * The structuring element, row by row as `dilate` takes it, of the cells whose 3-4 chamfer
 * distance from its centre, as `distanceTransform` gives it, is below `radius`: dilating a mask
 * by it marks exactly the cells that transform would put closer than `radius` to the mask (the
 * chamfer distance between two cells is 3·max(|dx|, |dy|) + min(|dx|, |dy|) thirds of a cell).
 */
export function chamferDisc(radius: number): number[] {
  const within = (dx: number, dy: number): boolean => Math.fround((3 * Math.max(dx, dy) + Math.min(dx, dy)) / 3) < radius;
  const reach: number[] = [];
  for (let dy = 0; within(0, dy); dy++) {
    let dx = 0;
    while (within(dx + 1, dy)) dx++;
    reach.push(dx);
  }
  return reach;
}

const runParents = scratchArray((length) => new Int32Array(length));
const cellLabels = scratchArray((length) => new Int32Array(length));
const runLabels = scratchArray((length) => new Int32Array(length));

/**
 * 8-connected components of the set cells, largest first (ties in label order), those smaller
 * than `minArea` dropped. Labels (1-based) number the components in the order of their first
 * cell row by row. Works on runs of set cells: a run joins the runs of the row above that touch
 * it, diagonally included (union-find over runs). `labels` is a working buffer, valid until the
 * next call: read it before calling again.
 */
export function labelComponents(mask: Mask, minArea = 1): { labels: Int32Array; components: Component[] } {
  const { width, height } = mask;
  const { count, rows, starts, ends } = runsOf(mask, 1);
  const parent = runParents(count);
  for (let r = 0; r < count; r++) parent[r] = r;
  const root = (r: number): number => {
    while (parent[r] !== r) {
      const up = parent[parent[r] as number] as number;
      parent[r] = up;
      r = up;
    }
    return r;
  };
  // Each run joins the runs of the row above that overlap it or touch it diagonally.
  for (let run = 0, above = 0; run < count; run++) {
    const y = rows[run] as number;
    const start = starts[run] as number;
    const end = ends[run] as number;
    // Runs above that end before start − 1 touch neither this run nor the later ones of its row.
    while (above < run && ((rows[above] as number) < y - 1 || (rows[above] === y - 1 && (ends[above] as number) < start))) above++;
    for (let r = above; r < run && rows[r] === y - 1 && (starts[r] as number) <= end; r++) {
      const a = root(run);
      const b = root(r);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const labels = cellLabels(width * height).fill(0);
  const labelOfRoot = runLabels(count).fill(0);
  const found: { area: number; x0: number; y0: number; x1: number; y1: number }[] = [];
  for (let run = 0; run < count; run++) {
    const r = root(run);
    if (!labelOfRoot[r]) {
      labelOfRoot[r] = found.length + 1;
      found.push({ area: 0, x0: width, y0: rows[run] as number, x1: -1, y1: 0 });
    }
    const label = labelOfRoot[r] as number;
    const start = starts[run] as number;
    const end = ends[run] as number;
    const row = (rows[run] as number) * width;
    labels.fill(label, row + start, row + end);
    const c = found[label - 1]!;
    c.area += end - start;
    if (start < c.x0) c.x0 = start;
    if (end - 1 > c.x1) c.x1 = end - 1;
    c.y1 = rows[run] as number;
  }
  const components: Component[] = [];
  found.forEach((c, k) => {
    if (c.area >= minArea) components.push({ label: k + 1, area: c.area, box: { x: c.x0, y: c.y0, width: c.x1 - c.x0 + 1, height: c.y1 - c.y0 + 1 } });
  });
  components.sort((p, q) => q.area - p.area);
  return { labels, components };
}

/** The bounding box of the set cells, or null when none is set. */
export function boundingBox({ width, height, data }: Mask): GridBox | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const first = data.indexOf(1, row);
    if (first < 0) break;
    if (first >= row + width) {
      y = Math.floor(first / width) - 1; // the next row with a set cell
      continue;
    }
    const last = data.lastIndexOf(1, row + width - 1);
    if (first - row < x0) x0 = first - row;
    if (last - row > x1) x1 = last - row;
    if (y < y0) y0 = y;
    y1 = y;
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** A grid box in image pixels. */
export function scaleBox(box: GridBox, step: number): GridBox {
  return { x: box.x * step, y: box.y * step, width: box.width * step, height: box.height * step };
}

/**
 * An outline polygon of a region, in image pixels: the leftmost set cell of every `rowStride`-th
 * row going down, then the rightmost going up. Exact for regions that are one run per row (a
 * silhouette, a torso); holes and side notches are bridged.
 */
export function rowSpanOutline(mask: Mask, step: number, rowStride = 4): Point[] {
  return spanOutline(mask, 1, step, rowStride);
}

/** `rowSpanOutline` of the cells the mask leaves out, without building the inverted mask. */
export function complementOutline(mask: Mask, step: number, rowStride = 4): Point[] {
  return spanOutline(mask, 0, step, rowStride);
}

function spanOutline({ width, height, data }: Mask, value: 0 | 1, step: number, rowStride: number): Point[] {
  const left: Point[] = [];
  const right: Point[] = [];
  for (let y = 0; y < height; y += rowStride) {
    const row = y * width;
    const first = data.indexOf(value, row);
    if (first < 0) break;
    if (first >= row + width) {
      y = Math.ceil(Math.floor(first / width) / rowStride) * rowStride - rowStride; // the next sampled row that can hold one
      continue;
    }
    const last = data.lastIndexOf(value, row + width - 1);
    left.push([(first - row) * step, y * step]);
    right.push([(last - row + 1) * step, y * step]);
  }
  return [...left, ...right.reverse()];
}
