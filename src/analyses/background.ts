import sharp from 'sharp';
import { labToRgb, type Lab } from '../image/colour.js';
import { fromSharpError } from '../image/sharp-errors.js';
import { complementOutline, distanceTransform, maskFromMap, type Mask } from '../image/regions.js';
import { scratchArray } from '../image/scratch.js';
import { quantileInPlace } from '../image/stats.js';
import { fitSurface, surfaceAt, type SurfaceFit, type SurfaceSamples } from '../image/surface.js';
import { defineAnalysis } from './define.js';
import type { BackgroundRegion, LabGrid } from './region-types.js';
import type { FileFacts, GreyMap } from './types.js';

/**
 * The background starts this many face widths away from the person mask, so that wisps of
 * hair and the segmentation's soft edge are not judged as backdrop (0.1 × a 200 px face = 20 px).
 */
export const CLEARANCE_PER_FACE_WIDTH = 0.1;
/** How far from the background's inner edge the subject's own shadow is looked for, in face widths. */
const SHADOW_REACH = 0.6;

const backgroundCells = scratchArray((length) => new Int32Array(length));
const medianWork = scratchArray((length) => new Float64Array(length));
const sampledCells = scratchArray((length) => new Int32Array(length));
const sampleXs = scratchArray((length) => new Float32Array(length));
const sampleYs = scratchArray((length) => new Float32Array(length));
const sampleValues = scratchArray((length) => new Float32Array(length));

export function findBackground(lab: LabGrid, personMask: GreyMap, faceWidth: number): Omit<BackgroundRegion, 'transparentShare'> {
  const { step, width, height } = lab;
  const distanceToPerson = distanceTransform(maskFromMap(personMask, step), step);
  const clearance = CLEARANCE_PER_FACE_WIDTH * faceWidth;
  const bandEnd = clearance + SHADOW_REACH * faceWidth;
  const data = new Uint8Array(width * height);
  const band = new Uint8Array(width * height);
  const cells = backgroundCells(width * height);
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const distance = distanceToPerson[i] as number;
    if (distance >= clearance) {
      data[i] = 1;
      cells[n++] = i;
      if (distance < bandEnd) band[i] = 1;
    }
  }
  const mask: Mask = { width, height, data };

  const work = medianWork(n);
  const medianOf = (plane: Float32Array): number => quantileInPlace(gather(plane, cells, work), 0.5);
  const colourLab = n === 0 ? ([NaN, NaN, NaN] as const) : ([medianOf(lab.L), medianOf(lab.a), medianOf(lab.b)] as const);
  const illumination = fitSurface(backgroundSamples(lab, mask), 2);
  return {
    mask,
    shadowBand: { width, height, data: band },
    faceWidth,
    area: n * step * step,
    share: n / data.length,
    colour: { lab: colourLab, rgb: n === 0 ? [NaN, NaN, NaN] : labToRgb(colourLab) },
    illumination,
    ...compareWithBackdrop(lab, mask, illumination, colourLab),
    excludedOutline: complementOutline(mask, step),
  };
}

/**
 * The surface is fitted to every other background cell of every other row: a quarter of the
 * cost, and a 2-cell (≈ 8 px at 480×640) lattice still samples any backdrop region densely.
 */
const SURFACE_STRIDE = 2;

/** The centre of grid column or row `g` of `size`, normalised to −1…1 across the frame. */
function frameCoordinate(g: number, size: number): number {
  return ((g + 0.5) / size) * 2 - 1;
}

/** The L* of the sampled background cells with their centres in frame coordinates normalised to −1…1, in working buffers. */
function backgroundSamples({ width, height, L }: LabGrid, mask: Mask): SurfaceSamples {
  const cells = sampledCells(Math.ceil(width / SURFACE_STRIDE) * Math.ceil(height / SURFACE_STRIDE));
  const inBackground = mask.data;
  let count = 0;
  for (let gy = 0; gy < height; gy += SURFACE_STRIDE) {
    for (let gx = 0; gx < width; gx += SURFACE_STRIDE) if (inBackground[gy * width + gx]) cells[count++] = gy * width + gx;
  }
  const xs = sampleXs(count);
  const ys = sampleYs(count);
  const values = sampleValues(count);
  for (let k = 0; k < count; k++) {
    const i = cells[k] as number;
    xs[k] = frameCoordinate(i % width, width);
    ys[k] = frameCoordinate(Math.floor(i / width), height);
    values[k] = L[i] as number;
  }
  return { xs, ys, values, count };
}

/** How the background cells depart from the backdrop, and the extremes of the illumination over them. */
function compareWithBackdrop(lab: LabGrid, background: Mask, illumination: SurfaceFit, [, a0, b0]: Lab): Pick<BackgroundRegion, 'deviation' | 'lightingExtremes'> {
  const { width, height, L, a, b } = lab;
  const inBackground = background.data;
  const dL = new Float32Array(width * height);
  const dAb = new Float32Array(width * height);
  let [low, lowCell, high, highCell] = [Infinity, -1, -Infinity, -1];
  const xs = Float64Array.from({ length: width }, (_, gx) => frameCoordinate(gx, width));
  for (let gy = 0; gy < height; gy++) {
    const y = frameCoordinate(gy, height);
    for (let gx = 0; gx < width; gx++) {
      const i = gy * width + gx;
      if (!inBackground[i]) continue;
      const lighting = surfaceAt(illumination, xs[gx] as number, y);
      if (lighting < low) [low, lowCell] = [lighting, i];
      if (lighting > high) [high, highCell] = [lighting, i];
      const da = (a[i] as number) - a0;
      const db = (b[i] as number) - b0;
      dL[i] = (L[i] as number) - lighting;
      dAb[i] = Math.sqrt(da * da + db * db);
    }
  }
  return { deviation: { dL, dAb }, lightingExtremes: { low, lowCell, high, highCell } };
}

/** The plane's values at the first `out.length` of `cells`, written into `out`. */
function gather(plane: Float32Array, cells: Int32Array, out: Float64Array): Float64Array {
  for (let k = 0; k < out.length; k++) out[k] = plane[cells[k] as number] as number;
  return out;
}

/** Share of the background cells that are mostly transparent in the file's alpha channel. */
async function transparentShare(file: FileFacts, background: Mask, step: number, maxPixels: number): Promise<number> {
  if (!file.info.hasAlpha) return 0;
  let alpha: Buffer;
  try {
    alpha = await sharp(file.bytes, { limitInputPixels: maxPixels, autoOrient: true }).extractChannel('alpha').raw().toBuffer();
  } catch (error) {
    throw fromSharpError(error, file.bytes, 'image');
  }
  const opaque = maskFromMap({ width: file.info.width, height: file.info.height, data: alpha }, step);
  let transparent = 0;
  let total = 0;
  for (let i = 0; i < background.data.length; i++) {
    if (!background.data[i]) continue;
    total++;
    if (!opaque.data[i]) transparent++;
  }
  return total === 0 ? 0 : transparent / total;
}

export const background = defineAnalysis({
  id: 'background',
  needs: ['file', 'lab', 'personMask', 'face'],
  models: [],
  async compute({ file, lab, personMask, face }, { maxPixels }) {
    const region = findBackground(lab, personMask, face.box.width);
    return { ...region, transparentShare: await transparentShare(file, region.mask, lab.step, maxPixels) };
  },
});
