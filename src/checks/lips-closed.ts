import { z } from 'zod';
import { defineCheck } from './define.js';
import { lipGap, lipPoints } from './face-measures.js';
import { judgeRange } from './judge-range.js';

/**
 * The gap between the inner lip margins over the mouth's width: about 0.02 closed (a closed-lip
 * smile included), 0.08 and more with teeth showing. 0.065 separates them on the dev set.
 */
export const LIP_GAP_DEFAULT = 0.065;

export const lipsClosed = defineCheck({
  id: 'lips-closed',
  title: { en: 'Lips closed', zh: '嘴唇闭合' },
  needs: ['mesh'],
  params: z.object({ maxLipGap: z.number().positive().max(1).default(LIP_GAP_DEFAULT) }).strict(),
  judge({ mesh }, { maxLipGap }) {
    return judgeRange({
      name: 'lipGap',
      value: lipGap(mesh),
      unit: 'ratio',
      limit: { max: maxLipGap },
      what: { en: 'Gap between the lips over the mouth width', zh: '双唇间隙与嘴宽之比' },
      codes: { below: 'mouth-open', above: 'mouth-open' },
      regions: [{ kind: 'points', label: 'lips', points: lipPoints(mesh) }],
    });
  },
});
