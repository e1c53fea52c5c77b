import { z } from 'zod';
import type { RgbImage } from '../image/intake.js';
import { defineCheck } from './define.js';
import { measured } from './measure.js';

export const color24bit = defineCheck({
  id: 'color-24bit',
  title: { en: '24-bit colour', zh: '24 位真彩色' },
  needs: ['file', 'rgb'],
  params: z
    .object({
      /** A pixel is coloured when its channels spread by at least this much (0–255). */
      chromaThreshold: z.number().min(1).max(255).default(12),
      /** The photo is greyscale when fewer than this share of its pixels is coloured. */
      minColouredShare: z.number().min(0).max(1).default(0.01),
    })
    .strict(),
  judge({ file, rgb }, { chromaThreshold, minColouredShare }) {
    const { channels, bitDepth, colourSpace } = file.info;
    const colouredShare = shareOfColouredPixels(rgb, chromaThreshold);
    const measurements = {
      channels: measured(channels, 'channels'),
      bitDepth: measured(bitDepth, 'bits per channel'),
      colourSpace: measured(colourSpace, 'colour space'),
      colouredShare: measured(Math.round(colouredShare * 10000) / 10000, 'ratio'),
    };
    const limits = {
      channels: { equals: 3, unit: 'channels' },
      bitDepth: { equals: 8, unit: 'bits per channel' },
      colourSpace: { equals: 'srgb', unit: 'colour space' },
      colouredShare: { min: minColouredShare, unit: 'ratio' },
    };
    const problem = describeProblem(colourSpace, channels, bitDepth, colouredShare < minColouredShare);
    if (problem) return { status: 'fail', code: problem.code, message: problem.message, measurements, limits, score: 0 };
    return { status: 'pass', code: 'ok', message: { en: '24-bit colour (8 bits × 3 channels)', zh: '24 位真彩色' }, measurements, limits, score: 100 };
  },
});

function describeProblem(colourSpace: string, channels: number, bitDepth: number, greyContent: boolean) {
  if (colourSpace === 'cmyk') return { code: 'cmyk', message: { en: 'The photo is CMYK; it must be RGB', zh: '照片为 CMYK 模式，应为 RGB' } };
  if (colourSpace === 'greyscale' || channels < 3) {
    return { code: 'greyscale', message: { en: 'The photo is greyscale; it must be in colour', zh: '照片为灰度图，应为彩色' } };
  }
  if (channels > 3) {
    return { code: 'alpha-channel', message: { en: `The photo has ${channels} channels (transparency); it must have 3`, zh: `照片有 ${channels} 个通道（含透明通道），应为 3 个` } };
  }
  if (bitDepth !== 8) {
    return { code: 'bit-depth', message: { en: `The photo has ${bitDepth} bits per channel; it must have 8`, zh: `照片每通道 ${bitDepth} 位，应为 8 位` } };
  }
  if (greyContent) {
    return { code: 'greyscale-content', message: { en: 'The photo is stored as RGB but shows no colour (black and white)', zh: '照片虽为 RGB 格式，但内容为黑白' } };
  }
  return null;
}

function shareOfColouredPixels({ data }: RgbImage, threshold: number): number {
  let coloured = 0;
  for (let i = 0; i < data.length; i += 3) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    // max − min of three values without Math.max/min calls: this loop visits every pixel.
    const spread = r > g ? (r > b ? r - (g < b ? g : b) : b - g) : g > b ? g - (r < b ? r : b) : b - r;
    if (spread >= threshold) coloured++;
  }
  return coloured / (data.length / 3);
}
