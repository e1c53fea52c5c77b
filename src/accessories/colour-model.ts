/**
 * Per-photo colour models (skin, hair) in full-range BT.601 YCbCr, the JPEG convention: it is
 * linear, so converting a pixel costs three multiply-adds, and it keeps brightness apart from
 * colour, which shading changes far less. Centres are medians and spreads scaled MADs, so a
 * few pixels of background or eyebrow in a sample do not move the model.
 */

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

export interface ColourModel {
  /** Median Y, Cb, Cr. */
  readonly centre: readonly [number, number, number];
  /** Robust standard deviation (1.4826 × MAD) per channel, floored by MIN_SPREAD. */
  readonly spread: readonly [number, number, number];
  readonly pixels: number;
}

/** Floors keep a very flat sample (a studio-lit cheek) from calling every slightly different pixel foreign. */
export const MIN_SPREAD: readonly [number, number, number] = [12, 4, 4];

/** Growable list of YCbCr samples. */
export class YccSamples {
  private data = new Float32Array(3 * 1024);
  count = 0;

  add(r: number, g: number, b: number): void {
    this.push(lumaOf(r, g, b), cbOf(r, g, b), crOf(r, g, b));
  }

  push(y: number, cb: number, cr: number): void {
    if (3 * (this.count + 1) > this.data.length) {
      const grown = new Float32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const k = 3 * this.count++;
    this.data[k] = y;
    this.data[k + 1] = cb;
    this.data[k + 2] = cr;
  }

  append(other: YccSamples): void {
    for (let k = 0; k < 3 * other.count; k += 3) this.push(other.data[k]!, other.data[k + 1]!, other.data[k + 2]!);
  }

  channel(c: number): Float32Array {
    const out = new Float32Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.data[3 * i + c]!;
    return out;
  }
}

/** Median of a typed array (sorts it in place). */
export function medianInPlace(values: Float32Array): number {
  if (values.length === 0) return NaN;
  values.sort();
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

export function fitColourModel(samples: YccSamples): ColourModel | null {
  if (samples.count === 0) return null;
  const centre = [0, 0, 0] as [number, number, number];
  const spread = [0, 0, 0] as [number, number, number];
  for (let c = 0; c < 3; c++) {
    const values = samples.channel(c);
    const med = medianInPlace(values);
    for (let i = 0; i < values.length; i++) values[i] = Math.abs(values[i]! - med);
    centre[c] = med;
    spread[c] = Math.max(MIN_SPREAD[c]!, 1.4826 * medianInPlace(values));
  }
  return { centre, spread, pixels: samples.count };
}

/** Distance of a YCbCr colour from a model, in model spreads (a diagonal Mahalanobis distance). */
export function modelDistance(model: ColourModel, y: number, cb: number, cr: number): number {
  const dy = (y - model.centre[0]) / model.spread[0];
  const dcb = (cb - model.centre[1]) / model.spread[1];
  const dcr = (cr - model.centre[2]) / model.spread[2];
  return Math.sqrt(dy * dy + dcb * dcb + dcr * dcr);
}

/** Distance between two models' centres, in the first model's spreads. */
export function centreDistance(from: ColourModel, to: ColourModel): number {
  return modelDistance(from, to.centre[0], to.centre[1], to.centre[2]);
}

/** Chroma of a YCbCr colour: distance from the neutral axis. */
export function yccChroma(cb: number, cr: number): number {
  return Math.hypot(cb - 128, cr - 128);
}
