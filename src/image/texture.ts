import { SRGB_TO_LINEAR } from './colour.js';
import type { RgbImage } from './intake.js';
import type { GridBox, Mask } from './regions.js';

/**
 * Texture measures of a region for the "no stripes or busy patterns" rule: the share of edge
 * pixels and the amplitude of the strongest periodic component (an FFT over tiles).
 */

/** A lightness (L*) raster; `inside` marks the pixels that belong to the region. */
export interface LightnessPatch {
  readonly width: number;
  readonly height: number;
  readonly L: Float32Array;
  readonly inside: Uint8Array;
}

const LIGHTNESS_STEPS = 4096;
const LIGHTNESS_TABLE = Float32Array.from({ length: LIGHTNESS_STEPS + 2 }, (_, k) => {
  const y = k / LIGHTNESS_STEPS;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
});

/** L* of a relative luminance 0–1 by table interpolation (within 0.01 L*; texture needs no more). */
function lightnessOf(y: number): number {
  const t = Math.min(Math.max(y, 0), 1) * LIGHTNESS_STEPS;
  const k = Math.floor(t);
  const low = LIGHTNESS_TABLE[k] as number;
  return low + ((LIGHTNESS_TABLE[k + 1] as number) - low) * (t - k);
}

/**
 * L* of `box`, averaged over `pitch`×`pitch` pixel blocks (so that texture is measured at a
 * scale tied to the face, not to the file's resolution); a block is inside when the region
 * `mask` (on a grid of `maskStep` pixels) covers its centre.
 */
export function lightnessPatch(image: RgbImage, box: GridBox, pitch: number, mask: Mask, maskStep: number): LightnessPatch {
  const width = Math.floor(box.width / pitch);
  const height = Math.floor(box.height / pitch);
  const L = new Float32Array(width * height);
  const inside = new Uint8Array(width * height);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let y = 0;
      for (let dy = 0; dy < pitch; dy++) {
        let p = ((box.y + py * pitch + dy) * image.width + box.x + px * pitch) * 3;
        for (let dx = 0; dx < pitch; dx++, p += 3) {
          y +=
            0.2126729 * (SRGB_TO_LINEAR[image.data[p] as number] as number) +
            0.7151522 * (SRGB_TO_LINEAR[image.data[p + 1] as number] as number) +
            0.072175 * (SRGB_TO_LINEAR[image.data[p + 2] as number] as number);
        }
      }
      const i = py * width + px;
      L[i] = lightnessOf(y / (pitch * pitch));
      const gx = Math.floor((box.x + (px + 0.5) * pitch) / maskStep);
      const gy = Math.floor((box.y + (py + 0.5) * pitch) / maskStep);
      inside[i] = gx < mask.width && gy < mask.height ? (mask.data[gy * mask.width + gx] as number) : 0;
    }
  }
  return { width, height, L, inside };
}

/**
 * Share of the region's pixels (with all four neighbours in the region) whose L* gradient,
 * by central differences, is at least `threshold` L* per pixel.
 */
export function edgeDensity(patch: LightnessPatch, threshold: number): number {
  const { width, height, L, inside } = patch;
  let edges = 0;
  let counted = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      if (!inside[i] || !inside[i - 1] || !inside[i + 1] || !inside[i - width] || !inside[i + width]) continue;
      counted++;
      const gx = ((L[i + 1] as number) - (L[i - 1] as number)) / 2;
      const gy = ((L[i + width] as number) - (L[i - width] as number)) / 2;
      if (gx * gx + gy * gy >= threshold * threshold) edges++;
    }
  }
  return counted === 0 ? 0 : edges / counted;
}

const TWIDDLES = new Map<number, { cos: Float64Array; sin: Float64Array }>();

function twiddles(n: number): { cos: Float64Array; sin: Float64Array } {
  let table = TWIDDLES.get(n);
  if (!table) {
    const cos = new Float64Array(n / 2);
    const sin = new Float64Array(n / 2);
    for (let k = 0; k < n / 2; k++) {
      cos[k] = Math.cos((-2 * Math.PI * k) / n);
      sin[k] = Math.sin((-2 * Math.PI * k) / n);
    }
    table = { cos, sin };
    TWIDDLES.set(n, table);
  }
  return table;
}

/** In-place radix-2 complex FFT of length 2^k. */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  const { cos, sin } = twiddles(n);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const r = re[i] as number;
      re[i] = re[j] as number;
      re[j] = r;
      const m = im[i] as number;
      im[i] = im[j] as number;
      im[j] = m;
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const stride = n / len;
    for (let start = 0; start < n; start += len) {
      for (let k = 0; k < len / 2; k++) {
        const wr = cos[k * stride] as number;
        const wi = sin[k * stride] as number;
        const a = start + k;
        const b = a + len / 2;
        const tr = (re[b] as number) * wr - (im[b] as number) * wi;
        const ti = (re[b] as number) * wi + (im[b] as number) * wr;
        re[b] = (re[a] as number) - tr;
        im[b] = (im[a] as number) - ti;
        re[a] = (re[a] as number) + tr;
        im[a] = (im[a] as number) + ti;
      }
    }
  }
}

/** Power spectrum of an n×n real tile (row-major), n a power of two. */
export function powerSpectrum2d(tile: Float64Array, n: number): Float64Array {
  const re = Float64Array.from(tile);
  const im = new Float64Array(n * n);
  const rowRe = new Float64Array(n);
  const rowIm = new Float64Array(n);
  for (let pass = 0; pass < 2; pass++) {
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        const i = pass === 0 ? r * n + c : c * n + r;
        rowRe[c] = re[i] as number;
        rowIm[c] = im[i] as number;
      }
      fft(rowRe, rowIm);
      for (let c = 0; c < n; c++) {
        const i = pass === 0 ? r * n + c : c * n + r;
        re[i] = rowRe[c] as number;
        im[i] = rowIm[c] as number;
      }
    }
  }
  const power = new Float64Array(n * n);
  for (let i = 0; i < power.length; i++) power[i] = (re[i] as number) ** 2 + (im[i] as number) ** 2;
  return power;
}

const HANN = new Map<number, Float64Array>();

function hannWindow(n: number): Float64Array {
  let window = HANN.get(n);
  if (!window) {
    window = Float64Array.from({ length: n }, (_, k) => 0.5 - 0.5 * Math.cos((2 * Math.PI * (k + 0.5)) / n));
    HANN.set(n, window);
  }
  return window;
}

/**
 * Amplitude, in L*, of the strongest periodic component of one tile: the Hann-windowed
 * tile's power at the strongest frequency (with its neighbours, to catch leakage) beyond
 * `minCycles` cycles per tile, converted by Parseval so a pure sinusoid of amplitude A gives A.
 * Low frequencies (folds, shading) are left out.
 */
export function periodicAmplitude(tile: Float64Array, n: number, minCycles = 3): number {
  let mean = 0;
  for (let i = 0; i < tile.length; i++) mean += tile[i] as number;
  mean /= tile.length;
  const hann = hannWindow(n);
  const windowed = new Float64Array(n * n);
  let windowEnergy = 0;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const w = (hann[y] as number) * (hann[x] as number);
      windowed[y * n + x] = ((tile[y * n + x] as number) - mean) * w;
      windowEnergy += w * w;
    }
  }
  const power = powerSpectrum2d(windowed, n);
  const freq = (k: number): number => (k <= n / 2 ? k : k - n);
  let peak = 0;
  let peakAt = 0;
  for (let i = 0; i < power.length; i++) {
    const fx = freq(i % n);
    const fy = freq(Math.floor(i / n));
    if (fx * fx + fy * fy < minCycles * minCycles) continue;
    if ((power[i] as number) > peak) {
      peak = power[i] as number;
      peakAt = i;
    }
  }
  // Energy of the peak and its mirror image, each with its 8 neighbours.
  let peakEnergy = 0;
  const px = peakAt % n;
  const py = Math.floor(peakAt / n);
  for (const [cx, cy] of [[px, py], [(n - px) % n, (n - py) % n]] as const) {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) peakEnergy += power[((cy + dy + n) % n) * n + ((cx + dx + n) % n)] as number;
  }
  // Parseval: Σ|X|² = n² Σ x²; a sinusoid of amplitude A has windowed mean square A²/2 · Σw²/n².
  return Math.sqrt((2 * peakEnergy) / (n * n * windowEnergy));
}

/**
 * The periodic amplitude of up to `maxTiles` n×n tiles of a tiling of the patch (spread evenly
 * over those that lie at least 90 % inside the region), outside pixels replaced by the tile's
 * inside mean.
 */
export function tileAmplitudes(patch: LightnessPatch, n: number, maxTiles = 8): number[] {
  const origins: [number, number, number][] = [];
  for (let y0 = 0; y0 + n <= patch.height; y0 += n) {
    for (let x0 = 0; x0 + n <= patch.width; x0 += n) {
      let insideCount = 0;
      let sum = 0;
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) {
          const i = (y0 + y) * patch.width + x0 + x;
          if (!patch.inside[i]) continue;
          insideCount++;
          sum += patch.L[i] as number;
        }
      }
      if (insideCount >= 0.9 * n * n) origins.push([x0, y0, sum / insideCount]);
    }
  }
  const stride = Math.max(1, origins.length / maxTiles);
  const tile = new Float64Array(n * n);
  const amplitudes: number[] = [];
  for (let k = 0; k < origins.length; k += stride) {
    const [x0, y0, fill] = origins[Math.floor(k)]!;
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        const i = (y0 + y) * patch.width + x0 + x;
        tile[y * n + x] = patch.inside[i] ? (patch.L[i] as number) : fill;
      }
    }
    amplitudes.push(periodicAmplitude(tile, n));
  }
  return amplitudes;
}
