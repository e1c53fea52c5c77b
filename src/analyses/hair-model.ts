import { type ColourModel, centreDistance, fitColourModel } from '../accessories/colour-model.js';
import { PIXEL_IGNORED, gridSamples, sampleGrid, strideFor } from '../accessories/grid.js';
import type { RgbImage } from '../image/intake.js';
import { defineAnalysis } from './define.js';
import type { FaceZones } from './face-zones.js';
import type { SkinModel } from './skin-model.js';
import type { Box, GreyMap } from './types.js';

export interface HairModel {
  /** The colour of whatever tops the head (hair, or a covering); null when none is distinct from the skin. */
  readonly model: ColourModel | null;
  readonly region: Box;
  /** Share of the crown region that is person (not background). */
  readonly personShare: number;
}

/** A crown this close to the skin colour is bare scalp (or indistinct hair): no hair model. */
const SKIN_SEPARATION = 2;
const MIN_SAMPLES = 30;

/** The colour of the head above the face: person-mask pixels above the forehead, outside the face oval. */
export function fitHairModel(rgb: RgbImage, mask: GreyMap, zones: FaceZones, skin: SkinModel): HairModel {
  const grid = sampleGrid(rgb, zones.crown, { stride: strideFor(zones.faceWidth), mask, exclude: [zones.ovalSpans] });
  let person = 0;
  for (let i = 0; i < grid.classes.length; i++) if (grid.classes[i] !== PIXEL_IGNORED) person++;
  const personShare = grid.classes.length > 0 ? person / grid.classes.length : 0;
  const model = person >= MIN_SAMPLES ? fitColourModel(gridSamples(grid)) : null;
  const distinct = model !== null && centreDistance(skin.model, model) > SKIN_SEPARATION;
  return { model: distinct ? model : null, region: zones.crown, personShare };
}

export const hairModel = defineAnalysis({
  id: 'hairModel',
  needs: ['rgb', 'personMask', 'faceZones', 'skinModel'],
  models: [],
  compute: ({ rgb, personMask, faceZones, skinModel }) => fitHairModel(rgb, personMask, faceZones, skinModel),
});
