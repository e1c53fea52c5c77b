import type { RgbImage } from '../image/intake.js';
import { scratchArray } from '../image/scratch.js';
import { type SquareRegion, cropToImage } from './geometry.js';

/**
 * Model inputs from the packed RGB image, written straight into the float tensor: every input
 * (the detector's letterbox, the stretched segmentation input, the rotated mesh, eye and
 * expression crops) is one affine map sampled bilinearly. A reducing map samples a 2×-reduced
 * copy of the image (a mipmap level, made once per image) and takes up to 2×2 taps per output
 * pixel there, so that no input aliases and no input costs more than a few taps per pixel.
 * Pixels outside the image are black.
 */

/** Output pixel (x, y) → source position: `[a·x + b·y + c, d·x + e·y + f]`, pixel centres at +0.5. */
export interface Affine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

/** A model's input value for an 8-bit sample v: `v * scale + offset`. */
export interface Normalisation {
  readonly scale: number;
  readonly offset: number;
}

export interface SampleOptions {
  readonly width: number;
  readonly height: number;
  readonly normalise: Normalisation;
  /** Mirror the output left to right. */
  readonly mirror?: boolean;
  /** Write into this array (`width × height × 3` long) instead of a new one. */
  readonly into?: Float32Array;
}

/** The affine map that samples `region` into an `outputSize`² crop. */
export function regionAffine(region: SquareRegion, outputSize: number): Affine {
  const toImage = cropToImage(region, outputSize);
  const [c, f] = toImage(0, 0);
  const [x1, y1] = toImage(1, 0);
  const [x2, y2] = toImage(0, 1);
  return { a: x1 - c, b: x2 - c, c, d: y1 - f, e: y2 - f, f };
}

/** Where a whole-image input holds the image: input = image · scale + offset, per axis. */
export interface Placement {
  readonly scaleX: number;
  readonly scaleY: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * Where the whole image goes in a `size`² model input: `stretch` fills the square, otherwise the
 * image keeps its aspect ratio, centred on black (letterbox).
 */
export function placeWhole(image: RgbImage, size: number, stretch: boolean): Placement {
  const fit = Math.min(size / image.width, size / image.height);
  const scaleX = stretch ? size / image.width : fit;
  const scaleY = stretch ? size / image.height : fit;
  return { scaleX, scaleY, offsetX: (size - image.width * scaleX) / 2, offsetY: (size - image.height * scaleY) / 2 };
}

/** The affine map that samples the whole image into its placement. */
export function placementAffine({ scaleX, scaleY, offsetX, offsetY }: Placement): Affine {
  return { a: 1 / scaleX, b: 0, c: -offsetX / scaleX, d: 0, e: 1 / scaleY, f: -offsetY / scaleY };
}

/** Taps per output pixel along one axis: enough that each covers about one source pixel. */
const tapsFor = (footprint: number): number => Math.min(4, Math.max(1, Math.ceil(footprint - 0.25)));

/** Tap offsets (source pixels, pixel-centre coordinates) from an output pixel's corner; reused between calls. */
const tapX = new Float64Array(16);
const tapY = new Float64Array(16);
/** The RGB sum of an edge sample; reused between calls. */
const edgeSum = new Float64Array(3);

/** Samples an RGB float tensor (NHWC, batch 1) of `width`×`height` through `map`. */
export function sampleRgb(image: RgbImage, map: Affine, options: SampleOptions): Float32Array {
  const level = Math.max(0, Math.floor(Math.log2(Math.max(Math.hypot(map.a, map.d), Math.hypot(map.b, map.e)))));
  const source = mipmap(image, level);
  const k = 2 ** -level;
  return sampleLevel(source, { a: map.a * k, b: map.b * k, c: map.c * k, d: map.d * k, e: map.e * k, f: map.f * k }, options);
}

/** Reduced copies of each image, level n at 1/2ⁿ of its size; level 0 is the image itself. */
const levels = new WeakMap<RgbImage, RgbImage[]>();

function mipmap(image: RgbImage, level: number): RgbImage {
  let chain = levels.get(image);
  if (!chain) levels.set(image, (chain = [image]));
  while (chain.length <= level) {
    const last = chain[chain.length - 1]!;
    if (last.width < 2 || last.height < 2) return last;
    chain.push(halve(last));
  }
  return chain[level]!;
}

/** 2×2 box average; an odd last row or column is dropped (level coordinates stay exactly half). */
function halve(image: RgbImage): RgbImage {
  const width = image.width >> 1;
  const height = image.height >> 1;
  const data = new Uint8Array(width * height * 3);
  const src = image.data;
  const stride = image.width * 3;
  for (let y = 0, o = 0; y < height; y++) {
    for (let i = 2 * y * stride, end = i + 6 * width; i < end; i += 6, o += 3) {
      const j = i + stride;
      data[o] = (src[i]! + src[i + 3]! + src[j]! + src[j + 3]! + 2) >> 2;
      data[o + 1] = (src[i + 1]! + src[i + 4]! + src[j + 1]! + src[j + 4]! + 2) >> 2;
      data[o + 2] = (src[i + 2]! + src[i + 5]! + src[j + 2]! + src[j + 5]! + 2) >> 2;
    }
  }
  return { width, height, data };
}

function sampleLevel(image: RgbImage, map: Affine, options: SampleOptions): Float32Array {
  const { width, height, normalise, mirror = false, into } = options;
  const { a, b, c, d, e, f } = map;
  const nx = tapsFor(Math.hypot(a, d));
  const ny = tapsFor(Math.hypot(b, e));
  const taps = nx * ny;
  for (let ty = 0, k = 0; ty < ny; ty++) {
    for (let tx = 0; tx < nx; tx++, k++) {
      const u = (tx + 0.5) / nx;
      const v = (ty + 0.5) / ny;
      tapX[k] = a * u + b * v - 0.5;
      tapY[k] = d * u + e * v - 0.5;
    }
  }
  const weight = normalise.scale / taps;
  const offset = normalise.offset;
  const { width: w, height: h, data } = image;
  const stride = w * 3;
  const xMax = w - 1;
  const yMax = h - 1;
  // An unturned map (a letterbox) leaves whole rows or columns black: only the rest is sampled.
  const [left, right] = b === 0 ? reachingSpan(width, a, c, tapX, taps, w) : [0, width];
  const [top, bottom] = d === 0 ? reachingSpan(height, e, f, tapY, taps, h) : [0, height];
  // Every value is written below, so a reused array needs no clearing.
  const out = into ?? new Float32Array(width * height * 3);
  if (right - left < width || bottom - top < height) out.fill(offset);
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const baseX = a * x + b * y + c;
      const baseY = d * x + e * y + f;
      let r = 0;
      let g = 0;
      let bl = 0;
      for (let k = 0; k < taps; k++) {
        const sx = baseX + tapX[k]!;
        const sy = baseY + tapY[k]!;
        if (sx >= 0 && sy >= 0 && sx < xMax && sy < yMax) {
          const x0 = sx | 0;
          const y0 = sy | 0;
          const fx = sx - x0;
          const fy = sy - y0;
          const i = y0 * stride + x0 * 3;
          const j = i + stride;
          const r0 = data[i]! + fx * (data[i + 3]! - data[i]!);
          const r1 = data[j]! + fx * (data[j + 3]! - data[j]!);
          const g0 = data[i + 1]! + fx * (data[i + 4]! - data[i + 1]!);
          const g1 = data[j + 1]! + fx * (data[j + 4]! - data[j + 1]!);
          const b0 = data[i + 2]! + fx * (data[i + 5]! - data[i + 2]!);
          const b1 = data[j + 2]! + fx * (data[j + 5]! - data[j + 2]!);
          r += r0 + fy * (r1 - r0);
          g += g0 + fy * (g1 - g0);
          bl += b0 + fy * (b1 - b0);
        } else if (sx > -1 && sy > -1 && sx < w && sy < h) {
          edgeSample(image, sx, sy);
          r += edgeSum[0]!;
          g += edgeSum[1]!;
          bl += edgeSum[2]!;
        }
      }
      const o = (y * width + (mirror ? width - 1 - x : x)) * 3;
      out[o] = r * weight + offset;
      out[o + 1] = g * weight + offset;
      out[o + 2] = bl * weight + offset;
    }
  }
  return out;
}

/**
 * The output positions [first, end) along one axis whose taps reach into the source's `extent`
 * pixels, for a map whose coordinate on this axis is `step · position + origin + offset[k]`.
 */
function reachingSpan(count: number, step: number, origin: number, offsets: Float64Array, taps: number, extent: number): [number, number] {
  const reaches = (position: number): boolean => {
    for (let k = 0; k < taps; k++) {
      const s = step * position + origin + offsets[k]!;
      if (s > -1 && s < extent) return true;
    }
    return false;
  };
  let first = 0;
  let end = count;
  while (first < end && !reaches(first)) first++;
  while (end > first && !reaches(end - 1)) end--;
  return [first, end];
}

/** The bilinear sample at (sx, sy) next to the image's border, outside counting as black, into `edgeSum`. */
function edgeSample(image: RgbImage, sx: number, sy: number): void {
  const { width, height, data } = image;
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  edgeSum.fill(0);
  for (let j = 0; j < 2; j++) {
    const yy = y0 + j;
    if (yy < 0 || yy >= height) continue;
    const wy = j ? sy - y0 : 1 - (sy - y0);
    for (let i = 0; i < 2; i++) {
      const xx = x0 + i;
      if (xx < 0 || xx >= width) continue;
      const wxy = wy * (i ? sx - x0 : 1 - (sx - x0));
      const k = (yy * width + xx) * 3;
      edgeSum[0]! += wxy * data[k]!;
      edgeSum[1]! += wxy * data[k + 1]!;
      edgeSum[2]! += wxy * data[k + 2]!;
    }
  }
}

/** Luma of packed RGB floats (ITU-R BT.601 weights), one value per pixel, into `grey` when given. */
export function toGrey(rgb: Float32Array, grey: Float32Array = new Float32Array(rgb.length / 3)): Float32Array {
  for (let i = 0, k = 0; i < grey.length; i++, k += 3) grey[i] = 0.299 * rgb[k]! + 0.587 * rgb[k + 1]! + 0.114 * rgb[k + 2]!;
  return grey;
}

/**
 * A probability map (values 0–1) of `mapWidth`×`mapHeight` stretched bilinearly (pixel centres
 * aligned) to an 8-bit map of `width`×`height`: each map row is widened once, then every output
 * row blends two widened rows.
 */
export function resizeProbabilityMap(map: Float32Array, mapWidth: number, mapHeight: number, width: number, height: number): Uint8Array {
  const columns = bilinearTaps(mapWidth, width);
  const rows = bilinearTaps(mapHeight, height);
  const wide = wideRows(mapHeight * width);
  for (let y = 0; y < mapHeight; y++) {
    const row = y * mapWidth;
    for (let x = 0; x < width; x++) {
      const left = row + columns.index[x]!;
      const right = columns.index[x]! < mapWidth - 1 ? left + 1 : left;
      wide[y * width + x] = 255 * (map[left]! + columns.fraction[x]! * (map[right]! - map[left]!));
    }
  }
  // A clamped array rounds and clamps on store, which keeps model overshoot in 0–255.
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const top = rows.index[y]! * width;
    const bottom = rows.index[y]! < mapHeight - 1 ? top + width : top;
    const fy = rows.fraction[y]!;
    const o = y * width;
    for (let x = 0; x < width; x++) out[o + x] = wide[top + x]! + fy * (wide[bottom + x]! - wide[top + x]!);
  }
  return new Uint8Array(out.buffer);
}

/** The widened rows of resizeProbabilityMap, reused between calls (it never awaits, so no two calls share them). */
const wideRows = scratchArray((length) => new Float32Array(length));

/** For each of `to` output positions, the source cell of `from` it falls in and the fraction across it. */
function bilinearTaps(from: number, to: number): { index: Int32Array; fraction: Float32Array } {
  const index = new Int32Array(to);
  const fraction = new Float32Array(to);
  const scale = from / to;
  for (let i = 0; i < to; i++) {
    const s = Math.min(from - 1, Math.max(0, (i + 0.5) * scale - 0.5));
    index[i] = Math.floor(s);
    fraction[i] = s - index[i]!;
  }
  return { index, fraction };
}
