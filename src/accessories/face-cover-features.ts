import type { FaceZones } from '../analyses/face-zones.js';
import type { RgbImage } from '../image/intake.js';
import { type ColourModels, PIXEL_IGNORED, PIXEL_OTHER, PIXEL_SKIN, sampleGrid, strideFor } from './grid.js';
import { foreignBlob, type ForeignBlob } from './jewellery-features.js';
import { rowSpans } from './polygon.js';

export interface FaceCoverFeatures {
  /** The largest blob unlike skin and hair on the lower face (below the eyes, the mouth left out): a mask, a hand, an object. */
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
  let counted = 0;
  let dark = 0;
  for (let i = 0; i < grid.classes.length; i++) {
    const cls = grid.classes[i]!;
    if (cls === PIXEL_IGNORED) continue;
    counted++;
    if ((cls === PIXEL_SKIN || cls === PIXEL_OTHER) && grid.luma[i]! < SHADOW_BRIGHTNESS * skinLuma && skinChroma(models, grid.cb[i]!, grid.cr[i]!)) dark++;
  }
  return { foreign: foreignBlob(grid, skinLuma), shadow: counted > 0 ? dark / counted : 0 };
}

function skinChroma(models: ColourModels, cb: number, cr: number): boolean {
  const { centre, spread } = models.skin;
  return Math.abs(cb - centre[1]) <= 3 * spread[1] && Math.abs(cr - centre[2]) <= 3 * spread[2];
}

function spanBetween(zones: FaceZones): { x: number; width: number } {
  const x0 = zones.ears.right.x + zones.ears.right.width;
  const x1 = zones.ears.left.x;
  return { x: Math.min(x0, x1), width: Math.abs(x1 - x0) };
}
