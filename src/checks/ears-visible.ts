import { z } from 'zod';
import { FITTED } from '../accessories/fitted-models.js';
import { accessoryParams, boxRegion, cannotJudge, scoreOf, searchedRegion, skipReason } from '../accessories/judging.js';
import { probabilityFor } from '../accessories/linear-model.js';
import { earInputs } from '../accessories/model-inputs.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

const SIDES = { right: { en: 'right', zh: '右' }, left: { en: 'left', zh: '左' } } as const;

export const earsVisible = defineCheck({
  id: 'ears-visible',
  title: { en: 'Ears visible', zh: '双耳露出' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'earCover'],
  params: z.object(accessoryParams).strict(),
  judge(inputs, params) {
    const zones = inputs.faceZones;
    const looked = [searchedRegion('right ear', zones.ears.right), searchedRegion('left ear', zones.ears.left)];
    const reason = skipReason(inputs, params, [zones.ears.right, zones.ears.left], true);
    if (reason) return cannotJudge(reason, 'Ears', '耳朵', looked);
    const f = inputs.earCover;
    const probability = { right: probabilityFor(FITTED.earCovered, earInputs(f, 'right')), left: probabilityFor(FITTED.earCovered, earInputs(f, 'left')) };
    const covered = (['right', 'left'] as const).filter((side) => probability[side] >= params.threshold);
    const measurements = {
      rightEarCovered: measured(probability.right >= params.threshold, 'boolean'),
      leftEarCovered: measured(probability.left >= params.threshold, 'boolean'),
      rightEarCoveredProbability: measured(probability.right, 'probability'),
      leftEarCoveredProbability: measured(probability.left, 'probability'),
      rightEarSkin: measured(f.earSkin.right, 'share'),
      leftEarSkin: measured(f.earSkin.left, 'share'),
    };
    const limit = { max: params.threshold, unit: 'probability' };
    const base = { measurements, limits: { rightEarCoveredProbability: limit, leftEarCoveredProbability: limit }, score: scoreOf(Math.max(probability.right, probability.left)) };
    if (covered.length === 0) return { ...base, status: 'pass', code: 'ok', regions: looked, message: { en: 'Both ears are visible', zh: '双耳露出' } };
    const which = { en: covered.map((side) => SIDES[side].en).join(' and '), zh: covered.map((side) => SIDES[side].zh).join('、') };
    return {
      ...base,
      status: 'fail',
      code: 'ear-covered',
      regions: [...looked, ...covered.map((side) => boxRegion('covered ear', zones.ears[side]))],
      message: { en: `The ${which.en} ear${covered.length > 1 ? 's are' : ' is'} covered (by hair or a covering)`, zh: `${which.zh}耳被遮挡（头发或覆盖物）` },
    };
  },
});
