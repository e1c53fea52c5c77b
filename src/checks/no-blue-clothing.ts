import { z } from 'zod';
import type { LabGrid } from '../analyses/region-types.js';
import { hueAngle } from '../image/colour.js';
import type { Mask } from '../image/regions.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { garmentOutline, garmentUnjudgeable, isGreyscale, minGarmentShare, percentOf, rgbText, rounded } from './region-findings.js';

export interface BlueCriteria {
  /** CIELAB hue angles (degrees) that count as blue: cyan-blue through navy and ultramarine. */
  readonly hueRange: readonly [number, number];
  /** Smallest chroma C*ab that counts as a colour rather than grey, black or white. */
  readonly minChroma: number;
}

export const noBlueClothing = defineCheck({
  id: 'no-blue-clothing',
  title: { en: 'No blue clothing', zh: '不穿蓝色衣服' },
  needs: ['garment', 'lab'],
  params: z
    .object({
      hueRange: z.tuple([z.number().min(0).max(360), z.number().min(0).max(360)]).default([200, 310]),
      minChroma: z.number().min(0).default(8),
      /** Largest share of the clothing that may be blue (dev set: balanced accuracy 0.91–0.92 from 0.30 to 0.45). */
      maxBlueShare: z.number().min(0).max(1).default(0.35),
      minGarmentShare,
    })
    .strict(),
  judge({ garment, lab }, { hueRange, minChroma, maxBlueShare, minGarmentShare }) {
    const unjudgeable = garmentUnjudgeable(garment, minGarmentShare);
    if (unjudgeable) return unjudgeable;
    if (isGreyscale(lab)) {
      return { status: 'skipped', code: 'greyscale', message: { en: 'The photo has no colour, so blue clothing cannot be judged', zh: '照片无彩色，无法判断是否穿蓝色衣服' } };
    }
    const share = blueShare(lab, garment.mask, { hueRange, minChroma });
    const dominant = garment.dominantColour!;
    const measurements = { blueShare: measured(rounded(share, 3), 'ratio'), dominantColour: measured(rgbText(dominant.rgb), 'sRGB') };
    const limits = { blueShare: { max: maxBlueShare, unit: 'ratio' } };
    const common = { measurements, limits, score: rangeScore(share, { max: maxBlueShare }), regions: [garmentOutline(garment)] };
    if (share <= maxBlueShare) {
      return { status: 'pass', code: 'ok', message: { en: `${percentOf(share)} of the clothing is blue`, zh: `衣着中蓝色占 ${percentOf(share)}` }, ...common };
    }
    return {
      status: 'fail',
      code: 'blue-clothing',
      message: {
        en: `${percentOf(share)} of the clothing is blue (at most ${percentOf(maxBlueShare)}); blue clothing is not allowed`,
        zh: `衣着中蓝色占 ${percentOf(share)}（上限 ${percentOf(maxBlueShare)}），不允许穿蓝色衣服`,
      },
      ...common,
    };
  },
});

/** Share of the mask's cells whose colour is blue by `criteria`. */
export function blueShare(lab: LabGrid, mask: Mask, { hueRange: [from, to], minChroma }: BlueCriteria): number {
  // Hues above 180° all have b* < 0: when the range lies there, b* ≥ 0 rules a cell out without its hue.
  const belowAxisOnly = from > 180;
  const inside = mask.data;
  const { a: planeA, b: planeB } = lab;
  let blue = 0;
  let total = 0;
  for (let i = 0; i < inside.length; i++) {
    if (!inside[i]) continue;
    total++;
    const a = planeA[i] as number;
    const b = planeB[i] as number;
    if ((belowAxisOnly && b >= 0) || a * a + b * b < minChroma * minChroma) continue;
    const hue = hueAngle(a, b);
    if (hue >= from && hue <= to) blue++;
  }
  return total === 0 ? 0 : blue / total;
}
