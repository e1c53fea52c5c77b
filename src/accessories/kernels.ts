import { type Grid } from './grid.js';
import { PIXEL_IGNORED } from './pixel-classes.js';
import { scratchArray } from '../image/scratch.js';
import { selectInPlace } from '../image/stats.js';

/** Small measurements on a sampled grid, shared by the accessory features. */

/** Working arrays of the measurements below, none of which awaits or keeps them. */
const meansOfRows = scratchArray((length) => new Float32Array(length));
const rowStrengths = scratchArray((length) => new Float32Array(length));
const rowSteps = scratchArray((length) => new Float32Array(length));
const quantileValues = scratchArray((length) => new Float32Array(length));

export interface Ridge {
  /** How far the strongest line stands out from the grid's own texture (luma units). */
  readonly strength: number;
  /** The grid row it runs along. */
  readonly row: number;
}

/**
 * The strongest thin horizontal line across a grid, and how far it stands out from the grid's
 * own texture: the line strength (lineStrengths) of the profile of row means, the strongest
 * row's minus the median row's.
 * A frame's rim or bridge is one such line on plain skin; wrinkles, knitwear or glitter put
 * lines in every row, and shading in none.
 */
export function horizontalRidge(grid: Grid, maxReach: number): Ridge {
  const { rows } = grid;
  const strength = lineStrengths(rowMeans(grid), rows, maxReach, rowStrengths(rows));
  if (rows === 0) return { strength: 0, row: 0 };
  let row = 0;
  for (let r = 1; r < rows; r++) if (strength[r]! > strength[row]!) row = r;
  const strongest = strength[row]!;
  return { strength: strongest - selectInPlace(strength, Math.floor(rows / 2)), row };
}

/**
 * The strength of a thin line at each of the first `length` points of a brightness profile,
 * written to `out`: how far the point departs from the points `reach` before and after it, on
 * the same side both ways (so a step scores nothing), at its best reach in 1..maxReach.
 */
export function lineStrengths(profile: ArrayLike<number>, length: number, maxReach: number, out: Float32Array): Float32Array {
  out.fill(0, 0, length);
  for (let reach = 1; reach <= maxReach; reach++) {
    for (let i = reach; i < length - reach; i++) {
      const before = profile[i]! - profile[i - reach]!;
      const after = profile[i]! - profile[i + reach]!;
      if (before * after > 0) out[i] = Math.max(out[i]!, Math.min(Math.abs(before), Math.abs(after)));
    }
  }
  return out;
}

/**
 * The steepest change of row brightness over `span` rows, up or down, minus the median change
 * (the grid's own texture). A frame's edge is sharp; shading across the face changes as much,
 * but over many rows.
 */
export function steepestStep(grid: Grid, span: number): number {
  const means = rowMeans(grid);
  const steps = rowSteps(Math.max(0, means.length - span));
  let steepest = 0;
  for (let r = 0; r < steps.length; r++) {
    steps[r] = Math.abs(means[r + span]! - means[r]!);
    steepest = Math.max(steepest, steps[r]!);
  }
  return steps.length > 0 ? steepest - selectInPlace(steps, Math.floor(steps.length / 2)) : 0;
}

/** The mean luma of each grid row (ignored samples read zero, like the grid's). */
function rowMeans(grid: Grid): Float32Array {
  const { cols, rows, luma } = grid;
  const means = meansOfRows(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += luma[r * cols + c]!;
    means[r] = cols > 0 ? sum / cols : 0;
  }
  return means;
}

/** The p-quantile (0–1) of the luma of the grid's counted samples; NaN when none. */
export function lumaQuantile(grid: Grid, p: number): number {
  const { classes, luma } = grid;
  const values = quantileValues(classes.length);
  let n = 0;
  for (let i = 0; i < classes.length; i++) if (classes[i] !== PIXEL_IGNORED) values[n++] = luma[i]!;
  if (n === 0) return NaN;
  return selectInPlace(values.subarray(0, n), Math.min(n - 1, Math.floor(p * n)));
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

/**
 * Scratch of largestBlob (which never awaits), grown as grids require: the flags not yet
 * visited, and a stack of cell indices with their rows (so a cell's column needs no division).
 */
const unvisited = scratchArray((length) => new Uint8Array(length));
const stack = scratchArray((length) => new Int32Array(length));
const stackRow = scratchArray((length) => new Int32Array(length));

/** The largest 4-connected group of flagged cells (flags: 1 = set), or null when none is set. */
export function largestBlob(flags: Uint8Array, cols: number, rows: number): Blob | null {
  const left = unvisited(flags.length);
  const cells = stack(flags.length);
  const cellRows = stackRow(flags.length);
  left.set(flags);
  let best: Blob | null = null;
  for (let start = 0; start < flags.length; start++) {
    if (!left[start]) continue;
    left[start] = 0;
    cells[0] = start;
    cellRows[0] = Math.floor(start / cols);
    let top = 1;
    let size = 0;
    let col0 = cols;
    let row0 = rows;
    let col1 = -1;
    let row1 = -1;
    while (top > 0) {
      const i = cells[--top]!;
      const r = cellRows[top]!;
      const c = i - r * cols;
      size++;
      if (c < col0) col0 = c;
      if (c > col1) col1 = c;
      if (r < row0) row0 = r;
      if (r > row1) row1 = r;
      // Each flagged neighbour is cleared when pushed, so it is pushed once.
      if (c > 0 && left[i - 1]) (left[i - 1] = 0), (cellRows[top] = r), (cells[top++] = i - 1);
      if (c < cols - 1 && left[i + 1]) (left[i + 1] = 0), (cellRows[top] = r), (cells[top++] = i + 1);
      if (r > 0 && left[i - cols]) (left[i - cols] = 0), (cellRows[top] = r - 1), (cells[top++] = i - cols);
      if (r < rows - 1 && left[i + cols]) (left[i + cols] = 0), (cellRows[top] = r + 1), (cells[top++] = i + cols);
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
