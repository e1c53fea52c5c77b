import { z } from 'zod';
import { defineCheck } from './define.js';
import { gazeOffset } from './face-measures.js';
import { round } from './judge-range.js';
import { measured, rangeScore } from './measure.js';

/**
 * Where the irises sit in the eyes, as a fraction of the eye's width. Looking into the lens,
 * the iris centre sits on the corner-to-corner line horizontally and a little above it
 * (the median over the dev set's frontal faces is 0.07 of the eye width above).
 */
const NEUTRAL_VERTICAL = -0.07;

const fraction = z.number().positive().max(0.5);

export const gazeStraight = defineCheck({
  id: 'gaze-straight',
  title: { en: 'Looking straight ahead', zh: '双眼平视' },
  needs: ['irises'],
  params: z.object({ maxHorizontal: fraction.default(0.1), maxVertical: fraction.default(0.1) }).strict(),
  judge({ irises }, { maxHorizontal, maxVertical }) {
    const gaze = gazeOffset(irises);
    const vertical = gaze.vertical - NEUTRAL_VERTICAL;
    const sideways = Math.abs(gaze.horizontal) > maxHorizontal;
    const upDown = Math.abs(vertical) > maxVertical;
    const score = Math.min(rangeScore(Math.abs(gaze.horizontal), { max: maxHorizontal }), rangeScore(Math.abs(vertical), { max: maxVertical }));
    const shown = `sideways ${round(gaze.horizontal)}, vertical ${round(vertical)} of the eye width`;
    return {
      status: sideways || upDown ? 'fail' : 'pass',
      code: sideways ? 'looking-sideways' : upDown ? (vertical < 0 ? 'looking-up' : 'looking-down') : 'ok',
      message:
        sideways || upDown
          ? { en: `The eyes look away from the camera (${shown}; at most ${maxHorizontal} and ${maxVertical})`, zh: `双眼未平视镜头（水平偏移 ${round(gaze.horizontal)}，垂直偏移 ${round(vertical)}）` }
          : { en: `The eyes look into the camera (${shown})`, zh: '双眼平视镜头' },
      measurements: { horizontal: measured(round(gaze.horizontal), 'eye widths'), vertical: measured(round(vertical), 'eye widths') },
      limits: { horizontal: { max: maxHorizontal, unit: 'eye widths' }, vertical: { max: maxVertical, unit: 'eye widths' } },
      score,
      regions: [{ kind: 'points', label: 'iris centres', points: [irises.right.center, irises.left.center] }],
    };
  },
});
