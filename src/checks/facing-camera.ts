import { z } from 'zod';
import { MESH, meshPoint } from '../analyses/landmarks.js';
import { defineCheck } from './define.js';
import { judgeRange, round } from './judge-range.js';
import { measured } from './measure.js';

/**
 * The standard's limit is 5° of yaw (ISO/IEC 19794-5). The estimate is good to about 2°
 * (two standard deviations of its disagreement with a depth-free fit on the dev set, see
 * analyses/pose.ts): up to that far beyond the limit the photo is borderline and goes to review.
 */
export const facingCamera = defineCheck({
  id: 'facing-camera',
  title: { en: 'Facing the camera (yaw)', zh: '正对镜头（头部转动）' },
  needs: ['pose', 'mesh'],
  params: z.object({ maxYawDeg: z.number().nonnegative().default(5), uncertainty: z.number().nonnegative().default(2) }).strict(),
  judge({ pose, mesh }, { maxYawDeg, uncertainty }) {
    const points = [MESH.rightCheek, MESH.noseTip, MESH.leftCheek].map((i) => meshPoint(mesh.points, i));
    return judgeRange({
      name: 'yaw',
      value: Math.abs(pose.yaw),
      unit: 'deg',
      limit: { max: maxYawDeg },
      uncertainty,
      what: { en: 'Head turn (yaw)', zh: '头部左右转动' },
      codes: { below: 'turned', above: 'turned' },
      extra: { signedYaw: measured(round(pose.yaw), 'deg') },
      regions: [{ kind: 'points', label: 'cheeks and nose tip', points }],
    });
  },
});
