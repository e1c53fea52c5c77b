import { type Grid, PIXEL_IGNORED } from './grid.js';

/** Small measurements on a sampled grid, shared by the accessory features. */

/**
 * The strongest straight horizontal edge across a grid: for each row, the mean over the columns
 * of the vertical luma step (row below minus row above); the largest magnitude. A frame's rim
 * or bridge runs across the whole box and scores high; skin shading and pores average out.
 */
export function horizontalEdge(grid: Grid): number {
  const { cols, rows, luma } = grid;
  let best = 0;
  for (let r = 1; r < rows - 1; r++) {
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += luma[(r + 1) * cols + c]! - luma[(r - 1) * cols + c]!;
    best = Math.max(best, Math.abs(sum / cols) / 2);
  }
  return best;
}

/** The p-quantile (0–1) of the luma of the grid's counted samples; NaN when none. */
export function lumaQuantile(grid: Grid, p: number): number {
  const values: number[] = [];
  for (let i = 0; i < grid.classes.length; i++) if (grid.classes[i] !== PIXEL_IGNORED) values.push(grid.luma[i]!);
  if (values.length === 0) return NaN;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(p * values.length))]!;
}

/** Share of counted samples whose luma is at least `min`. */
export function shareBrighter(grid: Grid, min: number): number {
  let counted = 0;
  let bright = 0;
  for (let i = 0; i < grid.classes.length; i++) {
    if (grid.classes[i] === PIXEL_IGNORED) continue;
    counted++;
    if (grid.luma[i]! >= min) bright++;
  }
  return counted > 0 ? bright / counted : 0;
}

export interface Blob {
  /** Samples in the blob. */
  readonly size: number;
  /** Its bounding box in grid cells. */
  readonly col0: number;
  readonly row0: number;
  readonly col1: number;
  readonly row1: number;
}

/** The largest 4-connected group of flagged cells (flags: 1 = set), or null when none is set. */
export function largestBlob(flags: Uint8Array, cols: number, rows: number): Blob | null {
  const label = new Int32Array(flags.length);
  const stack = new Int32Array(flags.length);
  let best: Blob | null = null;
  let next = 0;
  const push = (j: number, top: number): number => {
    if (!flags[j] || label[j]) return top;
    label[j] = next;
    stack[top] = j;
    return top + 1;
  };
  for (let start = 0; start < flags.length; start++) {
    if (!flags[start] || label[start]) continue;
    next++;
    let top = push(start, 0);
    let size = 0;
    let col0 = cols;
    let row0 = rows;
    let col1 = -1;
    let row1 = -1;
    while (top > 0) {
      const i = stack[--top]!;
      const c = i % cols;
      const r = (i - c) / cols;
      size++;
      col0 = Math.min(col0, c);
      col1 = Math.max(col1, c);
      row0 = Math.min(row0, r);
      row1 = Math.max(row1, r);
      if (c > 0) top = push(i - 1, top);
      if (c < cols - 1) top = push(i + 1, top);
      if (r > 0) top = push(i - cols, top);
      if (r < rows - 1) top = push(i + cols, top);
    }
    if (!best || size > best.size) best = { size, col0, row0, col1, row1 };
  }
  return best;
}

/** A blob's bounding box in image pixels. */
export function blobBox(grid: Grid, blob: Blob): { x: number; y: number; width: number; height: number } {
  return {
    x: grid.x0 + blob.col0 * grid.stride,
    y: grid.y0 + blob.row0 * grid.stride,
    width: (blob.col1 - blob.col0 + 1) * grid.stride,
    height: (blob.row1 - blob.row0 + 1) * grid.stride,
  };
}
