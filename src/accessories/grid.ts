import type { Box, GreyMap } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { type YccSamples, cbOf, crOf, lumaOf } from './colour-model.js';
import { type ColourModels, PIXEL_HAIR, PIXEL_IGNORED, PIXEL_OTHER, PIXEL_SKIN, classifierFor } from './pixel-classes.js';
import { type RowSpans, insideSpans } from './polygon.js';
import { scratchArray } from '../image/scratch.js';

/**
 * A box of the image sampled every `stride` pixels: a class per sample, and the luma of the
 * counted (not ignored) samples; ignored ones read zero, as nothing reads them. The rules read
 * these small grids instead of the full image, which keeps them to a few hundred microseconds.
 */
export interface Grid {
  readonly x0: number;
  readonly y0: number;
  readonly stride: number;
  readonly cols: number;
  readonly rows: number;
  readonly luma: Float32Array;
  /** One of the PIXEL_* classes. */
  readonly classes: Uint8Array;
}

/** A grid with the chroma of its samples too (for fitting colour models and judging hue). */
export interface ColourGrid extends Grid {
  readonly cb: Float32Array;
  readonly cr: Float32Array;
}

export interface GridOptions {
  readonly stride: number;
  readonly models?: ColourModels;
  /** Only pixels where the person mask is at least 128 count. */
  readonly mask?: GreyMap;
  /** Pixels inside these spans are ignored. */
  readonly exclude?: readonly RowSpans[];
  /** Only pixels inside these spans count. */
  readonly within?: RowSpans;
}

/** The grid of `box` with the chroma of its samples, in arrays of its own (for a grid kept in an analysis's result). */
export function sampleColourGrid(rgb: RgbImage, box: Box, options: GridOptions): ColourGrid {
  const { x0, y0, stride, cols, rows } = gridLayout(box, options.stride);
  const n = cols * rows;
  const grid = { x0, y0, stride, cols, rows, luma: new Float32Array(n), classes: new Uint8Array(n), cb: new Float32Array(n), cr: new Float32Array(n) };
  fillGrid(rgb, grid, options, grid);
  return grid;
}

/** Working arrays of the grids being measured. */
interface GridMemory {
  readonly luma: (length: number) => Float32Array;
  readonly classes: (length: number) => Uint8Array;
  readonly cb: (length: number) => Float32Array;
  readonly cr: (length: number) => Float32Array;
}

/** One memory per depth of measuring: a grid measured while another is takes the next. */
const memories: GridMemory[] = [];
let depth = 0;

function memoryHere(): GridMemory {
  return (memories[depth] ??= {
    luma: scratchArray((length) => new Float32Array(length)),
    classes: scratchArray((length) => new Uint8Array(length)),
    cb: scratchArray((length) => new Float32Array(length)),
    cr: scratchArray((length) => new Float32Array(length)),
  });
}

/**
 * What `measure` reads from the grid of `box`. The grid is in working memory, so no arrays are
 * made per grid: it is valid only while `measure` runs, which must neither keep it nor await.
 */
export function measureGrid<T>(rgb: RgbImage, box: Box, options: GridOptions, measure: (grid: Grid) => T): T {
  const { x0, y0, stride, cols, rows } = gridLayout(box, options.stride);
  const n = cols * rows;
  const memory = memoryHere();
  const grid = { x0, y0, stride, cols, rows, luma: memory.luma(n).fill(0), classes: memory.classes(n).fill(0) };
  fillGrid(rgb, grid, options, null);
  return measuring(grid, measure);
}

/** `measureGrid` with the chroma of the samples. */
export function measureColourGrid<T>(rgb: RgbImage, box: Box, options: GridOptions, measure: (grid: ColourGrid) => T): T {
  const { x0, y0, stride, cols, rows } = gridLayout(box, options.stride);
  const n = cols * rows;
  const memory = memoryHere();
  const grid = { x0, y0, stride, cols, rows, luma: memory.luma(n).fill(0), classes: memory.classes(n).fill(0), cb: memory.cb(n).fill(0), cr: memory.cr(n).fill(0) };
  fillGrid(rgb, grid, options, grid);
  return measuring(grid, measure);
}

function measuring<G extends Grid, T>(grid: G, measure: (grid: G) => T): T {
  depth++;
  try {
    return measure(grid);
  } finally {
    depth--;
  }
}

/** Classifies the counted samples of `grid` and stores their luma, and their chroma in `chroma` when given. */
function fillGrid(rgb: RgbImage, grid: Grid, options: GridOptions, chroma: { readonly cb: Float32Array; readonly cr: Float32Array } | null): void {
  const { x0, y0, stride, cols, rows, luma, classes } = grid;
  const cb = chroma?.cb;
  const cr = chroma?.cr;
  const { width, data } = rgb;
  const { models, mask, within, exclude } = options;
  const classifier = models ? classifierFor(models) : null;
  const columns = { from: 0, end: 0 };
  for (let r = 0; r < rows; r++) {
    const y = y0 + r * stride;
    if (!rowColumns(rgb, x0, stride, cols, y, within, columns)) continue;
    const { from, end } = columns;
    for (let c = from, i = r * cols + c, x = x0 + c * stride; c < end; c++, i++, x += stride) {
      if (!isCounted(x, y, mask, within, exclude)) continue;
      const k = (y * width + x) * 3;
      const red = data[k]!;
      const green = data[k + 1]!;
      const blue = data[k + 2]!;
      luma[i] = lumaOf(red, green, blue);
      if (cb && cr) {
        cb[i] = cbOf(red, green, blue);
        cr[i] = crOf(red, green, blue);
      }
      classes[i] = classifier ? classifier.classOf(red, green, blue) : PIXEL_OTHER;
    }
  }
}

/** How many samples of a grid fall in each class. */
export interface ClassCounts {
  /** All cells of the grid, ignored ones included. */
  readonly cells: number;
  /** Samples that were not ignored. */
  readonly counted: number;
  readonly skin: number;
  readonly hair: number;
  readonly other: number;
}

/** The class counts of the grid measureGrid would take, without keeping its samples (for rules that need only the counts). */
export function sampleCounts(rgb: RgbImage, box: Box, options: GridOptions & { readonly models: ColourModels }): ClassCounts {
  const { x0, y0, stride, cols, rows } = gridLayout(box, options.stride);
  const { width, data } = rgb;
  const { models, mask, within, exclude } = options;
  const classifier = classifierFor(models);
  const byClass = classTally();
  const columns = { from: 0, end: 0 };
  for (let r = 0; r < rows; r++) {
    const y = y0 + r * stride;
    if (!rowColumns(rgb, x0, stride, cols, y, within, columns)) continue;
    const { from, end } = columns;
    for (let c = from, x = x0 + c * stride; c < end; c++, x += stride) {
      if (!isCounted(x, y, mask, within, exclude)) continue;
      const k = (y * width + x) * 3;
      byClass[classifier.classOf(data[k]!, data[k + 1]!, data[k + 2]!)]!++;
    }
  }
  return countsOf(byClass, cols * rows);
}

/** `classShares` of the grid measureGrid would take, without keeping its samples. */
export function sampleShares(rgb: RgbImage, box: Box, options: GridOptions & { readonly models: ColourModels }): ClassShares {
  return sharesOf(sampleCounts(rgb, box, options));
}

function gridLayout(box: Box, stride: number): { x0: number; y0: number; stride: number; cols: number; rows: number } {
  return {
    x0: Math.round(box.x),
    y0: Math.round(box.y),
    stride,
    cols: Math.max(0, Math.floor(box.width / stride)),
    rows: Math.max(0, Math.floor(box.height / stride)),
  };
}

/**
 * The columns [from, end) of the grid row at image row `y` worth visiting, written to `out`:
 * those inside the image and, with `within`, around its span there. False when none are.
 */
function rowColumns(rgb: RgbImage, x0: number, stride: number, cols: number, y: number, within: RowSpans | undefined, out: { from: number; end: number }): boolean {
  if (y < 0 || y >= rgb.height) return false;
  let from = Math.max(0, Math.ceil(-x0 / stride));
  let end = Math.min(cols, Math.ceil((rgb.width - x0) / stride));
  if (within) {
    // Only the columns around this row's span can count (the exact test is in `isCounted`).
    const span = y - within.top;
    if (span < 0 || span >= within.from.length) return false;
    from = Math.max(from, Math.floor((within.from[span]! - x0) / stride));
    end = Math.min(end, Math.ceil((within.to[span]! - x0) / stride) + 1);
  }
  out.from = from;
  out.end = end;
  return true;
}

/** Whether the sample at pixel (x, y), inside the image, counts: inside the mask and `within`, outside `exclude` (see GridOptions). */
function isCounted(x: number, y: number, mask: GreyMap | undefined, within: RowSpans | undefined, exclude: readonly RowSpans[] | undefined): boolean {
  if (mask && mask.data[y * mask.width + x]! < 128) return false;
  if (within && !insideSpans(within, x, y)) return false;
  return !exclude || !insideAny(exclude, x, y);
}

function insideAny(spans: readonly RowSpans[], x: number, y: number): boolean {
  for (let s = 0; s < spans.length; s++) if (insideSpans(spans[s]!, x, y)) return true;
  return false;
}

export interface ClassShares {
  /** Samples that were not ignored. */
  readonly counted: number;
  readonly skin: number;
  readonly hair: number;
  readonly other: number;
}

/** The share of each class among the counted (not ignored) samples; zeros when none counted. */
export function classShares(grid: Grid): ClassShares {
  const counts = classTally();
  for (let i = 0; i < grid.classes.length; i++) counts[grid.classes[i]!]!++;
  return sharesOf(countsOf(counts, grid.classes.length));
}

/** Counts by class (indexed by PIXEL_*), zeroed: one working buffer, as no count awaits. */
const tally = new Uint32Array(4);

function classTally(): Uint32Array {
  return tally.fill(0);
}

/** Counts by class (indexed by PIXEL_*) as ClassCounts. */
function countsOf(byClass: Uint32Array, cells: number): ClassCounts {
  const skin = byClass[PIXEL_SKIN]!;
  const hair = byClass[PIXEL_HAIR]!;
  const other = byClass[PIXEL_OTHER]!;
  return { cells, counted: skin + hair + other, skin, hair, other };
}

/** The share of each class among the counted samples; zeros when none counted. */
export function sharesOf(counts: ClassCounts): ClassShares {
  const { counted } = counts;
  const share = (n: number): number => (counted > 0 ? n / counted : 0);
  return { counted, skin: share(counts.skin), hair: share(counts.hair), other: share(counts.other) };
}

/** Adds the counted samples of a grid to `samples` (for fitting a colour model), optionally leaving one class out. */
export function addGridSamples(samples: YccSamples, grid: ColourGrid, without: number = PIXEL_IGNORED): void {
  for (let i = 0; i < grid.classes.length; i++) {
    const cls = grid.classes[i];
    if (cls !== PIXEL_IGNORED && cls !== without) samples.push(grid.luma[i]!, grid.cb[i]!, grid.cr[i]!);
  }
}

/** Sampling step that puts about `across` samples over the face width (1 for small faces). */
export function strideFor(faceWidth: number, across = 160): number {
  return Math.max(1, Math.round(faceWidth / across));
}
