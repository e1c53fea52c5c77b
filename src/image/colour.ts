/**
 * Colour science for the colour rules: 8-bit sRGB → linear RGB → XYZ (D65) → CIELAB, LCh,
 * and the CIEDE2000 colour difference (Sharma, Wu & Dalal 2005).
 */

export type Lab = readonly [L: number, a: number, b: number];
export type Rgb = readonly [r: number, g: number, b: number];

/** IEC 61966-2-1 decoding of an 8-bit sRGB value to linear light, as a 256-entry table. */
export const SRGB_TO_LINEAR: Float64Array = (() => {
  const table = new Float64Array(256);
  for (let v = 0; v < 256; v++) {
    const c = v / 255;
    table[v] = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }
  return table;
})();

// D65 reference white (CIE 1931 2°), Y = 1.
const WHITE_X = 0.95047;
const WHITE_Z = 1.08883;
const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;

function labF(t: number): number {
  return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
}

const F_STEPS = 4096;
/** `labF` sampled on 0–1 (at single precision), one step past the end for interpolation. */
const F_TABLE = Float64Array.from(Float32Array.from({ length: F_STEPS + 2 }, (_, k) => labF(k / F_STEPS)));
/** The rise of F_TABLE from each step to the next (exact: differences of nearby single-precision values). */
const F_SLOPE = F_TABLE.map((low, k) => (F_TABLE[k + 1] ?? low) - low);

/**
 * `labF` by linear interpolation in a table, for per-pixel work: within 2·10⁻⁶ of the exact
 * value (0.0003 L*) and several times faster than `Math.cbrt`. `t` is clamped to 0–1, the range
 * of X/Xn, Y and Z/Zn for in-gamut colours.
 */
export function labFApprox(t: number): number {
  const s = (t < 0 ? 0 : t > 1 ? 1 : t) * F_STEPS;
  const k = s | 0;
  return (F_TABLE[k] as number) + (F_SLOPE[k] as number) * (s - k);
}

/**
 * `linearToLab` with `labFApprox`, written to index `i` of the planes `L`, `a`, `b` (no
 * allocation: this runs per cell). The planes are passed rather than an object holding them, so
 * the callers' different objects (the lab grid, the pattern patch) do not make these writes
 * polymorphic, and no plane is read out of an object per cell.
 */
export function writeLinearToLab(red: number, green: number, blue: number, L: Float32Array, a: Float32Array, b: Float32Array, i: number): void {
  const fx = labFApprox((0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / WHITE_X);
  const fy = labFApprox(0.2126729 * red + 0.7151522 * green + 0.072175 * blue);
  const fz = labFApprox((0.0193339 * red + 0.119192 * green + 0.9503041 * blue) / WHITE_Z);
  L[i] = 116 * fy - 16;
  a[i] = 500 * (fx - fy);
  b[i] = 200 * (fy - fz);
}

/** CIELAB (D65) of linear-light RGB components in 0–1. */
export function linearToLab(r: number, g: number, b: number): Lab {
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const fx = labF(x / WHITE_X);
  const fy = labF(y);
  const fz = labF(z / WHITE_Z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIELAB (D65) of an 8-bit sRGB colour; components may be fractional (averages). */
export function rgbToLab([r, g, b]: Rgb): Lab {
  return linearToLab(srgbToLinear(r), srgbToLinear(g), srgbToLinear(b));
}

function srgbToLinear(v: number): number {
  if (Number.isInteger(v) && v >= 0 && v <= 255) return SRGB_TO_LINEAR[v] as number;
  const c = Math.min(Math.max(v, 0), 255) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The 8-bit sRGB colour of a CIELAB colour, rounded and clipped to the gamut. */
export function labToRgb([L, a, b]: Lab): Rgb {
  const fy = (L + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const inverse = (f: number): number => (f ** 3 > EPSILON ? f ** 3 : (116 * f - 16) / KAPPA);
  const x = inverse(fx) * WHITE_X;
  const y = L > KAPPA * EPSILON ? fy ** 3 : L / KAPPA;
  const z = inverse(fz) * WHITE_Z;
  const encode = (c: number): number => {
    const v = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
    return Math.round(Math.min(Math.max(v, 0), 1) * 255);
  };
  return [
    encode(3.2404542 * x - 1.5371385 * y - 0.4985314 * z),
    encode(-0.969266 * x + 1.8760108 * y + 0.041556 * z),
    encode(0.0556434 * x - 0.2040259 * y + 1.0572252 * z),
  ];
}

/**
 * `Math.hypot(x, y)` or `Math.hypot(x, y, z)` by the same steps as V8's builtin (each magnitude
 * over the largest, squares Kahan-summed, NaN and Infinity alike), so bit-identical to it, for
 * per-cell loops: the builtin allocates an array of its arguments on every call and is about
 * three times slower.
 */
export function hypot(x: number, y: number, z?: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = z === undefined ? 0 : Math.abs(z);
  // A NaN never wins these comparisons; Infinity beats NaN.
  let max = 0;
  if (ax > max) max = ax;
  if (ay > max) max = ay;
  if (az > max) max = az;
  if (max === Infinity) return Infinity;
  if (Number.isNaN(ax) || Number.isNaN(ay) || Number.isNaN(az)) return NaN;
  if (max === 0) return 0;
  const nx = ax / max;
  const ny = ay / max;
  // The first square enters the Kahan sum exactly; the second leaves a compensation only a third term uses.
  const first = nx * nx;
  const second = ny * ny;
  const sum = first + second;
  if (z === undefined) return Math.sqrt(sum) * max;
  const nz = az / max;
  const third = nz * nz - (sum - first - second);
  return Math.sqrt(sum + third) * max;
}

/** CIELAB chroma C*ab. */
export function chroma([, a, b]: Lab): number {
  return Math.hypot(a, b);
}

/** CIELAB hue angle h_ab in degrees, 0–360 (0 for a neutral colour). */
export function hueAngle(a: number, b: number): number {
  if (a === 0 && b === 0) return 0;
  const h = (Math.atan2(b, a) * 180) / Math.PI;
  return h < 0 ? h + 360 : h;
}

/** CIE 1976 ΔE*ab: Euclidean distance in CIELAB (cheap; used to screen pixels). */
export function deltaE76(x: Lab, y: Lab): number {
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

const DEG = Math.PI / 180;
const POW25_7 = 25 ** 7;

/** CIEDE2000 ΔE00 with kL = kC = kH = 1, as specified in Sharma, Wu & Dalal (2005). */
export function ciede2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const meanC7 = meanC ** 7;
  const g = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + POW25_7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const C1 = Math.hypot(a1p, b1);
  const C2 = Math.hypot(a2p, b2);
  const h1 = hueAngle(a1p, b1);
  const h2 = hueAngle(a2p, b2);

  const dL = L2 - L1;
  const dC = C2 - C1;
  let dh = 0;
  if (C1 * C2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh / 2) * DEG);

  const meanL = (L1 + L2) / 2;
  const meanCp = (C1 + C2) / 2;
  let meanH = h1 + h2;
  if (C1 * C2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) meanH /= 2;
    else meanH = meanH < 360 ? (meanH + 360) / 2 : (meanH - 360) / 2;
  }

  const t =
    1 -
    0.17 * Math.cos((meanH - 30) * DEG) +
    0.24 * Math.cos(2 * meanH * DEG) +
    0.32 * Math.cos((3 * meanH + 6) * DEG) -
    0.2 * Math.cos((4 * meanH - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const meanCp7 = meanCp ** 7;
  const rC = 2 * Math.sqrt(meanCp7 / (meanCp7 + POW25_7));
  const l50 = (meanL - 50) ** 2;
  const sL = 1 + (0.015 * l50) / Math.sqrt(20 + l50);
  const sC = 1 + 0.045 * meanCp;
  const sH = 1 + 0.015 * meanCp * t;
  const rT = -Math.sin(2 * dTheta * DEG) * rC;

  const termL = dL / sL;
  const termC = dC / sC;
  const termH = dH / sH;
  return Math.sqrt(termL * termL + termC * termC + termH * termH + rT * termC * termH);
}
