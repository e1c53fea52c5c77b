import sharp from 'sharp';
import type { RgbImage } from '../image/intake.js';
import { type SquareRegion, cropToImage } from './geometry.js';

/**
 * Model inputs from the packed RGB image. A rotated crop is sampled straight from the image with
 * bilinear interpolation (one pass, no intermediate image; pixels outside the image are black);
 * a whole-image reduction goes through libvips, which filters properly and is several times faster.
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
}

/** The affine map that samples `region` into an `outputSize`² crop. */
export function regionAffine(region: SquareRegion, outputSize: number): Affine {
  const toImage = cropToImage(region, outputSize);
  const [c, f] = toImage(0, 0);
  const [x1, y1] = toImage(1, 0);
  const [x2, y2] = toImage(0, 1);
  return { a: x1 - c, b: x2 - c, c, d: y1 - f, e: y2 - f, f };
}

/** Samples an RGB float tensor (NHWC, batch 1) of `width`×`height` through `map`. */
export function sampleRgb(image: RgbImage, map: Affine, options: SampleOptions): Float32Array {
  const { width, height, normalise, mirror = false } = options;
  const out = new Float32Array(width * height * 3);
  // Averaging n×n bilinear taps per output pixel keeps strong reductions from aliasing.
  const footprint = Math.max(Math.hypot(map.a, map.d), Math.hypot(map.b, map.e));
  const taps = Math.min(4, Math.max(1, Math.ceil(footprint - 0.25)));
  const weight = normalise.scale / (taps * taps);
  const rgb = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      rgb[0] = rgb[1] = rgb[2] = 0;
      for (let ty = 0; ty < taps; ty++) {
        const oy = y + (ty + 0.5) / taps;
        for (let tx = 0; tx < taps; tx++) {
          const ox = x + (tx + 0.5) / taps;
          addBilinear(image, map.a * ox + map.b * oy + map.c - 0.5, map.d * ox + map.e * oy + map.f - 0.5, rgb);
        }
      }
      const target = (y * width + (mirror ? width - 1 - x : x)) * 3;
      out[target] = rgb[0]! * weight + normalise.offset;
      out[target + 1] = rgb[1]! * weight + normalise.offset;
      out[target + 2] = rgb[2]! * weight + normalise.offset;
    }
  }
  return out;
}

/** Adds the bilinear RGB sample at source position (sx, sy) (pixel-centre coordinates) to `sum`. */
function addBilinear(image: RgbImage, sx: number, sy: number, sum: number[]): void {
  const { width, height, data } = image;
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const fx = sx - x0;
  const fy = sy - y0;
  for (let j = 0; j < 2; j++) {
    const yy = y0 + j;
    if (yy < 0 || yy >= height) continue;
    const wy = j ? fy : 1 - fy;
    for (let i = 0; i < 2; i++) {
      const xx = x0 + i;
      if (xx < 0 || xx >= width) continue;
      const w = wy * (i ? fx : 1 - fx);
      const k = (yy * width + xx) * 3;
      sum[0]! += w * data[k]!;
      sum[1]! += w * data[k + 1]!;
      sum[2]! += w * data[k + 2]!;
    }
  }
}

/** Luma of packed RGB floats (ITU-R BT.601 weights), one value per pixel. */
export function toGrey(rgb: Float32Array): Float32Array {
  const grey = new Float32Array(rgb.length / 3);
  for (let i = 0, k = 0; i < grey.length; i++, k += 3) grey[i] = 0.299 * rgb[k]! + 0.587 * rgb[k + 1]! + 0.114 * rgb[k + 2]!;
  return grey;
}

/** Resizes a single-channel probability map (values 0–1) to an 8-bit map of `width`×`height`. */
export async function resizeProbabilityMap(map: Float32Array, mapWidth: number, mapHeight: number, width: number, height: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(map.length);
  for (let i = 0; i < map.length; i++) bytes[i] = Math.round(Math.min(1, Math.max(0, map[i]!)) * 255);
  const resized = await sharp(bytes, { raw: { width: mapWidth, height: mapHeight, channels: 1 } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    // libvips hands a one-channel raw image back as three channels unless told otherwise.
    .extractChannel(0)
    .raw()
    .toBuffer();
  return new Uint8Array(resized.buffer, resized.byteOffset, resized.byteLength);
}

/** Where a whole-image resize put the image inside the model input: input = image · scale + offset. */
export interface Placement {
  readonly scaleX: number;
  readonly scaleY: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * The whole image resized into a `size`² model input (NHWC float, batch 1): `stretch` fills the
 * square, otherwise the image keeps its aspect ratio, centred on black (letterbox).
 */
export async function resizeWhole(image: RgbImage, size: number, normalise: Normalisation, stretch: boolean): Promise<{ input: Float32Array; placement: Placement }> {
  const fit = Math.min(size / image.width, size / image.height);
  const width = stretch ? size : Math.max(1, Math.round(image.width * fit));
  const height = stretch ? size : Math.max(1, Math.round(image.height * fit));
  const resized = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  const offsetX = (size - width) >> 1;
  const offsetY = (size - height) >> 1;
  const input = new Float32Array(size * size * 3).fill(normalise.offset);
  for (let y = 0; y < height; y++) {
    const from = y * width * 3;
    const to = ((y + offsetY) * size + offsetX) * 3;
    for (let i = 0; i < width * 3; i++) input[to + i] = resized[from + i]! * normalise.scale + normalise.offset;
  }
  return { input, placement: { scaleX: width / image.width, scaleY: height / image.height, offsetX, offsetY } };
}
