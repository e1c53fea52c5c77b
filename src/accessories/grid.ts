import type { Box, GreyMap } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { type ColourModel, YccSamples, cbOf, crOf, lumaOf, modelDistance } from './colour-model.js';
import { type RowSpans, insideSpans } from './polygon.js';

/**
 * A box of the image sampled every `stride` pixels: luma and a class per sample. The rules read
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

/** Outside the image, outside the person, or excluded (e.g. inside the face oval). */
export const PIXEL_IGNORED = 0;
export const PIXEL_SKIN = 1;
export const PIXEL_HAIR = 2;
export const PIXEL_OTHER = 3;

export interface ColourModels {
  readonly skin: ColourModel;
  /** Null when the photo shows no hair distinct from the skin (bald, shaved, cropped). */
  readonly hair: ColourModel | null;
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

/** A pixel within this many spreads of a model's centre is "like" that model. */
export const LIKE_DISTANCE = 3;

export function sampleGrid(rgb: RgbImage, box: Box, options: GridOptions): Grid {
  const { stride, models, mask, exclude = [], within } = options;
  const x0 = Math.round(box.x);
  const y0 = Math.round(box.y);
  const cols = Math.max(0, Math.floor(box.width / stride));
  const rows = Math.max(0, Math.floor(box.height / stride));
  const n = cols * rows;
  const grid: Grid = {
    x0, y0, stride, cols, rows,
    luma: new Float32Array(n), cb: new Float32Array(n), cr: new Float32Array(n), classes: new Uint8Array(n),
  };
  const { width, height, data } = rgb;
  for (let r = 0; r < rows; r++) {
    const y = y0 + r * stride;
    if (y < 0 || y >= height) continue;
    for (let c = 0; c < cols; c++) {
      const x = x0 + c * stride;
      if (x < 0 || x >= width) continue;
      const i = r * cols + c;
      const k = (y * width + x) * 3;
      const red = data[k]!;
      const green = data[k + 1]!;
      const blue = data[k + 2]!;
      const luma = lumaOf(red, green, blue);
      const cb = cbOf(red, green, blue);
      const cr = crOf(red, green, blue);
      grid.luma[i] = luma;
      grid.cb[i] = cb;
      grid.cr[i] = cr;
      if (mask && mask.data[y * mask.width + x]! < 128) continue;
      if (within && !insideSpans(within, x, y)) continue;
      if (exclude.some((spans) => insideSpans(spans, x, y))) continue;
      grid.classes[i] = models ? classify(models, luma, cb, cr) : PIXEL_OTHER;
    }
  }
  return grid;
}

export function classify(models: ColourModels, luma: number, cb: number, cr: number): number {
  const toSkin = modelDistance(models.skin, luma, cb, cr);
  const toHair = models.hair ? modelDistance(models.hair, luma, cb, cr) : Infinity;
  if (toSkin <= LIKE_DISTANCE && toSkin <= toHair) return PIXEL_SKIN;
  if (toHair <= LIKE_DISTANCE) return PIXEL_HAIR;
  return PIXEL_OTHER;
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
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < grid.classes.length; i++) counts[grid.classes[i]!]!++;
  const counted = counts[1]! + counts[2]! + counts[3]!;
  const share = (n: number): number => (counted > 0 ? n / counted : 0);
  return { counted, skin: share(counts[PIXEL_SKIN]!), hair: share(counts[PIXEL_HAIR]!), other: share(counts[PIXEL_OTHER]!) };
}

/** The counted samples of a grid as YCbCr samples (for fitting a colour model). */
export function gridSamples(grid: Grid): YccSamples {
  const samples = new YccSamples();
  for (let i = 0; i < grid.classes.length; i++) if (grid.classes[i] !== PIXEL_IGNORED) samples.push(grid.luma[i]!, grid.cb[i]!, grid.cr[i]!);
  return samples;
}

/** Sampling step that puts about `across` samples over the face width (1 for small faces). */
export function strideFor(faceWidth: number, across = 160): number {
  return Math.max(1, Math.round(faceWidth / across));
}
