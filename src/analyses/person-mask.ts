import { defineAnalysis } from './define.js';
import { infer } from './infer.js';
import { placeWhole, placementAffine, resizeProbabilityMap, sampleRgb } from './sampling.js';

const INPUT = 256;

/** MediaPipe selfie segmentation on the whole image stretched to 256², its mask stretched back. */
export const personMask = defineAnalysis({
  id: 'personMask',
  needs: ['rgb'],
  models: ['selfie'],
  async compute({ rgb }, { models }) {
    const map = placementAffine(placeWhole(rgb, INPUT, true));
    const { mask } = await infer(models, 'selfie', [1, INPUT, INPUT, 3], (input) => sampleRgb(rgb, map, { width: INPUT, height: INPUT, normalise: { scale: 1 / 255, offset: 0 }, into: input }), ['mask']);
    return { width: rgb.width, height: rgb.height, data: resizeProbabilityMap(mask, INPUT, INPUT, rgb.width, rgb.height) };
  },
});
