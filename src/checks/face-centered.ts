import { z } from 'zod';
import { defineCheck } from './define.js';
import { judgeRange } from './judge-range.js';
import { measured } from './measure.js';

export const faceCentered = defineCheck({
  id: 'face-centered',
  title: { en: 'Face centred', zh: '脸部居中' },
  needs: ['file', 'head'],
  /** Largest distance of the face centre from the vertical centre line, in % of the photo's width. */
  params: z.object({ maxOffsetPercent: z.number().nonnegative().default(5) }).strict(),
  judge({ file, head }, { maxOffsetPercent }) {
    const { width, height } = file.info;
    const offset = ((head.centreX - width / 2) / width) * 100;
    return judgeRange({
      name: 'offset',
      value: Math.abs(offset),
      unit: '%',
      limit: { max: maxOffsetPercent },
      what: { en: 'Face centre off the vertical centre line', zh: '脸部中心偏离竖直中线' },
      codes: { below: 'off-centre', above: 'off-centre' },
      extra: { direction: measured(offset < 0 ? 'left' : 'right', 'image side'), faceCentreX: measured(Math.round(head.centreX), 'px') },
      regions: [
        { kind: 'line', label: 'centre line', from: [width / 2, 0], to: [width / 2, height] },
        { kind: 'line', label: 'face centre', from: [head.centreX, head.cheeks[0][1] - head.faceWidth / 2], to: [head.centreX, head.cheeks[0][1] + head.faceWidth / 2] },
      ],
    });
  },
});
