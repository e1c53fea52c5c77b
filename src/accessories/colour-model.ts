import { scratchArray } from '../image/scratch.js';
import { medianInPlace, middlePair, selectInPlace } from '../image/stats.js';

/**
 * Per-photo colour models (skin, hair) built on full-range BT.601 YCbCr, the JPEG convention.
 * A model is compared in a shading-invariant "tone" space: log-luma and chroma per unit of luma.
 * Shading scales R, G and B together, which moves log-luma but leaves chroma/luma unchanged,
 * so the shaded side of a face stays skin while hair and objects, which differ in hue or
 * brightness, do not. Centres are medians and spreads scaled MADs, so a few pixels of
 * background or eyebrow in a sample do not move the model.
 */

/** Channel indices of a YCbCr colour and of its tone. */
export const Y = 0;
export const CB = 1;
export const CR = 2;

export function lumaOf(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

export function cbOf(r: number, g: number, b: number): number {
  return 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
}

export function crOf(r: number, g: number, b: number): number {
  return 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
}

/** Darker than this, chroma per luma is noise: it is measured against this luma instead. */
const DARK_LUMA = 24;

/* The tone of a YCbCr colour: [ln luma, 100·(Cb−128)/luma, 100·(Cr−128)/luma] (toneInto). */

export function logLuma(y: number): number {
  return Math.log(Math.max(y, 1));
}

/** A chroma channel (Cb or Cr) per 100 of luma. */
export function chromaPerLuma(chroma: number, y: number): number {
  return (chroma - 128) * (100 / Math.max(y, DARK_LUMA));
}

/** Writes the tone of a YCbCr colour into `out` at `at` (a caller-owned buffer, so no array per pixel) and returns `out`. */
export function toneInto(out: Float64Array, y: number, cb: number, cr: number, at = 0): Float64Array {
  out[at + Y] = logLuma(y);
  out[at + CB] = chromaPerLuma(cb, y);
  out[at + CR] = chromaPerLuma(cr, y);
  return out;
}

/** What distances and classes are measured against: a colour's tone and how far it spreads. */
export interface ToneModel {
  /** Median tone (see toneInto). */
  readonly tone: readonly [number, number, number];
  /** Robust standard deviation (1.4826 × MAD) of each tone channel, floored by MIN_SPREAD. */
  readonly spread: readonly [number, number, number];
  readonly pixels: number;
}

export interface ColourModel extends ToneModel {
  /** Median Y, Cb, Cr (for brightness and chroma read-outs). */
  readonly centre: readonly [number, number, number];
}

/**
 * Floors keep a very flat sample (a studio-lit cheek) from calling every slightly different
 * pixel foreign: ±12 % brightness, ±3 chroma points per 100 of luma.
 */
export const MIN_SPREAD: readonly [number, number, number] = [0.12, 3, 3];
/** Caps keep a mixed sample (hair and a hat, skin and a fringe) from becoming a model of everything. */
export const MAX_SPREAD: readonly [number, number, number] = [0.35, 6, 6];

/** Growable list of YCbCr samples, each with its tone, computed once as it is added. Emptied and refilled, it allocates nothing more. */
export class YccSamples {
  private ycc = new Float32Array(3 * 1024);
  /** The tone of each sample as stored (in single precision), so fits and distances agree on it. */
  private tones = new Float64Array(3 * 1024);
  count = 0;

  push(y: number, cb: number, cr: number): void {
    this.reserve(this.count + 1);
    const k = 3 * this.count++;
    const { ycc } = this;
    ycc[k] = y;
    ycc[k + 1] = cb;
    ycc[k + 2] = cr;
    toneInto(this.tones, ycc[k]!, ycc[k + 1]!, ycc[k + 2]!, k);
  }

  /** Empties the list, keeping its room. */
  clear(): void {
    this.count = 0;
  }

  /** Adds sample `i` of `other`, tone and all. */
  copy(other: YccSamples, i: number): void {
    this.reserve(this.count + 1);
    const k = 3 * this.count++;
    for (let c = 0; c < 3; c++) {
      this.ycc[k + c] = other.ycc[3 * i + c]!;
      this.tones[k + c] = other.tones[3 * i + c]!;
    }
  }

  append(other: YccSamples): void {
    this.reserve(this.count + other.count);
    this.ycc.set(other.ycc.subarray(0, 3 * other.count), 3 * this.count);
    this.tones.set(other.tones.subarray(0, 3 * other.count), 3 * this.count);
    this.count += other.count;
  }

  /** Channel `c` (Y, CB or CR) of sample `i`. */
  at(i: number, c: number): number {
    return this.ycc[3 * i + c]!;
  }

  /** All tones, three per sample (for toneDistance at 3 × index). */
  get toneBuffer(): Float64Array {
    return this.tones;
  }

  private reserve(count: number): void {
    if (3 * count <= this.ycc.length) return;
    let length = this.ycc.length * 2;
    while (length < 3 * count) length *= 2;
    const ycc = new Float32Array(length);
    const tones = new Float64Array(length);
    ycc.set(this.ycc);
    tones.set(this.tones);
    this.ycc = ycc;
    this.tones = tones;
  }
}

/** Scratch for the medians of one fit (a fit never awaits). */
const fitValues = scratchArray((length) => new Float32Array(length));

export function fitColourModel(samples: YccSamples): ColourModel | null {
  return fit(samples, true) as ColourModel | null;
}

/** `fitColourModel` without the centre, for a model only measured against: two medians fewer. */
export function fitToneModel(samples: YccSamples): ToneModel | null {
  return fit(samples, false);
}

function fit(samples: YccSamples, withCentre: boolean): ColourModel | ToneModel | null {
  const n = samples.count;
  if (n === 0) return null;
  const centre = [0, 0, 0] as [number, number, number];
  const tone = [0, 0, 0] as [number, number, number];
  const spread = [0, 0, 0] as [number, number, number];
  const tones = samples.toneBuffer;
  // One buffer serves every median: the channel, then its tone, then the tone's deviations.
  const values = fitValues(n);
  for (let c = 0; c < 3; c++) {
    let med: number;
    if (c === Y || withCentre) {
      for (let i = 0; i < n; i++) values[i] = samples.at(i, c);
      const [lower, upper] = middlePair(values);
      centre[c] = (lower + upper) / 2;
      // Log-luma rises with luma, so its middle values are those of the luma's middle values.
      med = c === Y ? (Math.fround(logLuma(lower)) + Math.fround(logLuma(upper))) / 2 : toneMedian(values, tones, c);
    } else {
      med = toneMedian(values, tones, c);
    }
    tone[c] = med;
    spread[c] = spreadOf(tones, c, med, values);
  }
  const model: ToneModel = { tone, spread, pixels: n };
  return withCentre ? { centre, ...model } : model;
}

/** The MAD of normal data times this is their standard deviation. */
const MAD_TO_SD = 1.4826;
/**
 * Deviations at most (at least) these make MAD_TO_SD × their median at most MIN_SPREAD (at
 * least MAX_SPREAD). The 1e-9 margin keeps the bounds clear of the limits whatever the rounding.
 */
const FLOORED_AT = MIN_SPREAD.map((min) => (min / MAD_TO_SD) * (1 - 1e-9));
const CAPPED_AT = MAX_SPREAD.map((max) => (max / MAD_TO_SD) * (1 + 1e-9));

/**
 * MAD_TO_SD × the median deviation of tone channel `c` from `med` (deviations in single
 * precision), within MIN_SPREAD and MAX_SPREAD. Most samples are flat patches (floored) or mixed
 * ones (capped): when both middle deviations are past a limit, a count shows it and the median
 * needs no selecting. Otherwise only the deviations between the limits are selected in (written
 * to `values`): those past them are counted, and only the nearest of them kept.
 */
function spreadOf(tones: Float64Array, c: number, med: number, values: Float32Array): number {
  const n = values.length;
  const floor = FLOORED_AT[c]!;
  const cap = CAPPED_AT[c]!;
  let floored = 0;
  let capped = 0;
  let between = 0;
  let largestFloored = -Infinity;
  let smallestCapped = Infinity;
  for (let i = 0; i < n; i++) {
    const d = Math.fround(Math.abs(Math.fround(tones[3 * i + c]!) - med));
    if (d <= floor) {
      floored++;
      if (d > largestFloored) largestFloored = d;
    } else if (d >= cap) {
      capped++;
      if (d < smallestCapped) smallestCapped = d;
    } else {
      values[between++] = d;
    }
  }
  // The middle ranks are (n - 1) >> 1 and n >> 1 (one rank when n is odd).
  if (floored > n >> 1) return MIN_SPREAD[c]!;
  if (capped >= n - ((n - 1) >> 1)) return MAX_SPREAD[c]!;
  // So the upper middle deviation is not floored and the lower one not capped. Their ranks among those between the limits:
  const lowerRank = ((n - 1) >> 1) - floored;
  const upperRank = (n >> 1) - floored;
  const upper = upperRank < between ? selectInPlace(values, upperRank, 0, between - 1) : smallestCapped;
  let lower = upper;
  if (lowerRank < 0) lower = largestFloored;
  // Selecting put nothing larger than the upper one before it.
  else if (lowerRank < upperRank) lower = largestOf(values, upperRank);
  return Math.min(MAX_SPREAD[c]!, Math.max(MIN_SPREAD[c]!, MAD_TO_SD * ((lower + upper) / 2)));
}

/** The largest of the first `count` values. */
function largestOf(values: Float32Array, count: number): number {
  let largest = values[0]!;
  for (let i = 1; i < count; i++) if (values[i]! > largest) largest = values[i]!;
  return largest;
}

/** Median of tone channel `c` (held in single precision, as the deviations are), using `values` as scratch. */
function toneMedian(values: Float32Array, tones: Float64Array, c: number): number {
  for (let i = 0; i < values.length; i++) values[i] = tones[3 * i + c]!;
  return medianInPlace(values);
}

/** Samples within this many spreads of a first fit make the main colour's refit. */
const MAIN_COLOUR_WITHIN = 2.5;

/**
 * The model of a sample's main colour: fitted once, then refitted on the samples within
 * MAIN_COLOUR_WITHIN spreads of that first fit, so a minority colour (a brow in a forehead
 * patch, skin in a hair patch) leaves the model instead of widening it.
 */
export function fitMainColour(samples: YccSamples): ColourModel | null {
  return mainColour(samples, true) as ColourModel | null;
}

/** `fitMainColour` without the centre, for a model only measured against. */
export function fitMainTone(samples: YccSamples): ToneModel | null {
  return mainColour(samples, false);
}

/** The samples of a main colour's refit: a working buffer, as a fit never awaits and keeps none of its samples. */
const kept = new YccSamples();

function mainColour(samples: YccSamples, withCentre: boolean): ColourModel | ToneModel | null {
  const first = fitToneModel(samples);
  if (!first) return null;
  kept.clear();
  const tones = samples.toneBuffer;
  for (let i = 0; i < samples.count; i++) {
    if (toneDistance(first, tones, 3 * i) <= MAIN_COLOUR_WITHIN) kept.copy(samples, i);
  }
  // With nothing left out, or nothing kept (every sample far from a median between two colours), the fit of them all.
  return fit(kept.count === samples.count || kept.count === 0 ? samples : kept, withCentre);
}

/** Distance of a tone (see toneInto; at `at` in `tone`) from a model, in model spreads (a diagonal Mahalanobis distance). */
export function toneDistance(model: ToneModel, tone: ArrayLike<number>, at = 0): number {
  return distanceOfTone(model, tone[at]!, tone[at + 1]!, tone[at + 2]!);
}

/** `toneDistance` of the tone [ln luma, u, v], passed channel by channel (no buffer to write it to). */
export function distanceOfTone(model: ToneModel, lnLuma: number, u: number, v: number): number {
  const { tone, spread } = model;
  return Math.sqrt(((lnLuma - tone[Y]) / spread[Y]) ** 2 + ((u - tone[CB]) / spread[CB]) ** 2 + ((v - tone[CR]) / spread[CR]) ** 2);
}

/** Distance between two models' centres, in the first model's spreads. */
export function centreDistance(from: ToneModel, to: ToneModel): number {
  return toneDistance(from, to.tone);
}

/**
 * Distance between two models' centres in their spreads combined (each channel's difference over
 * the root of both squared spreads). Unlike centreDistance it does not depend on which model is
 * measured from: a flat sample's narrow spread does not make a mixed one's centre look far.
 */
export function separation(a: ToneModel, b: ToneModel): number {
  let sum = 0;
  for (let c = 0; c < 3; c++) sum += (a.tone[c]! - b.tone[c]!) ** 2 / (a.spread[c]! ** 2 + b.spread[c]! ** 2);
  return Math.sqrt(sum);
}

/** Chroma of a YCbCr colour: distance from the neutral axis. */
export function yccChroma(cb: number, cr: number): number {
  return Math.hypot(cb - 128, cr - 128);
}
