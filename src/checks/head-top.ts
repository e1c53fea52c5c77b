import { z } from 'zod';
import { defineCheck } from './define.js';
import { judgeRange } from './judge-range.js';
import { measured } from './measure.js';
import { allowedBand, fitStandardFrame, frameParams } from './standard-frame.js';

const px = z.number().nonnegative();

export const headTop = defineCheck({
  id: 'head-top',
  title: { en: 'Head top position', zh: '头顶位置' },
  needs: ['file', 'head'],
  params: z.object({ min: px.default(50), max: px.default(110), ...frameParams }).strict(),
  judge({ file, head }, { min, max, frameWidth, frameHeight }) {
    const frame = fitStandardFrame(file.info, { width: frameWidth, height: frameHeight });
    if (!frame.ok) return frame.finding;
    const [x, y] = head.headTop;
    return judgeRange({
      name: 'headTop',
      value: y * frame.scale,
      unit: 'px',
      limit: { min, max },
      what: { en: 'Top of the head below the top edge', zh: '头顶距上边缘' },
      codes: { below: 'too-high', above: 'too-low' },
      extra: { frameScale: measured(frame.scale, 'ratio') },
      regions: [
        allowedBand('allowed head top', { min, max }, frame.scale, file.info.width),
        { kind: 'line', label: 'head top', from: [0, y], to: [file.info.width, y] },
        { kind: 'points', label: 'head top', points: [[x, y]] },
      ],
    });
  },
});
