import { z } from 'zod';
import { defineCheck } from './define.js';
import { judgeRange } from './judge-range.js';
import { measured } from './measure.js';
import { allowedBand, fitStandardFrame, frameParams } from './standard-frame.js';

const px = z.number().nonnegative();

export const eyeLine = defineCheck({
  id: 'eye-line',
  title: { en: 'Eye line height', zh: '眼睛高度' },
  needs: ['file', 'head', 'irises'],
  params: z.object({ min: px.default(200), max: px.default(300), ...frameParams }).strict(),
  judge({ file, head, irises }, { min, max, frameWidth, frameHeight }) {
    const frame = fitStandardFrame(file.info, { width: frameWidth, height: frameHeight });
    if (!frame.ok) return frame.finding;
    const y = head.eyeMid[1];
    return judgeRange({
      name: 'eyeLine',
      value: y * frame.scale,
      unit: 'px',
      limit: { min, max },
      what: { en: 'Midpoint of the pupils below the top edge', zh: '双瞳中点距上边缘' },
      codes: { below: 'too-high', above: 'too-low' },
      extra: { frameScale: measured(frame.scale, 'ratio') },
      regions: [
        allowedBand('allowed eye line', { min, max }, frame.scale, file.info.width),
        { kind: 'line', label: 'eye line', from: [0, y], to: [file.info.width, y] },
        { kind: 'points', label: 'pupils', points: [irises.right.center, irises.left.center, head.eyeMid] },
      ],
    });
  },
});
