import { type ColourModel, YccSamples, centreDistance, fitColourModel, yccChroma } from '../accessories/colour-model.js';
import { gridSamples, sampleGrid, strideFor } from '../accessories/grid.js';
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
const AGREEMENT = 2.5;
const GREYSCALE_CHROMA = 3;

/**
 * The photo's own skin colour, from forehead, cheeks and nose. Any of them may be covered, so
 * the patch that agrees best with the others anchors the model and only patches near it join.
 */
export function fitSkinModel(rgb: RgbImage, zones: FaceZones): SkinModel {
  const stride = strideFor(zones.faceWidth);
  const patches = [zones.forehead, zones.cheeks.right, zones.cheeks.left, zones.nose];
  const fitted = patches.map((box) => {
    const samples = gridSamples(sampleGrid(rgb, box, { stride }));
    return { box, samples, model: fitColourModel(samples) };
  }).filter((p): p is typeof p & { model: ColourModel } => p.model !== null);
  if (fitted.length === 0) throw new PhotolintError('analysis-failed', 'The skin patches of the face lie outside the image');
  const disagreement = (p: (typeof fitted)[number]): number => fitted.reduce((sum, q) => sum + centreDistance(p.model, q.model), 0);
  const anchor = fitted.reduce((best, p) => (disagreement(p) < disagreement(best) ? p : best));
  const agreeing = fitted.filter((p) => centreDistance(anchor.model, p.model) <= AGREEMENT);
  const merged = new YccSamples();
  for (const p of agreeing) merged.append(p.samples);
  const model = fitColourModel(merged) ?? anchor.model;
  return { model, patches: agreeing.map((p) => p.box), greyscale: yccChroma(model.centre[1], model.centre[2]) < GREYSCALE_CHROMA };
}

export const skinModel = defineAnalysis({
  id: 'skinModel',
  needs: ['rgb', 'faceZones'],
  models: [],
  compute: ({ rgb, faceZones }) => fitSkinModel(rgb, faceZones),
});
