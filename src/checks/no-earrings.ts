import { z } from 'zod';
import { earFeatures } from '../accessories/ear-features.js';
import { FITTED } from '../accessories/fitted-models.js';
import { earringFeatures } from '../accessories/jewellery-features.js';
import { accessoryParams, boxRegion, cannotJudge, scoreOf, skipReason } from '../accessories/judging.js';
import { probabilityFor } from '../accessories/linear-model.js';
import { earInputs, earringInputs } from '../accessories/model-inputs.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

export const noEarrings = defineCheck({
  id: 'no-earrings',
  title: { en: 'No earrings', zh: '无耳饰' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'hairModel', 'personMask'],
  params: z.object(accessoryParams).strict(),
  judge(inputs, params) {
    const zones = inputs.faceZones;
    const looked = [boxRegion('searched: right earlobe', zones.earlobes.right), boxRegion('searched: left earlobe', zones.earlobes.left)];
    const reason = skipReason(inputs, params, [zones.earlobes.right, zones.earlobes.left], true);
    if (reason) return cannotJudge(reason, 'Earrings', '耳饰', looked);
    const models = { skin: inputs.skinModel.model, hair: inputs.hairModel.model };
    const ears = earFeatures(inputs.rgb, inputs.personMask, zones, models);
    const earHidden = (side: 'right' | 'left'): boolean => probabilityFor(FITTED.earCovered, earInputs(ears, side)) >= params.threshold;
    if (earHidden('right') && earHidden('left')) {
      return { status: 'skipped', code: 'ears-hidden', regions: looked, message: { en: 'Both ears are hidden, so earrings cannot be seen (ears-visible judges that)', zh: '双耳被遮挡，无法判断耳饰（由“双耳露出”检查判断）' } };
    }
    const f = earringFeatures(inputs.rgb, inputs.personMask, zones, models);
    const probability = probabilityFor(FITTED.earrings, earringInputs(f));
    const measurements = { earringProbability: measured(probability, 'probability'), rightBlob: measured(f.blobs.right.share, 'share'), leftBlob: measured(f.blobs.left.share, 'share') };
    const limits = { earringProbability: { max: params.threshold, unit: 'probability' } };
    const base = { measurements, limits, score: scoreOf(probability) };
    if (probability < params.threshold) return { ...base, status: 'pass', code: 'ok', regions: looked, message: { en: 'No earrings seen', zh: '未发现耳饰' } };
    const blob = f.blobs.right.share >= f.blobs.left.share ? f.blobs.right : f.blobs.left;
    const found = blob.box ? [boxRegion('earring', blob.box)] : [];
    return { ...base, status: 'fail', code: 'earring', regions: [...looked, ...found], message: { en: 'Something worn at the ear (an earring?)', zh: '耳部有饰物（耳环？）' } };
  },
});
