import { SRGB_TO_LINEAR, hypot, writeLinearToLab } from './colour.js';
import type { RgbImage } from './intake.js';
import { quantileInPlace } from './stats.js';
import type { GridBox, Mask } from './regions.js';
import { scratchArray } from './scratch.js';

/**
 * How patterned a region is: the colour contrast of each small patch of it against its
 * immediate surroundings. Folds and shading change slowly, so they barely differ from a local
 * mean; prints, checks and stripes do, in lightness or in hue.
 */

/** CIELAB of a region's box at a coarse pitch; `inside` marks the cells of the region. */
export interface LabPatch {
  readonly width: number;
  readonly height: number;
  readonly L: Float32Array;
  readonly a: Float32Array;
  readonly b: Float32Array;
  readonly inside: Uint8Array;
}

const patchL = scratchArray((length) => new Float32Array(length));
const patchA = scratchArray((length) => new Float32Array(length));
const patchB = scratchArray((length) => new Float32Array(length));
const patchInside = scratchArray((length) => new Uint8Array(length));

/**
 * `box` averaged over `pitch`×`pitch` pixel blocks in linear light, then converted to CIELAB;
 * a cell is inside when the region `mask` (on a grid of `maskStep` pixels) covers its centre.
 * Only the inside cells are read, and only theirs are written: the planes are working buffers,
 * valid until the next call.
 */
export function labPatch(image: RgbImage, box: GridBox, pitch: number, mask: Mask, maskStep: number): LabPatch {
  const width = Math.floor(box.width / pitch);
  const height = Math.floor(box.height / pitch);
  const cells = width * height;
  const patch = { width, height, L: patchL(cells), a: patchA(cells), b: patchB(cells), inside: patchInside(cells).fill(0) };
  const { L, a, b: planeB, inside } = patch;
  const { data } = image;
  const scale = 1 / (pitch * pitch);
  for (let py = 0; py < height; py++) {
    const gy = Math.floor((box.y + (py + 0.5) * pitch) / maskStep);
    for (let px = 0; px < width; px++) {
      const gx = Math.floor((box.x + (px + 0.5) * pitch) / maskStep);
      if (gy >= mask.height || gx >= mask.width || !mask.data[gy * mask.width + gx]) continue;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < pitch; dy++) {
        let p = ((box.y + py * pitch + dy) * image.width + box.x + px * pitch) * 3;
        for (let dx = 0; dx < pitch; dx++, p += 3) {
          r += SRGB_TO_LINEAR[data[p] as number] as number;
          g += SRGB_TO_LINEAR[data[p + 1] as number] as number;
          b += SRGB_TO_LINEAR[data[p + 2] as number] as number;
        }
      }
      const i = py * width + px;
      inside[i] = 1;
      writeLinearToLab(r * scale, g * scale, b * scale, L, a, planeB, i);
    }
  }
  return patch;
}

const tables = scratchArray((length) => new Float64Array(length));
const contrastsOf = scratchArray((length) => new Float64Array(length));

/**
 * Summed-area tables of the inside cells' L*, a*, b* and count, (width+1)×(height+1), built in
 * one pass and interleaved: the entry of plane p at table cell k is 4·k + p.
 */
function integrals({ width, height, L, a, b, inside }: LabPatch): Float64Array {
  const stride = 4 * (width + 1);
  const sums = tables(stride * (height + 1));
  sums.fill(0, 0, stride);
  for (let y = 0; y < height; y++) {
    sums.fill(0, (y + 1) * stride, (y + 1) * stride + 4);
    let rowL = 0;
    let rowA = 0;
    let rowB = 0;
    let rowN = 0;
    for (let x = 0, i = y * width, above = y * stride + 4; x < width; x++, i++, above += 4) {
      if (inside[i]) {
        rowL += L[i] as number;
        rowA += a[i] as number;
        rowB += b[i] as number;
        rowN += 1;
      }
      sums[above + stride] = (sums[above] as number) + rowL;
      sums[above + stride + 1] = (sums[above + 1] as number) + rowA;
      sums[above + stride + 2] = (sums[above + 2] as number) + rowB;
      sums[above + stride + 3] = (sums[above + 3] as number) + rowN;
    }
  }
  return sums;
}

/** The sum over rows [top, bottom) and columns [left, right) from a summed-area table (all as offsets into it). */
function windowSum(t: Float64Array, top: number, bottom: number, left: number, right: number): number {
  return (t[bottom + right] as number) - (t[bottom + left] as number) - (t[top + right] as number) + (t[top + left] as number);
}

/**
 * The ΔE*ab between every inside cell and the mean of the inside cells of the (2·radius+1)²
 * window around it (a masked box filter by summed-area tables, so the region's border does
 * not count as contrast); returns their `q`-quantile, NaN for a patch without inside cells.
 */
export function localContrast(patch: LabPatch, radius: number, q: number): number {
  const { width, height, L, a, b, inside } = patch;
  const t = integrals(patch);
  const stride = 4 * (width + 1);
  // Single precision as the contrasts were first kept in, selected in place without a copy.
  const contrasts = contrastsOf(width * height);
  let n = 0;
  for (let y = 0; y < height; y++) {
    const top = Math.max(0, y - radius) * stride;
    const bottom = Math.min(height, y + radius + 1) * stride;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!inside[i]) continue;
      const left = 4 * Math.max(0, x - radius);
      const right = 4 * Math.min(width, x + radius + 1);
      const count = windowSum(t, top, bottom, left + 3, right + 3);
      contrasts[n++] = Math.fround(
        hypot(
          (L[i] as number) - windowSum(t, top, bottom, left, right) / count,
          (a[i] as number) - windowSum(t, top, bottom, left + 1, right + 1) / count,
          (b[i] as number) - windowSum(t, top, bottom, left + 2, right + 2) / count,
        ),
      );
    }
  }
  return quantileInPlace(contrasts, q, n);
}
