import { z } from 'zod';
import { defineCheck } from './define.js';
import { frameParams, judgeFrameRow } from './standard-frame.js';

const px = z.number().nonnegative();

export const eyeLine = defineCheck({
  id: 'eye-line',
  title: { en: 'Eye line height', zh: '眼睛高度' },
  needs: ['file', 'head', 'irises'],
  params: z.object({ min: px.default(200), max: px.default(300), ...frameParams }).strict(),
  judge({ file, head, irises }, limits) {
    return judgeFrameRow(file.info, limits, {
      name: 'eyeLine',
      y: head.eyeMid[1],
      what: { en: 'Midpoint of the pupils below the top edge', zh: '双瞳中点距上边缘' },
      label: 'eye line',
      points: { label: 'pupils', points: [irises.right.center, irises.left.center, head.eyeMid] },
    });
  },
});
