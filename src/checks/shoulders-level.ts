import { z } from 'zod';
import { lineAngleDeg } from '../analyses/geometry.js';
import { MESH } from '../analyses/landmarks.js';
import { defineCheck } from './define.js';
import { judgeRange, round } from './judge-range.js';
import { measured } from './measure.js';
import { shoulderPoints } from './shoulder-line.js';

export const shouldersLevel = defineCheck({
  id: 'shoulders-level',
  title: { en: 'Shoulders level', zh: '双肩水平' },
  needs: ['personMask', 'head', 'mesh'],
  params: z.object({ maxTiltDeg: z.number().nonnegative().default(5) }).strict(),
  judge({ personMask, head, mesh }, { maxTiltDeg }) {
    const shoulders = shoulderPoints(personMask, head.centreX, head.faceWidth, mesh.points[MESH.chin]![1]);
    if (!shoulders) {
      return {
        status: 'skipped',
        code: 'cannot-judge',
        message: { en: 'Both shoulders are not visible beside the neck in the person mask, so their tilt cannot be measured', zh: '人像分割中看不到两侧肩膀，无法判断双肩是否水平' },
      };
    }
    const tilt = lineAngleDeg(shoulders.right, shoulders.left);
    return judgeRange({
      name: 'tilt',
      value: Math.abs(tilt),
      unit: 'deg',
      limit: { max: maxTiltDeg },
      what: { en: 'Shoulder line tilt', zh: '肩线倾斜' },
      codes: { below: 'shoulders-tilted', above: 'shoulders-tilted' },
      extra: { signedTilt: measured(round(tilt), 'deg') },
      regions: [
        { kind: 'line', label: 'shoulder line', from: shoulders.right, to: shoulders.left },
        { kind: 'points', label: 'shoulders', points: [shoulders.right, shoulders.left] },
      ],
    });
  },
});
