import { z } from 'zod';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';

export const jpegQuality = defineCheck({
  id: 'jpeg-quality',
  title: { en: 'JPEG compression quality', zh: 'JPEG 压缩质量' },
  needs: ['file'],
  params: z.object({ minQuality: z.number().int().min(1).max(100).default(60) }).strict(),
  judge({ file }, { minQuality }) {
    const limits = { quality: { min: minQuality, unit: 'IJG quality' } };
    const quality = file.info.jpeg?.quality ?? null;
    if (quality === null) {
      return {
        status: 'skipped',
        code: file.info.jpeg === null ? 'not-applicable' : 'cannot-judge',
        message: {
          en: file.info.jpeg === null ? 'Not a JPEG file: no compression quality to judge' : 'The JPEG has no quantisation tables to estimate its quality from',
          zh: file.info.jpeg === null ? '不是 JPEG 文件，无法判断压缩质量' : 'JPEG 缺少量化表，无法估计压缩质量',
        },
        measurements: { quality: measured(null, 'IJG quality') },
        limits,
      };
    }
    const measurements = { quality: measured(quality, 'IJG quality') };
    const score = rangeScore(quality, { min: minQuality, max: 100 });
    return quality >= minQuality
      ? { status: 'pass', code: 'ok', message: { en: `JPEG quality about ${quality}`, zh: `JPEG 质量约为 ${quality}` }, measurements, limits, score }
      : {
          status: 'fail',
          code: 'too-compressed',
          message: {
            en: `JPEG quality is about ${quality}; it must be at least ${minQuality}`,
            zh: `JPEG 质量约为 ${quality}，应不低于 ${minQuality}`,
          },
          measurements,
          limits,
          score,
        };
  },
});
