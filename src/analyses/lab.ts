import { SRGB_TO_LINEAR, writeLinearToLab } from '../image/colour.js';
import type { RgbImage } from '../image/intake.js';
import { defineAnalysis } from './define.js';
import type { LabGrid } from './region-types.js';

/** About 120×160 cells for a 480×640 photo, whatever the photo's size. */
const TARGET_CELLS = 19_200;

export function gridStep(width: number, height: number): number {
  return Math.max(1, Math.round(Math.sqrt((width * height) / TARGET_CELLS)));
}

/**
 * Averages 2×2 pixels spread evenly over each block (all of it for step ≤ 2) in linear light,
 * the physically meaningful mean, then converts to CIELAB: enough to tame JPEG noise at a
 * quarter of the cost of reading every pixel.
 */
export function labGrid(image: RgbImage, step = gridStep(image.width, image.height)): LabGrid {
  const width = Math.floor(image.width / step);
  const height = Math.floor(image.height / step);
  const grid = { width, height, step, L: new Float32Array(width * height), a: new Float32Array(width * height), b: new Float32Array(width * height) };
  const { L, a, b } = grid;
  const near = step >> 2;
  const far = (3 * step) >> 2;
  const { data } = image;
  for (let gy = 0; gy < height; gy++) {
    const top = (gy * step + near) * image.width * 3;
    const bottom = (gy * step + far) * image.width * 3;
    for (let gx = 0; gx < width; gx++) {
      const i = gy * width + gx;
      const left = (gx * step + near) * 3;
      if (step === 1) {
        writeLinearToLab(SRGB_TO_LINEAR[data[top + left] as number] as number, SRGB_TO_LINEAR[data[top + left + 1] as number] as number, SRGB_TO_LINEAR[data[top + left + 2] as number] as number, L, a, b, i);
        continue;
      }
      const right = (gx * step + far) * 3;
      const p = top + left;
      const q = top + right;
      const s = bottom + left;
      const t = bottom + right;
      writeLinearToLab(meanOfFour(data, p, q, s, t), meanOfFour(data, p + 1, q + 1, s + 1, t + 1), meanOfFour(data, p + 2, q + 2, s + 2, t + 2), L, a, b, i);
    }
  }
  return grid;
}

/** The mean linear light of four 8-bit sRGB samples. */
function meanOfFour(data: Uint8Array, p: number, q: number, s: number, t: number): number {
  return ((SRGB_TO_LINEAR[data[p] as number] as number) + (SRGB_TO_LINEAR[data[q] as number] as number) + (SRGB_TO_LINEAR[data[s] as number] as number) + (SRGB_TO_LINEAR[data[t] as number] as number)) * 0.25;
}

export const lab = defineAnalysis({
  id: 'lab',
  needs: ['rgb'],
  models: [],
  compute: ({ rgb }) => labGrid(rgb),
});
