import { z } from 'zod';
import { defineCheck } from './define.js';
import { lipGap, lipRegion } from './face-measures.js';
import { judgeRange } from './judge-range.js';
import { coveredMouth } from './mouth-visible.js';

/**
 * The gap between the inner lip margins over the mouth's width: about 0.02 closed (a closed-lip
 * smile included), 0.08 and more with teeth showing. 0.065 separates them on the dev set.
 * A covered mouth is not judged.
 */
export const LIP_GAP_DEFAULT = 0.065;

const TITLE = { en: 'Lips closed', zh: '嘴唇闭合' };

export const lipsClosed = defineCheck({
  id: 'lips-closed',
  title: TITLE,
  needs: ['mesh', 'skinModel', 'faceColours'],
  params: z.object({ maxLipGap: z.number().positive().max(1).default(LIP_GAP_DEFAULT) }).strict(),
  judge(inputs, { maxLipGap }) {
    const regions = [lipRegion(inputs.mesh)];
    return (
      coveredMouth(inputs, TITLE, regions) ??
      judgeRange({
        name: 'lipGap',
        value: lipGap(inputs.mesh),
        unit: 'ratio',
        limit: { max: maxLipGap },
        what: { en: 'Gap between the lips over the mouth width', zh: '双唇间隙与嘴宽之比' },
        codes: { below: 'mouth-open', above: 'mouth-open' },
        regions,
      })
    );
  },
});
