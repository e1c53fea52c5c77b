import { z } from 'zod';
import { FITTED } from '../accessories/fitted-models.js';
import { glassesFeatures } from '../accessories/glasses-features.js';
import { accessoryParams, boxRegion, cannotJudge, scoreOf, searchedRegion, skipReason } from '../accessories/judging.js';
import { probabilityFor } from '../accessories/linear-model.js';
import { glassesInputs } from '../accessories/model-inputs.js';
import { defineCheck } from './define.js';
import { eyeOpening } from './face-measures.js';
import { measured } from './measure.js';

export const noGlasses = defineCheck({
  id: 'no-glasses',
  title: { en: 'No glasses', zh: '不戴眼镜' },
  needs: ['rgb', 'pose', 'faceZones', 'skinModel', 'irises'],
  params: z.object({
    ...accessoryParams,
    /** chsi-2017 allows clear glasses; the university notice (sztu-2022) forbids any. */
    allowClearGlasses: z.boolean().default(true),
    /** Lens region darker than this share of the skin's brightness reads as tinted. */
    tintedBelow: z.number().positive().default(0.4),
    /** Eyes whose sclera-to-iris contrast (relative to skin) is below this, behind glasses, are behind tinted lenses. */
    flatEyesBelow: z.number().positive().default(0.3),
    /**
     * Sunglasses must never pass: lenses darker than this (with glasses seen), or eyes flatter
     * than `maybeFlatBelow` (glasses seen or not), go to a person.
     */
    maybeTintedBelow: z.number().positive().default(0.55),
    maybeFlatBelow: z.number().positive().default(0.35),
    /**
     * Lid opening (over the eye's width) below which an eye is closed, as eyes-open has it. Closed
     * eyes show no sclera or iris, so their flatness says nothing about a lens: with both closed,
     * the lens darkness alone decides.
     */
    openEyeAbove: z.number().positive().max(1).default(0.2),
    /** Share of near-white pixels on the lenses that reads as a reflection. */
    glareAbove: z.number().positive().default(0.02),
  }).strict(),
  judge(inputs, params) {
    const zones = inputs.faceZones;
    const looked = [searchedRegion('right lens', zones.lenses.right), searchedRegion('left lens', zones.lenses.left), searchedRegion('bridge', zones.bridge)];
    const reason = skipReason(inputs, params, [zones.temples.right, zones.temples.left], false);
    if (reason) return cannotJudge(reason, 'Glasses', '眼镜', looked);
    const f = glassesFeatures(inputs.rgb, zones, inputs.skinModel);
    const probability = probabilityFor(FITTED.glasses, glassesInputs(f));
    const wearing = probability >= params.threshold;
    const dark = f.lensBrightness < params.tintedBelow;
    const eyesClosed = Math.max(eyeOpening(inputs.irises.right), eyeOpening(inputs.irises.left)) < params.openEyeAbove;
    const flat = eyesClosed ? dark : f.eyeContrast < params.flatEyesBelow;
    const maybeFlat = eyesClosed ? f.lensBrightness < params.maybeTintedBelow : f.eyeContrast < params.maybeFlatBelow;
    const tinted = wearing ? dark || flat : dark && flat;
    const maybeTinted = !tinted && (maybeFlat || (wearing && f.lensBrightness < params.maybeTintedBelow));
    const glare = wearing && f.lensGlare > params.glareAbove;
    const measurements = {
      glassesProbability: measured(probability, 'probability'),
      lensBrightness: measured(f.lensBrightness, 'ratio to skin'),
      eyeContrast: measured(f.eyeContrast, 'ratio to skin'),
      eyeLocalContrast: measured(f.eyeLocalContrast, 'ratio'),
      lensGlare: measured(f.lensGlare, 'share'),
      bridgeLine: measured(f.bridgeLine, 'ratio to skin'),
      bridgeEdge: measured(f.bridgeEdge, 'ratio to skin'),
      rimLine: measured(f.rimLine, 'ratio to skin'),
      rimRing: measured(f.rimRing, 'ratio to skin'),
    };
    const limits = { glassesProbability: { max: params.threshold, unit: 'probability' }, lensBrightness: { min: params.tintedBelow, unit: 'ratio to skin' } };
    const label = tinted || maybeTinted ? 'tinted lens' : glare ? 'lens reflection' : 'glasses';
    const found = wearing || tinted || maybeTinted ? [boxRegion(label, zones.lenses.right), boxRegion(label, zones.lenses.left), boxRegion('bridge line', f.bridgeSegment)] : [];
    const base = { measurements, limits, score: scoreOf(tinted ? 1 : probability), regions: [...looked, ...found] };
    if (tinted) return { ...base, status: 'fail', code: 'tinted-lenses', message: { en: 'Tinted lenses or sunglasses hide the eyes', zh: '佩戴有色镜片或墨镜，遮挡眼睛' } };
    if (maybeTinted) return { ...base, status: 'review', code: 'maybe-tinted', message: { en: 'The eyes are hard to see: possibly tinted lenses or sunglasses (a person decides)', zh: '眼睛不清晰，可能佩戴有色镜片或墨镜（需人工确认）' } };
    if (!wearing) return { ...base, status: 'pass', code: 'ok', message: { en: 'No glasses seen', zh: '未发现眼镜' } };
    if (glare) return { ...base, status: 'fail', code: 'lens-reflection', message: { en: 'Light reflects on the lenses', zh: '镜片有反光' } };
    if (!params.allowClearGlasses) return { ...base, status: 'fail', code: 'glasses', message: { en: 'Glasses are not allowed in this photo', zh: '照片中不能佩戴眼镜' } };
    return { ...base, status: 'pass', code: 'clear-glasses', message: { en: 'Clear glasses without reflections (allowed by this standard)', zh: '佩戴无反光的透明眼镜（本标准允许）' } };
  },
});
