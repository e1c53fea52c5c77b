import { z } from 'zod';
import { faceCoverFeatures } from '../accessories/face-cover-features.js';
import { accessoryParams, boxRegion, cannotJudge, skipReason } from '../accessories/judging.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

/** Not fitted: the dev set has no face-covering label. The defaults are set by reasoning, not data (see the report). */
export const faceUncovered = defineCheck({
  id: 'face-uncovered',
  title: { en: 'Face uncovered', zh: '面部无遮挡' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'hairModel'],
  params: z.object({
    maxTurn: accessoryParams.maxTurn,
    minFaceWidth: accessoryParams.minFaceWidth,
    /** Largest share of the lower face one blob unlike skin and hair may take (a mask or hand takes most of it). */
    maxForeignShare: z.number().min(0).max(1).default(0.25),
    /** Largest share of the lower face in hard shadow. */
    maxShadowShare: z.number().min(0).max(1).default(0.2),
  }).strict(),
  judge(inputs, params) {
    const zones = inputs.faceZones;
    const looked = [boxRegion('searched: face', { x: zones.ears.right.x + zones.ears.right.width, y: zones.belowEyes.right.y, width: zones.ears.left.x - zones.ears.right.x - zones.ears.right.width, height: zones.faceOval[18]![1] - zones.belowEyes.right.y })];
    const reason = skipReason(inputs, params, [], true);
    if (reason) return cannotJudge(reason, 'Face covering', '面部遮挡', looked);
    const f = faceCoverFeatures(inputs.rgb, zones, { skin: inputs.skinModel.model, hair: inputs.hairModel.model });
    const measurements = { foreignShare: measured(f.foreign.share, 'share'), shadowShare: measured(f.shadow, 'share') };
    const limits = { foreignShare: { max: params.maxForeignShare, unit: 'share' }, shadowShare: { max: params.maxShadowShare, unit: 'share' } };
    const score = Math.round(100 * Math.max(0, 1 - Math.max(f.foreign.share / params.maxForeignShare, f.shadow / params.maxShadowShare) / 2));
    const base = { measurements, limits, score };
    if (f.foreign.share > params.maxForeignShare) {
      const found = f.foreign.box ? [boxRegion('covering', f.foreign.box)] : [];
      return { ...base, status: 'fail', code: 'face-covered', regions: [...looked, ...found], message: { en: 'Something covers the face (a mask, a hand or an object)', zh: '面部被遮挡（口罩、手或物体）' } };
    }
    if (f.shadow > params.maxShadowShare) return { ...base, status: 'fail', code: 'face-shadowed', regions: looked, message: { en: 'A hard shadow falls across the face', zh: '面部有明显阴影' } };
    return { ...base, status: 'pass', code: 'ok', regions: looked, message: { en: 'The face is uncovered', zh: '面部无遮挡' } };
  },
});
