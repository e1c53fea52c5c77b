import type { FaceZones } from '../analyses/face-zones.js';
import type { RgbImage } from '../image/intake.js';
import { chromaPerLuma } from './colour-model.js';
import { type ColourGrid, measureColourGrid, strideFor } from './grid.js';
import { scratchArray } from '../image/scratch.js';
import { medianInPlace } from '../image/stats.js';
import { type ColourModels, PIXEL_OTHER, PIXEL_SKIN } from './pixel-classes.js';
import { foreignBlob, type ForeignBlob, otherFlags } from './jewellery-features.js';
import { rowSpans } from './polygon.js';

export interface FaceCoverFeatures {
  /** The largest blob unlike skin (in hue) and hair on the lower face (below the eyes, the mouth left out): a mask, a hand, an object. */
  readonly foreign: ForeignBlob;
  /**
   * Median brightness of the skin on the darker half of the lower face over that of the brighter
   * half: near 1 when the face is evenly lit, low when a hard shadow or a side light darkens one
   * side. Halves, not a brightness floor: a beard or dark skin is dark on both sides alike.
   * NaN when either half shows too little skin to tell.
   */
  readonly halfBrightness: number;
}

/** Samples across the face width: masks, hands and a shaded half of the face are large. */
const COVER_SAMPLES_ACROSS = 60;

/** Fewer skin samples than this on a half of the lower face tell nothing of its light. */
const MIN_HALF_SAMPLES = 12;

export function faceCoverFeatures(rgb: RgbImage, zones: FaceZones, models: ColourModels): FaceCoverFeatures {
  const stride = strideFor(zones.faceWidth, COVER_SAMPLES_ACROSS);
  const { x, width } = spanBetween(zones);
  const top = zones.belowEyes.right.y + zones.belowEyes.right.height;
  const bottom = zones.faceOval[18]![1];
  const lowerFace = { x, y: top, width, height: bottom - top };
  const mouth = rowSpans([
    [zones.mouth.x, zones.mouth.y],
    [zones.mouth.x + zones.mouth.width, zones.mouth.y],
    [zones.mouth.x + zones.mouth.width, zones.mouth.y + zones.mouth.height],
    [zones.mouth.x, zones.mouth.y + zones.mouth.height],
  ]);
  return measureColourGrid(rgb, lowerFace, { stride, models, within: zones.ovalSpans, exclude: [mouth] }, (grid) => lowerFaceFeatures(grid, zones, models));
}

/** The skin brightness of each half of the lower face, as working memory: read before lowerFaceFeatures returns. */
const rightHalf = scratchArray((length) => new Float32Array(length));
const leftHalf = scratchArray((length) => new Float32Array(length));

function lowerFaceFeatures(grid: ColourGrid, zones: FaceZones, models: ColourModels): FaceCoverFeatures {
  const skinChroma = skinHue(models);
  // Wrinkles and shading change skin's brightness, not its hue: a covering differs in hue.
  const foreign = otherFlags(grid);
  for (let i = 0; i < foreign.length; i++) if (foreign[i] && skinChroma(grid.luma[i]!, grid.cb[i]!, grid.cr[i]!)) foreign[i] = 0;
  const midline = zones.nose.x + zones.nose.width / 2;
  const halves = [rightHalf(grid.classes.length), leftHalf(grid.classes.length)] as const;
  const counts = [0, 0];
  for (let i = 0; i < grid.classes.length; i++) {
    const cls = grid.classes[i]!;
    if ((cls !== PIXEL_SKIN && cls !== PIXEL_OTHER) || !skinChroma(grid.luma[i]!, grid.cb[i]!, grid.cr[i]!)) continue;
    const side = grid.x0 + (i % grid.cols) * grid.stride < midline ? 0 : 1;
    halves[side][counts[side]!++] = grid.luma[i]!;
  }
  const [right, left] = halves.map((values, side) => (counts[side]! >= MIN_HALF_SAMPLES ? medianInPlace(values.subarray(0, counts[side])) : NaN)) as [number, number];
  return { foreign: foreignBlob(grid, models.skin.centre[0], foreign), halfBrightness: Math.min(right, left) / Math.max(right, left) };
}

/** Hue (degrees) and saturation ratio within which a pixel is skin at any brightness or flush. */
const SKIN_HUE_DEGREES = 15;
const SKIN_SATURATION: readonly [number, number] = [0.4, 2.5];

/**
 * Skin's hue at any brightness: a shadow darkens skin and a flush or pallor changes how
 * saturated it is, but neither turns its hue. A mask, a hand in a glove, cloth: other hues or grey.
 */
function skinHue(models: ColourModels): (luma: number, cb: number, cr: number) => boolean {
  const [, u0, v0] = models.skin.tone;
  const skinSaturation = Math.max(Math.hypot(u0, v0), 1e-6);
  return (luma, cb, cr) => {
    const u = chromaPerLuma(cb, luma);
    const v = chromaPerLuma(cr, luma);
    const turn = Math.abs(Math.atan2(u * v0 - v * u0, u * u0 + v * v0)) * (180 / Math.PI);
    const ratio = Math.hypot(u, v) / skinSaturation;
    return turn <= SKIN_HUE_DEGREES && ratio >= SKIN_SATURATION[0] && ratio <= SKIN_SATURATION[1];
  };
}

function spanBetween(zones: FaceZones): { x: number; width: number } {
  const x0 = zones.ears.right.x + zones.ears.right.width;
  const x1 = zones.ears.left.x;
  return { x: Math.min(x0, x1), width: Math.abs(x1 - x0) };
}
