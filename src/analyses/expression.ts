import { defineAnalysis } from './define.js';
import { detectionRegion } from './crop-regions.js';
import { infer } from './infer.js';
import { regionAffine, sampleRgb, toGrey } from './sampling.js';
import { EXPRESSIONS, type Expression } from './types.js';

const INPUT = 64;
/** human's face crop for the emotion model: the detection box enlarged 1.4 times. */
const CROP_SCALE = 1.4;
/** The colour crop before it turns grey: filled and read within one input write, so one array serves every photo. */
const colourCrop = new Float32Array(INPUT * INPUT * 3);

/** The 7-class emotion model (oarriaga, FER-2013) on a greyscale, upright crop of the primary face. */
export const expression = defineAnalysis({
  id: 'expression',
  needs: ['rgb', 'face'],
  models: ['emotion'],
  async compute({ rgb, face }, { models }) {
    const map = regionAffine(detectionRegion(face, CROP_SCALE), INPUT);
    const colour = { width: INPUT, height: INPUT, normalise: { scale: 2 / 255, offset: -1 }, into: colourCrop };
    const { probabilities } = await infer(models, 'emotion', [1, INPUT, INPUT, 1], (input) => toGrey(sampleRgb(rgb, map, colour), input), ['probabilities']);
    const byClass = Object.fromEntries(EXPRESSIONS.map((name, i) => [name, probabilities[i]!])) as Record<Expression, number>;
    const top = EXPRESSIONS.reduce((best, name) => (byClass[name] > byClass[best] ? name : best));
    return { probabilities: byClass, top };
  },
});
