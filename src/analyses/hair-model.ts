import { type ColourModel, type ToneModel, YccSamples, centreDistance, fitMainColour, fitMainTone } from '../accessories/colour-model.js';
import { type ColourGrid, type Grid, addGridSamples, classShares, measureColourGrid, sampleColourGrid, strideFor } from '../accessories/grid.js';
import { PIXEL_SKIN } from '../accessories/pixel-classes.js';
import type { RgbImage } from '../image/intake.js';
import { defineAnalysis } from './define.js';
import type { FaceZones } from './face-zones.js';
import type { SkinModel } from './skin-model.js';
import type { Box, GreyMap } from './types.js';

export interface HairModel {
  /** The colour of the hair beside the temples; null when none is distinct from the skin (bald, shaved, cropped, covered). */
  readonly model: ToneModel | null;
  /** The colour of what tops the head (hair, or a covering), sampled the same way; null when nothing but skin is there. */
  readonly crown: ColourModel | null;
  readonly region: Box;
  /** The crown region as sampled (person outside the face oval counted), for measures of its texture. */
  readonly crownGrid: Grid;
  /** Share of the crown region that is person (not background). */
  readonly personShare: number;
}

/** A sample this close to the skin colour is bare skin (or indistinct hair): no model. */
const SKIN_SEPARATION = 2;
const MIN_SAMPLES = 30;

/** Working sample lists of the side hair and of the crown: a fit never awaits and keeps none of its samples. */
const sides = new YccSamples();
const crownSamples = new YccSamples();

/**
 * The hair colour from the sides of the head (beside the temples), not from the top: a hat or
 * scarf sits on top and would be taken for hair. Skin-like pixels (ears, forehead) and the
 * background are left out. The crown is modelled the same way for the head-covering rule.
 */
export function fitHairModel(rgb: RgbImage, mask: GreyMap, zones: FaceZones, skin: SkinModel): HairModel {
  const stride = strideFor(zones.faceWidth);
  const options = { stride, mask, exclude: [zones.ovalSpans], models: { skin: skin.model, hair: null } };
  const addSideHair = (grid: ColourGrid): void => addGridSamples(sides, grid, PIXEL_SKIN);
  sides.clear();
  measureColourGrid(rgb, zones.hairSides.right, options, addSideHair);
  measureColourGrid(rgb, zones.hairSides.left, options, addSideHair);
  const crown = sampleColourGrid(rgb, zones.crown, options);
  crownSamples.clear();
  addGridSamples(crownSamples, crown, PIXEL_SKIN);
  const shares = classShares(crown);
  // The side hair is only measured against; the crown's brightness and chroma are read too.
  const distinct = <M extends ToneModel>(samples: YccSamples, fit: (samples: YccSamples) => M | null): M | null => {
    const model = samples.count >= MIN_SAMPLES ? fit(samples) : null;
    return model && centreDistance(skin.model, model) > SKIN_SEPARATION ? model : null;
  };
  return {
    model: distinct(sides, fitMainTone),
    crown: distinct(crownSamples, fitMainColour),
    region: zones.crown,
    crownGrid: crown,
    personShare: shares.counted / Math.max(1, crown.classes.length),
  };
}

export const hairModel = defineAnalysis({
  id: 'hairModel',
  needs: ['rgb', 'personMask', 'faceZones', 'skinModel'],
  models: [],
  compute: ({ rgb, personMask, faceZones, skinModel }) => fitHairModel(rgb, personMask, faceZones, skinModel),
});
