import type { FaceZones } from '../analyses/face-zones.js';
import type { RgbImage } from '../image/intake.js';
import { chromaPerLuma } from './colour-model.js';
import { sampleGrid, strideFor } from './grid.js';
import { type ColourModels, PIXEL_IGNORED, PIXEL_OTHER, PIXEL_SKIN } from './pixel-classes.js';
import { foreignBlob, type ForeignBlob, otherFlags } from './jewellery-features.js';
import { rowSpans } from './polygon.js';

export interface FaceCoverFeatures {
  /** The largest blob unlike skin (in hue) and hair on the lower face (below the eyes, the mouth left out): a mask, a hand, an object. */
  readonly foreign: ForeignBlob;
  /** Share of the lower face that is skin-coloured but much darker than the skin: a hard shadow. */
  readonly shadow: number;
}

/** Skin-coloured pixels darker than this share of the skin's brightness count as shadowed. */
const SHADOW_BRIGHTNESS = 0.55;

export function faceCoverFeatures(rgb: RgbImage, zones: FaceZones, models: ColourModels): FaceCoverFeatures {
  const stride = strideFor(zones.faceWidth);
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
  const grid = sampleGrid(rgb, lowerFace, { stride, models, within: zones.ovalSpans, exclude: [mouth] });
  const skinLuma = models.skin.centre[0];
  const skinChroma = skinHue(models);
  let counted = 0;
  let dark = 0;
  for (let i = 0; i < grid.classes.length; i++) {
    const cls = grid.classes[i]!;
    if (cls === PIXEL_IGNORED) continue;
    counted++;
    if ((cls === PIXEL_SKIN || cls === PIXEL_OTHER) && grid.luma[i]! < SHADOW_BRIGHTNESS * skinLuma && skinChroma(grid.luma[i]!, grid.cb[i]!, grid.cr[i]!)) dark++;
  }
  // Wrinkles and shading change skin's brightness, not its hue: a covering differs in hue.
  const foreign = otherFlags(grid);
  for (let i = 0; i < foreign.length; i++) if (foreign[i] && skinChroma(grid.luma[i]!, grid.cb[i]!, grid.cr[i]!)) foreign[i] = 0;
  return { foreign: foreignBlob(grid, skinLuma, foreign), shadow: counted > 0 ? dark / counted : 0 };
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
