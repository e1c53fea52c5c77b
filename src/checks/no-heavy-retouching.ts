import { z } from 'zod';
import { accessoryParams, boxRegion, cannotJudge, skipReason } from '../accessories/judging.js';
import { skinTexture } from '../retouch/skin-texture.js';
import { defineCheck } from './define.js';
import { round } from './judge-range.js';
import { measured, rangeScore } from './measure.js';

/**
 * A beauty filter or airbrushing: skin without fine texture in a photo whose eyes are sharp
 * (`retouch/skin-texture.ts`: median skin |∇²Y| over the eyes' 90th percentile, on a raster
 * tied to the face's size, so a soft or small photo is not mistaken for a smoothed one).
 * RELIABILITY: on the dev set this ratio barely separates heavily retouched photos (AUC 0.68;
 * best cross-validated balanced accuracy ≈ 0.6, with many false alarms: JPEG compression and
 * smooth young skin look alike). So the rule only asks for review, and only when the skin has
 * virtually no texture left: the default limit lies 25 % below the lowest dev-set photo (0.021).
 */
export const noHeavyRetouching = defineCheck({
  id: 'no-heavy-retouching',
  title: { en: 'No heavy retouching or beauty filter', zh: '无过度修图美颜' },
  needs: ['file', 'rgb', 'pose', 'faceZones', 'skinModel'],
  params: z
    .object({
      maxTurn: accessoryParams.maxTurn,
      minFaceWidth: z.number().positive().default(100),
      /** Skin texture over eye sharpness below which the skin counts as smoothed. */
      minTextureRatio: z.number().positive().default(0.015),
    })
    .strict(),
  judge({ file, rgb, pose, faceZones, skinModel }, { maxTurn, minFaceWidth, minTextureRatio }) {
    const eyes = [faceZones.lenses.right, faceZones.lenses.left];
    const reason = skipReason({ rgb, pose, faceZones }, { maxTurn, minFaceWidth }, [...eyes, ...skinModel.patches], false);
    if (reason) return cannotJudge(reason, 'Retouching', '修图美颜');
    const texture = skinTexture(rgb, faceZones.faceWidth, skinModel.patches, eyes);
    const smoothed = texture.ratio < minTextureRatio;
    const numbers = `skin texture ${round(texture.ratio)} of the eyes' sharpness, at least ${minTextureRatio}`;
    return {
      status: smoothed ? 'review' : 'pass',
      code: smoothed ? 'skin-smoothed' : 'ok',
      message: smoothed
        ? { en: `The skin has almost no fine texture while the eyes are sharp: a beauty filter or airbrushing is likely (${numbers}); please review`, zh: '皮肤几乎没有细节纹理而眼部清晰，疑似美颜或磨皮，请人工复核' }
        : { en: `Skin texture consistent with an unretouched photo (${numbers}); this test only catches extreme smoothing`, zh: '皮肤纹理正常（本项仅能发现极度磨皮）' },
      measurements: {
        textureRatio: measured(round(texture.ratio), 'ratio'),
        skinTexture: measured(round(texture.skin), 'luma/px²'),
        eyeSharpness: measured(round(texture.eyes), 'luma/px²'),
        rasterPitch: measured(texture.pitch, 'px'),
        jpegQuality: measured(file.info.jpeg?.quality ?? null, 'quality'),
      },
      limits: { textureRatio: { min: minTextureRatio, unit: 'ratio' } },
      score: rangeScore(texture.ratio, { min: minTextureRatio }, minTextureRatio),
      regions: [...skinModel.patches.map((box) => boxRegion('skin patch', box)), ...eyes.map((box) => boxRegion('eye sharpness reference', box))],
    };
  },
});
