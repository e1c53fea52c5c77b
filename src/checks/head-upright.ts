import { z } from 'zod';
import { MESH } from '../analyses/landmarks.js';
import { defineCheck } from './define.js';
import { judgeRange, round } from './judge-range.js';
import { measured } from './measure.js';

/**
 * The standard's limit is 5° of pitch. The mesh's pitch comes from its depth estimate, which
 * scatters by about ±8° on faces people call frontal (dev set), so the default is wider.
 */
export const headUpright = defineCheck({
  id: 'head-upright',
  title: { en: 'Head upright (pitch)', zh: '头部端正（俯仰）' },
  needs: ['pose', 'mesh'],
  params: z.object({ maxPitchDeg: z.number().nonnegative().default(15) }).strict(),
  judge({ pose, mesh }, { maxPitchDeg }) {
    const point = (i: number) => [mesh.points[i]![0], mesh.points[i]![1]] as const;
    return judgeRange({
      name: 'pitch',
      value: Math.abs(pose.pitch),
      unit: 'deg',
      limit: { max: maxPitchDeg },
      what: { en: 'Head nod (pitch)', zh: '头部俯仰' },
      codes: { below: 'nodding', above: 'nodding' },
      extra: { signedPitch: measured(round(pose.pitch), 'deg') },
      regions: [{ kind: 'line', label: 'forehead to chin', from: point(MESH.foreheadTop), to: point(MESH.chin) }],
    });
  },
});
