import { z } from 'zod';
import { FITTED } from '../accessories/fitted-models.js';
import { earringFeatures } from '../accessories/jewellery-features.js';
import { accessoryParams, boxRegion, cannotJudge, isReliable, scoreOf, searchedRegion, skipReason, weakRuleFinding } from '../accessories/judging.js';
import { probabilityFor } from '../accessories/linear-model.js';
import { earInputs, earringInputs } from '../accessories/model-inputs.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

export const noEarrings = defineCheck({
  id: 'no-earrings',
  title: { en: 'No earrings', zh: '无耳饰' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'hairModel', 'personMask', 'earCover'],
  params: z.object(accessoryParams).strict(),
  judge(inputs, params) {
    const zones = inputs.faceZones;
    const looked = [searchedRegion('right earlobe', zones.earlobes.right), searchedRegion('left earlobe', zones.earlobes.left)];
    const reason = skipReason(inputs, params, [zones.earlobes.right, zones.earlobes.left], true);
    if (reason) return cannotJudge(reason, 'Earrings', '耳饰', looked);
    const models = { skin: inputs.skinModel.model, hair: inputs.hairModel.model };
    const ears = inputs.earCover;
    const earHidden = (side: 'right' | 'left'): boolean => probabilityFor(FITTED.earCovered, earInputs(ears, side)) >= params.threshold;
    if (earHidden('right') && earHidden('left')) {
      return { status: 'skipped', code: 'ears-hidden', regions: looked, message: { en: 'Both ears are hidden, so earrings cannot be seen (ears-visible judges that)', zh: '双耳被遮挡，无法判断耳饰（由“双耳露出”检查判断）' } };
    }
    const f = earringFeatures(inputs.rgb, inputs.personMask, zones, models);
    const probability = probabilityFor(FITTED.earrings, earringInputs(f));
    const measurements = { earringProbability: measured(probability, 'probability'), rightBlob: measured(f.blobs.right.share, 'share'), leftBlob: measured(f.blobs.left.share, 'share') };
    const limits = { earringProbability: { max: params.threshold, unit: 'probability' } };
    const base = { measurements, limits, score: scoreOf(probability) };
    const detected = probability >= params.threshold;
    const blob = f.blobs.right.share >= f.blobs.left.share ? f.blobs.right : f.blobs.left;
    const found = detected && blob.box ? [boxRegion('earring', blob.box)] : [];
    if (!isReliable(FITTED.earrings)) return weakRuleFinding(FITTED.earrings, probability, { title: 'Earrings', titleZh: '耳饰', seen: 'Something worn at the ear (an earring)', seenZh: '耳部有饰物（耳环）' }, base, looked, found);
    if (!detected) return { ...base, status: 'pass', code: 'ok', regions: looked, message: { en: 'No earrings seen', zh: '未发现耳饰' } };
    return { ...base, status: 'fail', code: 'earring', regions: [...looked, ...found], message: { en: 'Something worn at the ear (an earring?)', zh: '耳部有饰物（耳环？）' } };
  },
});
