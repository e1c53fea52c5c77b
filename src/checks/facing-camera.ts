import { z } from 'zod';
import { MESH } from '../analyses/landmarks.js';
import { defineCheck } from './define.js';
import { judgeRange, round } from './judge-range.js';
import { measured } from './measure.js';

/**
 * The standard's limit is 5° of yaw (ISO/IEC 19794-5). The mesh's yaw estimate scatters by about
 * ±5° on faces people call frontal (dev set), so the default adds that error to the 5°.
 */
export const facingCamera = defineCheck({
  id: 'facing-camera',
  title: { en: 'Facing the camera (yaw)', zh: '正对镜头（头部转动）' },
  needs: ['pose', 'mesh'],
  params: z.object({ maxYawDeg: z.number().nonnegative().default(10) }).strict(),
  judge({ pose, mesh }, { maxYawDeg }) {
    const points = [MESH.rightCheek, MESH.noseTip, MESH.leftCheek].map((i) => [mesh.points[i]![0], mesh.points[i]![1]] as const);
    return judgeRange({
      name: 'yaw',
      value: Math.abs(pose.yaw),
      unit: 'deg',
      limit: { max: maxYawDeg },
      what: { en: 'Head turn (yaw)', zh: '头部左右转动' },
      codes: { below: 'turned', above: 'turned' },
      extra: { signedYaw: measured(round(pose.yaw), 'deg') },
      regions: [{ kind: 'points', label: 'cheeks and nose tip', points }],
    });
  },
});
