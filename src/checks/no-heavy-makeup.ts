import { z } from 'zod';
import { accessoryParams, boxRegion, cannotJudge, skipReason } from '../accessories/judging.js';
import { makeupFeatures } from '../retouch/makeup-features.js';
import { defineCheck } from './define.js';
import { round } from './judge-range.js';
import { measured, rangeScore } from './measure.js';

/**
 * Heavy make-up, read as colour against the photo's own skin: lips whose chroma exceeds the
 * skin's far beyond natural lips (bold lipstick), or lids tinted far from the skin (coloured eye
 * shadow). The limits are set above the natural range, not fitted: on the dev set natural
 * lips exceed the skin by at most 27 C*ab and natural lids differ by at most 30 in a*b*. There
 * the rule finds 4 of 14 heavy make-up/beauty-filter photos with no false alarm (balanced
 * accuracy 0.67): precise, not sensitive. The lids' darkening is reported but not judged (it does not separate
 * the dev set: AUC 0.49). Foundation's flat skin is measured by no-heavy-retouching.
 */
export const noHeavyMakeup = defineCheck({
  id: 'no-heavy-makeup',
  title: { en: 'No heavy make-up', zh: '无浓妆' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'faceColours'],
  params: z
    .object({
      maxTurn: accessoryParams.maxTurn,
      minFaceWidth: accessoryParams.minFaceWidth,
      /** Lip chroma minus skin chroma, C*ab. */
      maxLipChromaExcess: z.number().positive().default(30),
      /** a*b* distance of the more tinted lid from the skin. */
      maxLidTint: z.number().positive().default(35),
    })
    .strict(),
  judge({ rgb, pose, faceZones, skinModel, faceColours }, { maxTurn, minFaceWidth, maxLipChromaExcess, maxLidTint }) {
    const title = { en: 'Make-up', zh: '妆容' };
    const reason = skipReason({ rgb, pose, faceZones, skinModel }, { maxTurn, minFaceWidth }, [faceZones.mouth, faceZones.lids.right, faceZones.lids.left], true);
    if (reason) return cannotJudge(reason, title.en, title.zh);
    const f = makeupFeatures(rgb, faceColours);
    const lipstick = f.lipChromaExcess > maxLipChromaExcess;
    const eyeShadow = f.lidTint > maxLidTint;
    const found = [...(lipstick ? ['saturated lipstick'] : []), ...(eyeShadow ? ['coloured eye shadow'] : [])];
    const foundZh = [...(lipstick ? ['浓艳口红'] : []), ...(eyeShadow ? ['彩色眼影'] : [])];
    const numbers = `lips ${round(f.lipChromaExcess)} C* above the skin (at most ${maxLipChromaExcess}), lid tint ${round(f.lidTint)} (at most ${maxLidTint})`;
    return {
      status: found.length ? 'fail' : 'pass',
      code: lipstick ? 'heavy-lipstick' : eyeShadow ? 'heavy-eye-shadow' : 'ok',
      message: found.length
        ? { en: `Heavy make-up: ${found.join(' and ')} (${numbers})`, zh: `妆容过浓：${foundZh.join('、')}` }
        : { en: `No heavy make-up seen (${numbers})`, zh: '未发现浓妆' },
      measurements: {
        lipChromaExcess: measured(round(f.lipChromaExcess), 'C*ab'),
        lipRednessExcess: measured(round(f.lipRednessExcess), 'a*'),
        lidTint: measured(round(f.lidTint), 'deltaEab'),
        lidDarkening: measured(round(f.lidDarkening), 'L*'),
        skinChroma: measured(round(f.skin.chroma), 'C*ab'),
        lipChroma: measured(round(f.lips.chroma), 'C*ab'),
      },
      limits: { lipChromaExcess: { max: maxLipChromaExcess, unit: 'C*ab' }, lidTint: { max: maxLidTint, unit: 'deltaEab' } },
      score: Math.min(rangeScore(f.lipChromaExcess, { max: maxLipChromaExcess }, maxLipChromaExcess), rangeScore(f.lidTint, { max: maxLidTint }, maxLidTint)),
      regions: [
        { kind: 'polygon', label: 'lips', points: f.parts.lipsOuter },
        { kind: 'polygon', label: 'right eye-shadow zone', points: f.parts.lids.right },
        { kind: 'polygon', label: 'left eye-shadow zone', points: f.parts.lids.left },
        ...skinModel.patches.map((box) => boxRegion('skin reference', box)),
      ],
    };
  },
});
