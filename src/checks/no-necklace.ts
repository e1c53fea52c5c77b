import { z } from 'zod';
import { FITTED } from '../accessories/fitted-models.js';
import { necklaceFeatures } from '../accessories/jewellery-features.js';
import { accessoryParams, boxRegion, cannotJudge, isReliable, scoreOf, searchedRegion, skipReason, weakRuleFinding } from '../accessories/judging.js';
import { probabilityFor } from '../accessories/linear-model.js';
import { necklaceInputs } from '../accessories/model-inputs.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

export const noNecklace = defineCheck({
  id: 'no-necklace',
  title: { en: 'No necklace', zh: '无项链' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'hairModel', 'personMask'],
  params: z.object({
    ...accessoryParams,
    /** With less skin than this share in the neck zone, the neck is covered and nothing is judged. */
    minNeckSkin: z.number().min(0).max(1).default(0.05),
  }).strict(),
  judge(inputs, params) {
    const zones = inputs.faceZones;
    const looked = [searchedRegion('neck', zones.neck)];
    const reason = skipReason(inputs, params, [zones.neck], true);
    if (reason) return cannotJudge(reason, 'Necklace', '项链', looked);
    const f = necklaceFeatures(inputs.rgb, inputs.personMask, zones, { skin: inputs.skinModel.model, hair: inputs.hairModel.model });
    if (f.skinShare < params.minNeckSkin) {
      return { status: 'skipped', code: 'neck-hidden', regions: looked, measurements: { neckSkin: measured(f.skinShare, 'share') }, message: { en: 'The neck is covered; no necklace can be seen', zh: '颈部被遮挡，看不到项链' } };
    }
    const probability = probabilityFor(FITTED.necklace, necklaceInputs(f));
    const measurements = { necklaceProbability: measured(probability, 'probability'), thinOverSkin: measured(f.thinOverSkin, 'share'), neckSkin: measured(f.skinShare, 'share') };
    const limits = { necklaceProbability: { max: params.threshold, unit: 'probability' } };
    const base = { measurements, limits, score: scoreOf(probability) };
    const detected = probability >= params.threshold;
    const found = detected ? [boxRegion('necklace', f.blob.box ?? zones.neck)] : [];
    if (!isReliable(FITTED.necklace)) return weakRuleFinding(FITTED.necklace, probability, { title: 'Necklace', titleZh: '项链', seen: 'Something worn at the neck (a necklace or chain)', seenZh: '颈部有饰物（项链）' }, base, looked, found);
    if (!detected) return { ...base, status: 'pass', code: 'ok', regions: looked, message: { en: 'No necklace seen', zh: '未发现项链' } };
    return { ...base, status: 'fail', code: 'necklace', regions: [...looked, ...found], message: { en: 'Something worn at the neck (a necklace or chain?)', zh: '颈部有饰物（项链？）' } };
  },
});
