import type { Box } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { scratchArray } from '../image/scratch.js';
import { median, quantile } from '../image/stats.js';

/**
 * Fine-detail energy of the face: the absolute Laplacian of luma on a raster whose pitch ties
 * the scale to the face (about `FACE_CELLS` cells across it), so a 2000-px portrait and a
 * 480-px one are measured alike. Skin keeps a floor of pore and hair texture that a beauty
 * filter or airbrushing removes while leaving the eyes (lashes, iris rim) sharp.
 */
export interface SkinTexture {
  /** Median |∇²Y| over the skin patches, luma levels. */
  readonly skin: number;
  /** 90th percentile of |∇²Y| around the eyes: the photo's own sharpness, luma levels. */
  readonly eyes: number;
  /** skin ÷ eyes. */
  readonly ratio: number;
  /** Raster pitch, image pixels per cell. */
  readonly pitch: number;
}

const FACE_CELLS = 200;

export function skinTexture(rgb: RgbImage, faceWidth: number, skin: readonly Box[], eyes: readonly Box[]): SkinTexture {
  const pitch = Math.max(1, Math.round(faceWidth / FACE_CELLS));
  const skinLevel = median(laplacianValues(rgb, skin, pitch));
  const eyeLevel = quantile(laplacianValues(rgb, eyes, pitch), 0.9);
  return { skin: skinLevel, eyes: eyeLevel, ratio: skinLevel / eyeLevel, pitch };
}

/** Working arrays of the values and of one box's raster: read before skinTexture returns, which never awaits. */
const laplacians = scratchArray((length) => new Float32Array(length));
const rasterLuma = scratchArray((length) => new Float32Array(length));

interface Raster {
  readonly x0: number;
  readonly y0: number;
  readonly cols: number;
  readonly rows: number;
}

/** |∇²Y| (4-neighbour) at every inner cell of each box's raster of `pitch`-block luma means, in working memory. */
function laplacianValues(rgb: RgbImage, boxes: readonly Box[], pitch: number): Float32Array {
  const rasters = boxes.map((box) => rasterOf(rgb, box, pitch));
  const out = laplacians(rasters.reduce((n, r) => n + Math.max(0, r.cols - 2) * Math.max(0, r.rows - 2), 0));
  let count = 0;
  for (const raster of rasters) {
    const { cols, rows } = raster;
    const luma = lumaMeans(rgb, raster, pitch);
    for (let y = 1; y < rows - 1; y++) {
      for (let x = 1; x < cols - 1; x++) {
        const i = y * cols + x;
        out[count++] = Math.abs(luma[i - 1]! + luma[i + 1]! + luma[i - cols]! + luma[i + cols]! - 4 * luma[i]!);
      }
    }
  }
  return out;
}

/** The raster of `pitch`×`pitch` blocks over the part of `box` inside the image. */
function rasterOf(rgb: RgbImage, box: Box, pitch: number): Raster {
  const x0 = Math.max(0, Math.round(box.x));
  const y0 = Math.max(0, Math.round(box.y));
  const cols = Math.max(0, Math.floor((Math.min(rgb.width, Math.round(box.x + box.width)) - x0) / pitch));
  const rows = Math.max(0, Math.floor((Math.min(rgb.height, Math.round(box.y + box.height)) - y0) / pitch));
  return { x0, y0, cols, rows };
}

/** Rec. 601 luma averaged over each block of the raster, in working memory (valid until the next call). */
function lumaMeans(rgb: RgbImage, { x0, y0, cols, rows }: Raster, pitch: number): Float32Array {
  const luma = rasterLuma(cols * rows).fill(0);
  for (let y = 0; y < rows * pitch; y++) {
    let p = ((y0 + y) * rgb.width + x0) * 3;
    const row = Math.floor(y / pitch) * cols;
    for (let x = 0; x < cols * pitch; x++, p += 3) {
      const i = row + Math.floor(x / pitch);
      luma[i] = luma[i]! + 0.299 * rgb.data[p]! + 0.587 * rgb.data[p + 1]! + 0.114 * rgb.data[p + 2]!;
    }
  }
  const cell = pitch * pitch;
  for (let i = 0; i < luma.length; i++) luma[i] = luma[i]! / cell;
  return luma;
}
