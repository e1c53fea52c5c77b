import { defineAnalysis } from '../analyses/define.js';
import type { FaceZones, Sides } from '../analyses/face-zones.js';
import type { Box, GreyMap } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import type { ColourModel } from './colour-model.js';
import { type ClassShares, sampleCounts, sampleShares, sharesOf, strideFor } from './grid.js';
import { type ColourModels } from './pixel-classes.js';

/** What covers each ear zone (beside the face at eye-to-nose height, inside the person). */
export interface EarFeatures {
  readonly shares: Sides<ClassShares>;
  /** Skin share of the zone's half next to the face, where the ear itself is (not the hair or background behind it). */
  readonly earSkin: Sides<number>;
  /** Share of the ear zone that is person at all (a narrow head or a tight crop leaves little). */
  readonly personShare: Sides<number>;
}

/**
 * An ear is shaded by the head and redder than the face the skin model was sampled on, so
 * it is judged against that model with wider brightness and red-chroma tolerances (×2, Cb ×1.5).
 */
const EAR_SPREAD = [2, 1.5, 2] as const;

function earSkinModel(skin: ColourModel): ColourModel {
  return { ...skin, spread: [skin.spread[0] * EAR_SPREAD[0], skin.spread[1] * EAR_SPREAD[1], skin.spread[2] * EAR_SPREAD[2]] };
}

/** The half of an ear zone next to the face (`out` is -1 on the image's left, +1 on its right). */
function innerHalf(zone: Box, out: -1 | 1): Box {
  const width = zone.width / 2;
  return { ...zone, x: out < 0 ? zone.x + width : zone.x, width };
}

export function earFeatures(rgb: RgbImage, mask: GreyMap, zones: FaceZones, models: ColourModels): EarFeatures {
  const stride = strideFor(zones.faceWidth);
  const earModels = { skin: earSkinModel(models.skin), hair: models.hair };
  const options = { stride, models: earModels, mask, exclude: [zones.ovalSpans] };
  const side = (name: 'right' | 'left', out: -1 | 1) => {
    const counts = sampleCounts(rgb, zones.ears[name], options);
    const shares = sharesOf(counts);
    return { shares, earSkin: sampleShares(rgb, innerHalf(zones.ears[name], out), options).skin, person: counts.counted / Math.max(1, counts.cells) };
  };
  const right = side('right', -1);
  const left = side('left', 1);
  return {
    shares: { right: right.shares, left: left.shares },
    earSkin: { right: right.earSkin, left: left.earSkin },
    personShare: { right: right.person, left: left.person },
  };
}

/** Read by ears-visible and no-earrings: computed once per photo. */
export const earCover = defineAnalysis({
  id: 'earCover',
  needs: ['rgb', 'personMask', 'faceZones', 'skinModel', 'hairModel'],
  models: [],
  compute: ({ rgb, personMask, faceZones, skinModel, hairModel }) => earFeatures(rgb, personMask, faceZones, { skin: skinModel.model, hair: hairModel.model }),
});
