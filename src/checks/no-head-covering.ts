import { z } from 'zod';
import { FITTED } from '../accessories/fitted-models.js';
import { headCoveringFeatures } from '../accessories/head-covering-features.js';
import { accessoryParams, boxRegion, cannotJudge, scoreOf, searchedRegion, skipReason } from '../accessories/judging.js';
import { probabilityFor } from '../accessories/linear-model.js';
import { headCoveringInputs } from '../accessories/model-inputs.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

export const noHeadCovering = defineCheck({
  id: 'no-head-covering',
  title: { en: 'No head covering', zh: '无头部覆盖物' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'hairModel', 'personMask'],
  params: z.object({
    ...accessoryParams,
    /** A covering leaving less than this share of the forehead skin-coloured covers or shadows the face: fail, not review. */
    minForeheadSkin: z.number().min(0).max(1).default(0.5),
  }).strict(),
  judge(inputs, params) {
    const zones = inputs.faceZones;
    const looked = [searchedRegion('crown', zones.crown), searchedRegion('forehead', zones.forehead)];
    const reason = skipReason(inputs, params, [zones.forehead], true);
    if (reason) return cannotJudge(reason, 'Head covering', '头部覆盖物', looked);
    const f = headCoveringFeatures(inputs.rgb, inputs.personMask, zones, inputs.skinModel, inputs.hairModel);
    const probability = probabilityFor(FITTED.headCovering, headCoveringInputs(f));
    const measurements = {
      coveringProbability: measured(probability, 'probability'),
      foreheadSkin: measured(f.foreheadSkin, 'share'),
      headRise: measured(f.headRise, 'face heights'),
      crownBrightness: measured(f.crownBrightness, 'ratio to skin'),
    };
    const limits = { coveringProbability: { max: params.threshold, unit: 'probability' }, foreheadSkin: { min: params.minForeheadSkin, unit: 'share' } };
    const base = { measurements, limits, score: scoreOf(probability) };
    if (probability < params.threshold) return { ...base, status: 'pass', code: 'ok', message: { en: 'No head covering seen', zh: '未发现头部覆盖物' }, regions: looked };
    const regions = [...looked, boxRegion('head covering', zones.crown)];
    if (f.foreheadSkin < params.minForeheadSkin) {
      return { ...base, status: 'fail', code: 'covers-face', regions: [...regions, boxRegion('covered forehead', zones.forehead)], message: { en: 'A head covering covers or shadows the forehead', zh: '头部覆盖物遮挡或遮暗额头' } };
    }
    return { ...base, status: 'review', code: 'covering-face-clear', regions, message: { en: 'A head covering is worn; the face is clear (allowed for religious or medical reasons: a person decides)', zh: '佩戴头部覆盖物，面部未被遮挡（宗教或医疗原因可允许，需人工确认）' } };
  },
});
