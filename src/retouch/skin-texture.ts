import type { Box } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
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
  const skinValues = laplacianValues(rgb, skin, pitch);
  const eyeValues = laplacianValues(rgb, eyes, pitch);
  const skinLevel = median(skinValues);
  const eyeLevel = quantile(eyeValues, 0.9);
  return { skin: skinLevel, eyes: eyeLevel, ratio: skinLevel / eyeLevel, pitch };
}

/** |∇²Y| (4-neighbour) at every inner cell of each box's raster of `pitch`-block luma means. */
function laplacianValues(rgb: RgbImage, boxes: readonly Box[], pitch: number): Float32Array {
  const rasters = boxes.map((box) => lumaRaster(rgb, box, pitch));
  const out = new Float32Array(rasters.reduce((n, r) => n + Math.max(0, r.cols - 2) * Math.max(0, r.rows - 2), 0));
  let count = 0;
  for (const { cols, rows, luma } of rasters) {
    for (let y = 1; y < rows - 1; y++) {
      for (let x = 1; x < cols - 1; x++) {
        const i = y * cols + x;
        out[count++] = Math.abs(luma[i - 1]! + luma[i + 1]! + luma[i - cols]! + luma[i + cols]! - 4 * luma[i]!);
      }
    }
  }
  return out;
}

/** Rec. 601 luma averaged over `pitch`×`pitch` blocks of the part of `box` inside the image. */
function lumaRaster(rgb: RgbImage, box: Box, pitch: number): { cols: number; rows: number; luma: Float32Array } {
  const x0 = Math.max(0, Math.round(box.x));
  const y0 = Math.max(0, Math.round(box.y));
  const cols = Math.max(0, Math.floor((Math.min(rgb.width, Math.round(box.x + box.width)) - x0) / pitch));
  const rows = Math.max(0, Math.floor((Math.min(rgb.height, Math.round(box.y + box.height)) - y0) / pitch));
  const luma = new Float32Array(cols * rows);
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
  return { cols, rows, luma };
}
