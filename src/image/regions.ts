import type { Point } from '../verdict.js';

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

/**
 * Samples a 0–255 map (e.g. a person mask) onto a grid of `step`×`step` blocks: a block is set
 * when the map at its centre is at least `threshold` (the maps are smooth at this scale).
 */
export function maskFromMap(map: { width: number; height: number; data: Uint8Array }, step: number, threshold = 128): Mask {
  const width = Math.floor(map.width / step);
  const height = Math.floor(map.height / step);
  const data = new Uint8Array(width * height);
  const half = step >> 1;
  for (let gy = 0; gy < height; gy++) {
    const row = (gy * step + half) * map.width + half;
    for (let gx = 0; gx < width; gx++) data[gy * width + gx] = (map.data[row + gx * step] as number) >= threshold ? 1 : 0;
  }
  return { width, height, data };
}

export function invertMask(mask: Mask): Mask {
  const data = new Uint8Array(mask.data.length);
  for (let i = 0; i < data.length; i++) data[i] = mask.data[i] ? 0 : 1;
  return { width: mask.width, height: mask.height, data };
}

export function countSet(mask: Mask): number {
  let count = 0;
  for (let i = 0; i < mask.data.length; i++) count += mask.data[i] as number;
  return count;
}

/**
 * Distance in grid cells from each cell to the nearest set cell (0 on set cells; Infinity when
 * none is set). Two-pass 3-4 chamfer: within 8 % of the Euclidean distance.
 */
export function distanceTransform(mask: Mask): Float32Array {
  const { width, height, data } = mask;
  // Chamfer steps of 3 and 4 (thirds of a cell) on a frame one cell wider all round that is never
  // reached, so no neighbour needs a bounds test.
  const far = 1e9;
  const stride = width + 2;
  const d = new Int32Array(stride * (height + 2)).fill(far);
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = (y + 1) * stride + 1, j = y * width; x < width; x++, i++, j++) if (data[j]) d[i] = 0;
  }
  // Forward pass from the left, upper-left, upper and upper-right neighbours; backward mirrors it.
  for (let y = 1; y <= height; y++) {
    for (let i = y * stride + 1, end = i + width; i < end; i++) d[i] = chamferStep(d, i, -1, -stride);
  }
  for (let y = height; y >= 1; y--) {
    for (let i = y * stride + width, end = y * stride; i > end; i--) d[i] = chamferStep(d, i, 1, stride);
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = (y + 1) * stride + 1, j = y * width; x < width; x++, i++, j++) {
      const v = d[i] as number;
      out[j] = v >= far ? Infinity : v / 3;
    }
  }
  return out;
}

/** The chamfer distance at `i` given its neighbours `across` and `along` (the row before or after) already final. */
function chamferStep(d: Int32Array, i: number, across: number, along: number): number {
  let v = d[i] as number;
  if (v === 0) return 0;
  let c = (d[i + across] as number) + 3;
  if (c < v) v = c;
  c = (d[i + along] as number) + 3;
  if (c < v) v = c;
  c = (d[i + along - 1] as number) + 4;
  if (c < v) v = c;
  c = (d[i + along + 1] as number) + 4;
  return c < v ? c : v;
}

/** The part of `mask` inside `box` (which must lie within it), as a mask of the box's size. */
export function cropMask(mask: Mask, box: GridBox): Mask {
  const data = new Uint8Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) {
    const from = (box.y + y) * mask.width + box.x;
    data.set(mask.data.subarray(from, from + box.width), y * box.width);
  }
  return { width: box.width, height: box.height, data };
}

/** The cells within `rx` columns and `ry` rows of a set cell: dilation by a (2rx+1)×(2ry+1) box. */
export function dilate(mask: Mask, rx: number, ry: number): Mask {
  const { width, height, data } = mask;
  const across = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    if (!data[i]) continue;
    const row = i - (i % width);
    across.fill(1, Math.max(row, i - rx), Math.min(row + width, i + rx + 1));
  }
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    if (!across[i]) continue;
    const y = Math.floor(i / width);
    for (let ny = Math.max(0, y - ry), j = i + (ny - y) * width; ny <= Math.min(height - 1, y + ry); ny++, j += width) out[j] = 1;
  }
  return { width, height, data: out };
}

export function unionMask(a: Mask, b: Mask): Mask {
  const data = new Uint8Array(a.data.length);
  for (let i = 0; i < data.length; i++) data[i] = (a.data[i] as number) | (b.data[i] as number);
  return { width: a.width, height: a.height, data };
}

/** 8-connected components of the set cells, largest first, those smaller than `minArea` dropped. */
export function labelComponents(mask: Mask, minArea = 1): { labels: Int32Array; components: Component[] } {
  const { width, height, data } = mask;
  const labels = new Int32Array(width * height);
  const queue = new Int32Array(width * height);
  const components: Component[] = [];
  let next = 0;
  for (let start = 0; start < data.length; start++) {
    if (!data[start] || labels[start]) continue;
    const label = ++next;
    labels[start] = label;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    while (head < tail) {
      const i = queue[head++] as number;
      const x = i % width;
      const y = (i - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
        for (let nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
          const j = ny * width + nx;
          if (data[j] && !labels[j]) {
            labels[j] = label;
            queue[tail++] = j;
          }
        }
      }
    }
    if (tail >= minArea) components.push({ label, area: tail, box: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 } });
  }
  components.sort((p, q) => q.area - p.area);
  return { labels, components };
}

/** The bounding box of the set cells, or null when none is set. */
export function boundingBox(mask: Mask): GridBox | null {
  let x0 = mask.width;
  let y0 = mask.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if (!mask.data[y * mask.width + x]) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
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
  const left: Point[] = [];
  const right: Point[] = [];
  for (let y = 0; y < mask.height; y += rowStride) {
    const row = mask.data.subarray(y * mask.width, (y + 1) * mask.width);
    const first = row.indexOf(1);
    if (first < 0) continue;
    const last = row.lastIndexOf(1);
    left.push([first * step, y * step]);
    right.push([(last + 1) * step, y * step]);
  }
  return [...left, ...right.reverse()];
}
