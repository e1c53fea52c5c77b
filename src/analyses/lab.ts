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
  const offsets = step === 1 ? [0] : [step >> 2, (3 * step) >> 2];
  const taps = Int32Array.from(offsets.flatMap((oy) => offsets.map((ox) => (oy * image.width + ox) * 3)));
  const scale = 1 / taps.length;
  const { data } = image;
  for (let gy = 0; gy < height; gy++) {
    for (let gx = 0; gx < width; gx++) {
      const block = (gy * image.width + gx) * step * 3;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let t = 0; t < taps.length; t++) {
        const p = block + (taps[t] as number);
        r += SRGB_TO_LINEAR[data[p] as number] as number;
        g += SRGB_TO_LINEAR[data[p + 1] as number] as number;
        b += SRGB_TO_LINEAR[data[p + 2] as number] as number;
      }
      writeLinearToLab(r * scale, g * scale, b * scale, grid, gy * width + gx);
    }
  }
  return grid;
}

export const lab = defineAnalysis({
  id: 'lab',
  needs: ['rgb'],
  models: [],
  compute: ({ rgb }) => labGrid(rgb),
});
