import { z } from 'zod';
import { defineCheck } from './define.js';
import { judgeRange } from './judge-range.js';
import { measured } from './measure.js';
import { fitStandardFrame, frameParams } from './standard-frame.js';

const px = z.number().positive();

export const faceWidth = defineCheck({
  id: 'face-width',
  title: { en: 'Face width', zh: '脸部宽度' },
  needs: ['file', 'head'],
  params: z.object({ min: px.default(180), max: px.default(300), ...frameParams }).strict(),
  judge({ file, head }, { min, max, frameWidth, frameHeight }) {
    const frame = fitStandardFrame(file.info, { width: frameWidth, height: frameHeight });
    if (!frame.ok) return frame.finding;
    const [right, left] = head.cheeks;
    return judgeRange({
      name: 'faceWidth',
      value: head.faceWidth * frame.scale,
      unit: 'px',
      limit: { min, max },
      what: { en: 'Cheek-to-cheek face width', zh: '脸颊间宽度' },
      codes: { below: 'too-small', above: 'too-large' },
      extra: { frameScale: measured(frame.scale, 'ratio') },
      regions: [{ kind: 'line', label: 'face width', from: right, to: left }],
    });
  },
});
