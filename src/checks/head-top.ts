import { z } from 'zod';
import { defineCheck } from './define.js';
import { frameParams, judgeFrameRow } from './standard-frame.js';

const px = z.number().nonnegative();

export const headTop = defineCheck({
  id: 'head-top',
  title: { en: 'Head top position', zh: '头顶位置' },
  needs: ['file', 'head'],
  params: z.object({ min: px.default(50), max: px.default(110), ...frameParams }).strict(),
  judge({ file, head }, limits) {
    return judgeFrameRow(file.info, limits, {
      name: 'headTop',
      y: head.headTop[1],
      what: { en: 'Top of the head below the top edge', zh: '头顶距上边缘' },
      label: 'head top',
      points: { label: 'head top', points: [head.headTop] },
    });
  },
});
