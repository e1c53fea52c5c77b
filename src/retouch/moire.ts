import type { Box } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { scratchArray } from '../image/scratch.js';
import { quantileInPlace } from '../image/stats.js';
import { fft } from '../image/texture.js';

/**
 * A cheap test for a re-photographed print or screen: its halftone dots or pixel grid beat
 * with the camera's sensor into moiré, a strong and narrow peak in the spectrum at a high
 * frequency. Natural photos have smooth, falling spectra there. The frame is cut into 3×3
 * blocks; in each, the power spectra of evenly spaced rows (and, apart, columns) are averaged
 * and the peak is compared with the spectrum around it.
 */
export interface MoirePeak {
  /** Peak power over the median power of the neighbouring frequencies. */
  readonly ratio: number;
  /** Amplitude of the periodic component, in luma levels (a sinusoid of amplitude A reads A). */
  readonly amplitude: number;
  /** Its period, px. */
  readonly period: number;
  readonly direction: 'rows' | 'columns';
  /** The block it was found in, image pixels. */
  readonly block: Box;
}

const BLOCKS = 3;
const LINES = 8;
const MAX_LENGTH = 64;
const MIN_LENGTH = 32;
/** Only periods of 2–8 px count: coarser periodicity is fabric, tiles, blinds. */
const MAX_PERIOD = 8;
/** Neighbours on each side the baseline is taken from (the peak's own ±1 bins are left out). */
const BASELINE_HALF_WIDTH = 6;

/** The strongest high-frequency peak of the photo, or null when the photo is too small to test. */
export function strongestMoire(rgb: RgbImage): MoirePeak | null {
  const blockWidth = Math.floor(rgb.width / BLOCKS);
  const blockHeight = Math.floor(rgb.height / BLOCKS);
  const n = Math.min(MAX_LENGTH, 2 ** Math.floor(Math.log2(Math.min(blockWidth, blockHeight))));
  if (n < MIN_LENGTH) return null;
  const window = hann(n);
  let best: MoirePeak | null = null;
  for (let by = 0; by < BLOCKS; by++) {
    for (let bx = 0; bx < BLOCKS; bx++) {
      const block = { x: bx * blockWidth, y: by * blockHeight, width: blockWidth, height: blockHeight };
      for (const direction of ['rows', 'columns'] as const) {
        const peak = spectralPeak(meanSpectrum(rgb, block, direction, window), window);
        if (peak && (!best || peak.ratio > best.ratio)) best = { ...peak, direction, block };
      }
    }
  }
  return best;
}

/** Working arrays of meanSpectrum and spectralPeak: each spectrum is read before the next is taken, and nothing awaits. */
const lineRe = scratchArray((length) => new Float64Array(length));
const lineIm = scratchArray((length) => new Float64Array(length));
const meanPower = scratchArray((length) => new Float64Array(length));
const baselineValues = scratchArray((length) => new Float64Array(length));

/** Power spectrum (bins 0…n/2) under `window` (of length n) averaged over LINES lines of the block's centre, in working memory (valid until the next call). */
function meanSpectrum(rgb: RgbImage, block: Box, direction: 'rows' | 'columns', window: Float64Array): Float64Array {
  const n = window.length;
  const along = direction === 'rows' ? block.width : block.height;
  const across = direction === 'rows' ? block.height : block.width;
  const start = Math.floor((along - n) / 2);
  // Pixel offsets (in bytes) of a line's first sample and from one sample to the next.
  const next = direction === 'rows' ? 3 : rgb.width * 3;
  const re = lineRe(n);
  const im = lineIm(n);
  const power = meanPower(n / 2 + 1).fill(0);
  for (let line = 0; line < LINES; line++) {
    const offset = Math.floor(((line + 0.5) * across) / LINES);
    const first = direction === 'rows' ? (block.y + offset) * rgb.width + block.x + start : (block.y + start) * rgb.width + block.x + offset;
    let mean = 0;
    for (let k = 0, p = first * 3; k < n; k++, p += next) {
      re[k] = 0.299 * rgb.data[p]! + 0.587 * rgb.data[p + 1]! + 0.114 * rgb.data[p + 2]!;
      mean += re[k]!;
    }
    mean /= n;
    for (let k = 0; k < n; k++) re[k] = (re[k]! - mean) * window[k]!;
    im.fill(0);
    fft(re, im);
    for (let k = 0; k <= n / 2; k++) power[k] = power[k]! + (re[k]! ** 2 + im[k]! ** 2) / LINES;
  }
  return power;
}

/**
 * The bin above n/MAX_PERIOD with the highest power over its neighbourhood's median, skipping
 * the JPEG block grid's harmonics (multiples of n/8) and their neighbours.
 */
function spectralPeak(power: Float64Array, window: Float64Array): Pick<MoirePeak, 'ratio' | 'amplitude' | 'period'> | null {
  const n = window.length;
  const jpegStep = n / 8;
  const half = n / 2;
  const neighbours = baselineValues(2 * BASELINE_HALF_WIDTH);
  const windowEnergy = window.reduce((sum, w) => sum + w * w, 0);
  let best: Pick<MoirePeak, 'ratio' | 'amplitude' | 'period'> | null = null;
  for (let k = n / MAX_PERIOD + 1; k < half; k++) {
    const fromGrid = k % jpegStep;
    if (fromGrid <= 1 || fromGrid >= jpegStep - 1) continue;
    let count = 0;
    for (let d = 2; d <= BASELINE_HALF_WIDTH + 1; d++) {
      if (k - d > 0) neighbours[count++] = power[k - d]!;
      if (k + d <= half) neighbours[count++] = power[k + d]!;
    }
    const baseline = quantileInPlace(neighbours, 0.5, count);
    const ratio = power[k]! / Math.max(baseline, 1e-9);
    if (best && ratio <= best.ratio) continue;
    // Parseval: a sinusoid of amplitude A puts n·A²·Σw²/4 into the positive bins around its peak.
    const excess = Math.max(0, power[k - 1]! + power[k]! + power[k + 1]! - 3 * baseline);
    best = { ratio, amplitude: Math.sqrt((4 * excess) / (n * windowEnergy)), period: n / k };
  }
  return best;
}

/** The periodic Hann window of length n. */
function hann(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, k) => 0.5 - 0.5 * Math.cos((2 * Math.PI * (k + 0.5)) / n));
}
