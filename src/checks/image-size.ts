import { z } from 'zod';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

const pixels = z.number().int().positive();

export const imageSize = defineCheck({
  id: 'image-size',
  title: { en: 'Image size in pixels', zh: '像素尺寸' },
  needs: ['file'],
  params: z.object({ width: pixels.default(480), height: pixels.default(640) }).strict(),
  judge({ file }, { width, height }) {
    const { width: w, height: h } = file.info;
    const measurements = { width: measured(w, 'px'), height: measured(h, 'px') };
    const limits = { width: { equals: width, unit: 'px' }, height: { equals: height, unit: 'px' } };
    if (w === width && h === height) {
      return { status: 'pass', code: 'ok', message: { en: `${w}×${h} px`, zh: `${w}×${h} 像素` }, measurements, limits, score: 100 };
    }
    const aspectMatches = w * height === h * width;
    return {
      status: 'fail',
      code: aspectMatches ? 'wrong-size' : 'wrong-aspect',
      message: {
        en: `The photo is ${w}×${h} px; it must be exactly ${width}×${height} px${aspectMatches ? '' : ' (the aspect ratio differs too)'}`,
        zh: `照片为 ${w}×${h} 像素，应为 ${width}×${height} 像素${aspectMatches ? '' : '（宽高比也不符）'}`,
      },
      measurements,
      limits,
      score: 0,
    };
  },
});
