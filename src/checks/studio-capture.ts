import { z } from 'zod';
import { boxRegion } from '../accessories/judging.js';
import { captureHints, hasExif } from '../retouch/capture-hints.js';
import { strongestMoire } from '../retouch/moire.js';
import { defineCheck } from './define.js';
import { round } from './judge-range.js';
import { measured, rangeScore } from './measure.js';

/**
 * A studio photo, not a phone capture, a beauty app's output or a re-photographed print or
 * screen. Hints: a phone camera in EXIF Make/Model, a beauty app or editor in Software, and
 * moiré (a narrow high-frequency spectral peak, `retouch/moire.ts`). Any hint is a violation;
 * the chsi-2017 profile makes it `review`, since a studio may use a phone and EXIF is easy to
 * strip or forge. On the dev set (no known re-photographed print in it) the moiré limits flag
 * sl_g34 (ratio 74); the next strongest peak is a magazine print's (df_img35, ratio 20).
 */
export const studioCapture = defineCheck({
  id: 'studio-capture',
  title: { en: 'Studio photo, not a phone capture or re-photographed print', zh: '照相馆拍摄，非手机自拍或翻拍' },
  needs: ['file', 'rgb'],
  params: z
    .object({
      /** Peak power over the median power of the neighbouring frequencies. */
      minMoireRatio: z.number().positive().default(25),
      /** Luma levels: fainter periodicity is invisible and harmless. */
      minMoireAmplitude: z.number().positive().default(2),
    })
    .strict(),
  judge({ file, rgb }, { minMoireRatio, minMoireAmplitude }) {
    const exif = file.info.exif;
    const moire = strongestMoire(rgb);
    // Moiré counts only when its peak is both narrow enough and strong enough: the weaker of the
    // two against its limit is what decides, so that is what the limit is reported on.
    const moireStrength = moire && Math.min(moire.ratio / minMoireRatio, moire.amplitude / minMoireAmplitude);
    const moireFound = moire !== null && moireStrength !== null && moireStrength >= 1;
    const hints = captureHints(exif);
    const names = [...hints.map((h) => `${h.name} (EXIF ${h.field} "${h.text}")`), ...(moire && moireFound ? [`moiré of period ${round(moire.period)} px`] : [])];
    const measurements = {
      exifPresent: measured(hasExif(exif), 'boolean'),
      exifMake: measured(exif.make, 'text'),
      exifModel: measured(exif.model, 'text'),
      exifSoftware: measured(exif.software, 'text'),
      phoneCamera: measured(hints.find((h) => h.kind === 'phone-camera')?.name ?? null, 'name'),
      beautyApp: measured(hints.find((h) => h.kind === 'beauty-app')?.name ?? null, 'name'),
      moireRatio: measured(moire && round(moire.ratio), 'ratio'),
      moireAmplitude: measured(moire && round(moire.amplitude), 'luma'),
      moirePeriod: measured(moire && round(moire.period), 'px'),
      moireStrength: measured(moireStrength && round(moireStrength), 'of the limits'),
    };
    const limits = { moireStrength: { max: 1, unit: 'of the limits' } };
    const regions = moire ? [boxRegion(`strongest periodic texture (${moire.direction})`, moire.block)] : [];
    if (names.length > 0) {
      return {
        status: 'fail',
        code: hints[0]?.kind ?? 'rephotographed',
        message: {
          en: `Not a studio capture: ${names.join('; ')}`,
          zh: `疑似非照相馆拍摄：${[...hints.map((h) => (h.kind === 'phone-camera' ? `手机拍摄（${h.name}）` : `美颜或修图软件（${h.name}）`)), ...(moireFound ? ['翻拍纸质照片或屏幕（摩尔纹）'] : [])].join('；')}`,
        },
        measurements,
        limits,
        score: 0,
        regions,
      };
    }
    if (!moire && !hasExif(exif)) {
      return {
        status: 'skipped',
        code: 'cannot-judge',
        message: { en: 'Capture not judged: the photo has no EXIF data and is too small for the moiré test', zh: '未判断拍摄方式：照片无 EXIF 信息，且尺寸过小无法检测摩尔纹' },
        measurements,
      };
    }
    const exifNote = hasExif(exif) ? { en: 'EXIF shows no phone camera or beauty app', zh: 'EXIF 未显示手机或美颜软件' } : { en: 'EXIF data absent, judged by the moiré test only', zh: '无 EXIF 信息，仅依据摩尔纹检测判断' };
    return {
      status: 'pass',
      code: 'ok',
      message: { en: `No sign of a phone capture or a re-photographed print (${exifNote.en})`, zh: `未发现手机拍摄或翻拍迹象（${exifNote.zh}）` },
      measurements,
      limits,
      score: moireStrength === null ? 50 : rangeScore(moireStrength, { max: 1 }),
      regions,
    };
  },
});
