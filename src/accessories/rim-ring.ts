import type { FaceZones } from '../analyses/face-zones.js';
import type { RgbImage } from '../image/intake.js';
import { scratchArray } from '../image/scratch.js';
import { selectInPlace } from '../image/stats.js';
import { lumaOf } from './colour-model.js';
import { lineStrengths } from './kernels.js';

/** Rays out from each eye's centre; a rim crosses every one of them. */
const RAYS = 16;
/**
 * The stretch of each ray searched, in units of an ellipse around the eye (half-axes one eye
 * width across, 0.75 of one up and down): from the eye corners and just past the lids out to
 * beyond where rims run.
 */
const RING_FROM = 0.5;
const RING_TO = 1.25;
const RING_FLATTENING = 0.75;

/** Working arrays (rimRing never awaits): one ray's brightness profile and line strengths, each ray's strongest line. */
const rayProfile = scratchArray((length) => new Float32Array(length));
const rayLines = scratchArray((length) => new Float32Array(length));
const rayStrongest = scratchArray((length) => new Float32Array(length));

/**
 * How strongly a thin line rings the eyes, where a frame's rim runs. A rim is one closed curve
 * around the eye, so it puts a line across nearly every ray out from the eye's centre; a brow,
 * a lid crease or a shadow crosses only some of them. Per eye the median over the rays of the
 * strongest line along each (sampled every `step` px, lines up to `maxReach` samples thick);
 * the mean of both eyes, in luma units. NaN when no ray lies inside the photo.
 */
export function rimRing(rgb: RgbImage, zones: FaceZones, step: number, maxReach: number): number {
  const perEye = (['right', 'left'] as const).map((side) => {
    const lens = zones.lenses[side];
    return eyeRing(rgb, lens.x + lens.width / 2, lens.y + lens.height / 2, zones.eyeWidth, step, maxReach);
  });
  return (perEye[0]! + perEye[1]!) / 2;
}

function eyeRing(rgb: RgbImage, cx: number, cy: number, eyeWidth: number, step: number, maxReach: number): number {
  const strongest = rayStrongest(RAYS);
  let rays = 0;
  for (let k = 0; k < RAYS; k++) {
    const angle = (2 * Math.PI * k) / RAYS;
    const dx = eyeWidth * Math.cos(angle);
    const dy = RING_FLATTENING * eyeWidth * Math.sin(angle);
    const samples = Math.max(2, Math.round(((RING_TO - RING_FROM) * Math.hypot(dx, dy)) / step) + 1);
    const profile = rayProfile(samples);
    if (!rayInside(rgb, cx, cy, dx, dy, profile)) continue;
    const lines = lineStrengths(profile, samples, maxReach, rayLines(samples));
    let best = 0;
    for (let i = 0; i < samples; i++) best = Math.max(best, lines[i]!);
    strongest[rays++] = best;
  }
  return rays > 0 ? selectInPlace(strongest.subarray(0, rays), Math.floor(rays / 2)) : NaN;
}

/** Fills `profile` with the luma along the ray's searched stretch (nearest pixel); false when it leaves the photo. */
function rayInside(rgb: RgbImage, cx: number, cy: number, dx: number, dy: number, profile: Float32Array): boolean {
  const { width, height, data } = rgb;
  const last = profile.length - 1;
  for (let i = 0; i <= last; i++) {
    const s = RING_FROM + ((RING_TO - RING_FROM) * i) / last;
    const x = Math.round(cx + s * dx);
    const y = Math.round(cy + s * dy);
    if (x < 0 || y < 0 || x >= width || y >= height) return false;
    const k = (y * width + x) * 3;
    profile[i] = lumaOf(data[k]!, data[k + 1]!, data[k + 2]!);
  }
  return true;
}
