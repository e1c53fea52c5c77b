import { z } from 'zod';
import { defineCheck } from './define.js';
import { judgeRange, round } from './judge-range.js';
import { measured } from './measure.js';

export const eyesLevel = defineCheck({
  id: 'eyes-level',
  title: { en: 'Eyes level (roll)', zh: '双眼水平（头部侧倾）' },
  needs: ['pose', 'irises'],
  params: z.object({ maxRollDeg: z.number().nonnegative().default(8) }).strict(),
  judge({ pose, irises }, { maxRollDeg }) {
    return judgeRange({
      name: 'roll',
      value: Math.abs(pose.roll),
      unit: 'deg',
      limit: { max: maxRollDeg },
      what: { en: 'Head roll (tilt of the eye line)', zh: '头部侧倾（双眼连线倾斜）' },
      codes: { below: 'tilted', above: 'tilted' },
      extra: { signedRoll: measured(round(pose.roll), 'deg') },
      regions: [{ kind: 'line', label: 'eye line', from: irises.right.center, to: irises.left.center }],
    });
  },
});
