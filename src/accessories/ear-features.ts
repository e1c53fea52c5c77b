import { defineAnalysis } from '../analyses/define.js';
import type { FaceZones, Sides } from '../analyses/face-zones.js';
import type { GreyMap } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { type ClassShares, classShares, sampleGrid, strideFor } from './grid.js';
import { type ColourModels } from './pixel-classes.js';

/** What covers each ear zone (beside the face at eye-to-nose height, inside the person). */
export interface EarFeatures {
  readonly shares: Sides<ClassShares>;
  /** Share of the ear zone that is person at all (a narrow head or a tight crop leaves little). */
  readonly personShare: Sides<number>;
}

export function earFeatures(rgb: RgbImage, mask: GreyMap, zones: FaceZones, models: ColourModels): EarFeatures {
  const stride = strideFor(zones.faceWidth);
  const grid = (side: 'right' | 'left') => sampleGrid(rgb, zones.ears[side], { stride, models, mask, exclude: [zones.ovalSpans] });
  const right = grid('right');
  const left = grid('left');
  const sharesRight = classShares(right);
  const sharesLeft = classShares(left);
  return {
    shares: { right: sharesRight, left: sharesLeft },
    personShare: { right: sharesRight.counted / Math.max(1, right.classes.length), left: sharesLeft.counted / Math.max(1, left.classes.length) },
  };
}

/** Read by ears-visible and no-earrings: computed once per photo. */
export const earCover = defineAnalysis({
  id: 'earCover',
  needs: ['rgb', 'personMask', 'faceZones', 'skinModel', 'hairModel'],
  models: [],
  compute: ({ rgb, personMask, faceZones, skinModel, hairModel }) => earFeatures(rgb, personMask, faceZones, { skin: skinModel.model, hair: hairModel.model }),
});
