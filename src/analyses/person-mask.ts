import { defineAnalysis } from './define.js';
import { infer } from './infer.js';
import { resizeProbabilityMap, resizeWhole } from './sampling.js';

const INPUT = 256;

/** MediaPipe selfie segmentation on the whole image stretched to 256², its mask stretched back. */
export const personMask = defineAnalysis({
  id: 'personMask',
  needs: ['rgb'],
  models: ['selfie'],
  async compute({ rgb }, { models }) {
    const { input } = resizeWhole(rgb, INPUT, { scale: 1 / 255, offset: 0 }, true);
    const { mask } = await infer(models, 'selfie', input, [1, INPUT, INPUT, 3], ['mask']);
    return { width: rgb.width, height: rgb.height, data: resizeProbabilityMap(mask, INPUT, INPUT, rgb.width, rgb.height) };
  },
});
