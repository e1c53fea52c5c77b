import type { FaceZones } from '../analyses/face-zones.js';
import type { HairModel } from '../analyses/hair-model.js';
import type { SkinModel } from '../analyses/skin-model.js';
import type { GreyMap } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { separation } from './colour-model.js';
import { type Grid, sampleShares, strideFor } from './grid.js';
import { PIXEL_IGNORED } from './pixel-classes.js';

export interface HeadCoveringFeatures {
  /** Brightness of what tops the head relative to the skin (hair is mostly darker; cloth often not). */
  readonly crownBrightness: number;
  /**
   * How far the crown's colour is from the hair beside the temples, in both colours' spreads (see
   * `separation`; a hat differs from the hair it covers); 0 when either is missing (no distinct hair, or only skin on top).
   */
  readonly crownVsHair: number;
  /**
   * Fine texture of the crown: mean absolute luma Laplacian relative to skin. At about 160 samples
   * across the face hair strands blur into a smooth tone, while knit, weave, checks and vents do not.
   */
  readonly crownTexture: number;
  /** How far the person reaches above the forehead top, in face heights (hats and wraps add height). */
  readonly headRise: number;
  /** Whether the person mask reaches the top edge of the photo (then headRise is a lower bound). */
  readonly cutAtTop: boolean;
  /** Share of the forehead zone that is skin: a brim, a scarf or a band covers it. */
  readonly foreheadSkin: number;
}

export function headCoveringFeatures(rgb: RgbImage, mask: GreyMap, zones: FaceZones, skin: SkinModel, hair: HairModel): HeadCoveringFeatures {
  const stride = strideFor(zones.faceWidth);
  const skinLuma = Math.max(skin.model.centre[0], 1);
  const models = { skin: skin.model, hair: hair.model };
  return {
    crownBrightness: (hair.crown ?? skin.model).centre[0] / skinLuma,
    crownTexture: meanLaplacian(hair.crownGrid) / skinLuma,
    crownVsHair: hair.model && hair.crown ? separation(hair.model, hair.crown) : 0,
    ...headRise(mask, zones),
    foreheadSkin: sampleShares(rgb, zones.forehead, { stride, models }).skin,
  };
}

/** Mean absolute Laplacian of the luma over counted samples whose four neighbours count too. */
function meanLaplacian(grid: Grid): number {
  const { cols, rows, classes, luma } = grid;
  let sum = 0;
  let n = 0;
  for (let r = 1; r < rows - 1; r++) {
    for (let c = 1; c < cols - 1; c++) {
      const i = r * cols + c;
      if (classes[i] === PIXEL_IGNORED || classes[i - 1] === PIXEL_IGNORED || classes[i + 1] === PIXEL_IGNORED || classes[i - cols] === PIXEL_IGNORED || classes[i + cols] === PIXEL_IGNORED) continue;
      sum += Math.abs(4 * luma[i]! - luma[i - 1]! - luma[i + 1]! - luma[i - cols]! - luma[i + cols]!);
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
}

/** Topmost row where the person fills at least half of a central band one third of the face wide. */
export function headRise(mask: GreyMap, zones: FaceZones): { headRise: number; cutAtTop: boolean } {
  const [topX, topY] = zones.faceOval[0]!;
  const half = zones.faceWidth / 6;
  const x0 = Math.max(0, Math.round(topX - half));
  const x1 = Math.min(mask.width - 1, Math.round(topX + half));
  let top = Math.max(0, Math.round(topY));
  for (let y = 0; y <= Math.round(topY) && y < mask.height; y++) {
    let person = 0;
    for (let x = x0; x <= x1; x++) if (mask.data[y * mask.width + x]! >= 128) person++;
    if (person * 2 >= x1 - x0 + 1) {
      top = y;
      break;
    }
  }
  return { headRise: (topY - top) / zones.faceHeight, cutAtTop: top === 0 };
}
