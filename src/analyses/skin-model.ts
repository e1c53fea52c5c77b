import { type ColourModel, type ToneModel, YccSamples, centreDistance, fitMainColour, fitToneModel, yccChroma } from '../accessories/colour-model.js';
import { addGridSamples, measureColourGrid, strideFor } from '../accessories/grid.js';
import type { RgbImage } from '../image/intake.js';
import { PhotolintError } from '../errors.js';
import { defineAnalysis } from './define.js';
import type { FaceZones } from './face-zones.js';
import type { Box } from './types.js';

export interface SkinModel {
  readonly model: ColourModel;
  /** The patches (forehead, cheeks, nose) whose colour agreed and were used. */
  readonly patches: readonly Box[];
  /** No chroma in the skin: a greyscale photo, where colour rules cannot judge. */
  readonly greyscale: boolean;
}

/** Patches farther than this (in the consensus patch's spreads) are covered by something: hair, a mask, a hand, glasses. */
const AGREEMENT = 3.5;
const GREYSCALE_CHROMA = 3;
/** Chroma points per 100 of luma by which skin is redder than neutral, at least. */
const SKIN_REDNESS = 2;

/** Working sample lists of each patch and of the agreeing ones: a fit never awaits and keeps none of its samples. */
const patchSamples = [new YccSamples(), new YccSamples(), new YccSamples(), new YccSamples()];
const merged = new YccSamples();

/**
 * The photo's own skin colour, from forehead, cheeks and nose. Any of them may be covered, so
 * the patch that agrees best with the others anchors the model and only patches near it join.
 */
export function fitSkinModel(rgb: RgbImage, zones: FaceZones): SkinModel {
  const stride = strideFor(zones.faceWidth);
  const patches = [zones.forehead, zones.cheeks.right, zones.cheeks.left, zones.nose];
  const fitted = patches.map((box, i) => {
    const samples = patchSamples[i]!;
    samples.clear();
    measureColourGrid(rgb, box, { stride }, (grid) => addGridSamples(samples, grid));
    return { box, samples, model: fitToneModel(samples) };
  }).filter((p): p is typeof p & { model: ToneModel } => p.model !== null);
  if (fitted.length === 0) throw new PhotolintError('analysis-failed', 'The skin patches of the face lie outside the image');
  // Measured in the other patches' spreads: a mixed, wide patch must not look close to everyone.
  const disagreement = (p: (typeof fitted)[number]): number => fitted.reduce((sum, q) => sum + centreDistance(q.model, p.model), 0);
  // A mask, a scarf or a lens over a patch is rarely skin-toned: anchor on a skin-toned patch when there is one.
  const candidates = fitted.filter((p) => skinToned(p.model));
  const anchor = (candidates.length > 0 ? candidates : fitted).reduce((best, p) => (disagreement(p) < disagreement(best) ? p : best));
  const agreeing = fitted.filter((p) => centreDistance(anchor.model, p.model) <= AGREEMENT);
  merged.clear();
  for (const p of agreeing) merged.append(p.samples);
  // The anchor agrees with itself, so `merged` holds samples and has a fit.
  const model = fitMainColour(merged)!;
  return { model, patches: agreeing.map((p) => p.box), greyscale: yccChroma(model.centre[1], model.centre[2]) < GREYSCALE_CHROMA };
}

/** Skin of every human complexion is redder than it is blue: Cr above neutral by more than Cb. */
function skinToned(model: ToneModel): boolean {
  const [, u, v] = model.tone;
  return v > SKIN_REDNESS && v - u > 2 * SKIN_REDNESS;
}

export const skinModel = defineAnalysis({
  id: 'skinModel',
  needs: ['rgb', 'faceZones'],
  models: [],
  compute: ({ rgb, faceZones }) => fitSkinModel(rgb, faceZones),
});
