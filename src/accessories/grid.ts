import type { Box, GreyMap } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { YccSamples, cbOf, crOf, lumaOf } from './colour-model.js';
import { type ColourModels, PIXEL_HAIR, PIXEL_IGNORED, PIXEL_OTHER, PIXEL_SKIN, classifierFor } from './pixel-classes.js';
import { type RowSpans, insideSpans } from './polygon.js';

/**
 * A box of the image sampled every `stride` pixels: a class per sample, and the colour of the
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
  readonly cb: Float32Array;
  readonly cr: Float32Array;
  /** One of the PIXEL_* classes. */
  readonly classes: Uint8Array;
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

export function sampleGrid(rgb: RgbImage, box: Box, options: GridOptions): Grid {
  const { stride, models, mask, exclude = [], within } = options;
  const x0 = Math.round(box.x);
  const y0 = Math.round(box.y);
  const cols = Math.max(0, Math.floor(box.width / stride));
  const rows = Math.max(0, Math.floor(box.height / stride));
  const n = cols * rows;
  const luma = new Float32Array(n);
  const cb = new Float32Array(n);
  const cr = new Float32Array(n);
  const classes = new Uint8Array(n);
  const { width, height, data } = rgb;
  const classifier = models ? classifierFor(models) : null;
  // The columns whose samples fall inside the image.
  const firstCol = Math.max(0, Math.ceil(-x0 / stride));
  const endCol = Math.min(cols, Math.ceil((width - x0) / stride));
  for (let r = 0; r < rows; r++) {
    const y = y0 + r * stride;
    if (y < 0 || y >= height) continue;
    let from = firstCol;
    let end = endCol;
    if (within) {
      // Only the columns around this row's span can count: visit those (the exact test stays below).
      const span = y - within.top;
      if (span < 0 || span >= within.from.length) continue;
      from = Math.max(from, Math.floor((within.from[span]! - x0) / stride));
      end = Math.min(end, Math.ceil((within.to[span]! - x0) / stride) + 1);
    }
    for (let c = from, i = r * cols + from, x = x0 + from * stride; c < end; c++, i++, x += stride) {
      if (mask && mask.data[y * mask.width + x]! < 128) continue;
      if (within && !insideSpans(within, x, y)) continue;
      if (insideAny(exclude, x, y)) continue;
      const k = (y * width + x) * 3;
      const red = data[k]!;
      const green = data[k + 1]!;
      const blue = data[k + 2]!;
      luma[i] = lumaOf(red, green, blue);
      cb[i] = cbOf(red, green, blue);
      cr[i] = crOf(red, green, blue);
      classes[i] = classifier ? classifier.classOf(red, green, blue) : PIXEL_OTHER;
    }
  }
  return { x0, y0, stride, cols, rows, luma, cb, cr, classes };
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
  const counts = new Uint32Array(4);
  for (let i = 0; i < grid.classes.length; i++) counts[grid.classes[i]!]!++;
  const counted = counts[PIXEL_SKIN]! + counts[PIXEL_HAIR]! + counts[PIXEL_OTHER]!;
  const share = (n: number): number => (counted > 0 ? n / counted : 0);
  return { counted, skin: share(counts[PIXEL_SKIN]!), hair: share(counts[PIXEL_HAIR]!), other: share(counts[PIXEL_OTHER]!) };
}

/** The counted samples of a grid as YCbCr samples (for fitting a colour model), optionally leaving one class out. */
export function gridSamples(grid: Grid, without: number = PIXEL_IGNORED): YccSamples {
  const kept = (cls: number | undefined): boolean => cls !== PIXEL_IGNORED && cls !== without;
  let count = 0;
  for (let i = 0; i < grid.classes.length; i++) if (kept(grid.classes[i])) count++;
  const samples = new YccSamples(count);
  for (let i = 0; i < grid.classes.length; i++) {
    if (kept(grid.classes[i])) samples.push(grid.luma[i]!, grid.cb[i]!, grid.cr[i]!);
  }
  return samples;
}

/** Sampling step that puts about `across` samples over the face width (1 for small faces). */
export function strideFor(faceWidth: number, across = 160): number {
  return Math.max(1, Math.round(faceWidth / across));
}
