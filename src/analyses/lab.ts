import { SRGB_TO_LINEAR, linearToLab } from '../image/colour.js';
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
  const L = new Float32Array(width * height);
  const a = new Float32Array(width * height);
  const b = new Float32Array(width * height);
  const taps = Math.min(step, 2);
  const offsets = taps === 1 ? [0] : [Math.floor(step / 4), Math.floor((3 * step) / 4)];
  const samples = taps * taps;
  for (let gy = 0; gy < height; gy++) {
    for (let gx = 0; gx < width; gx++) {
      let r = 0;
      let g = 0;
      let bl = 0;
      for (const oy of offsets) {
        for (const ox of offsets) {
          const p = ((gy * step + oy) * image.width + gx * step + ox) * 3;
          r += SRGB_TO_LINEAR[image.data[p] as number] as number;
          g += SRGB_TO_LINEAR[image.data[p + 1] as number] as number;
          bl += SRGB_TO_LINEAR[image.data[p + 2] as number] as number;
        }
      }
      const [l, aa, bb] = linearToLab(r / samples, g / samples, bl / samples);
      const i = gy * width + gx;
      L[i] = l;
      a[i] = aa;
      b[i] = bb;
    }
  }
  return { width, height, step, L, a, b };
}

export const lab = defineAnalysis({
  id: 'lab',
  needs: ['rgb'],
  models: [],
  compute: ({ rgb }) => labGrid(rgb),
});
