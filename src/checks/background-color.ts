import { z } from 'zod';
import { ciede2000, rgbToLab, type Rgb } from '../image/colour.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { backgroundOutline, backgroundUnjudgeable, minBackgroundShare, rgbText, rounded } from './region-findings.js';

const channel = z.number().int().min(0).max(255);

export const backgroundColor = defineCheck({
  id: 'background-color',
  title: { en: 'Background colour', zh: '背景颜色' },
  needs: ['background'],
  params: z
    .object({
      /** Light blue, white and light grey (the notice). */
      allowed: z
        .array(z.tuple([channel, channel, channel]))
        .min(1)
        .default([
          [100, 197, 255],
          [255, 255, 255],
          [240, 240, 240],
        ]),
      /**
       * Largest CIEDE2000 from the nearest allowed colour. On the dev set (allowed-colour class vs
       * other) balanced accuracy is flat between 8 and 12 (0.79–0.81); 12 leaves room for the
       * exposure and white balance of real studio photos (tools/calibrate-background.ts).
       */
      maxDeltaE: z.number().positive().default(12),
      minBackgroundShare,
    })
    .strict(),
  judge({ background }, { allowed, maxDeltaE, minBackgroundShare }) {
    const unjudgeable = backgroundUnjudgeable(background, minBackgroundShare);
    if (unjudgeable) return unjudgeable;
    const { nearest, deltaE } = nearestColour(background.colour.lab, allowed);
    const measurements = {
      colour: measured(rgbText(background.colour.rgb), 'sRGB'),
      nearestAllowed: measured(rgbText(nearest), 'sRGB'),
      deltaE: measured(rounded(deltaE), 'ΔE2000'),
    };
    const limits = { deltaE: { max: maxDeltaE, unit: 'ΔE2000' } };
    const common = { measurements, limits, score: rangeScore(deltaE, { max: maxDeltaE }), regions: [backgroundOutline(background)] };
    const seen = `${rgbText(background.colour.rgb)}, ΔE2000 ${rounded(deltaE, 1)} from ${rgbText(nearest)}`;
    if (deltaE <= maxDeltaE) return { status: 'pass', code: 'ok', message: { en: `Background ${seen}`, zh: `背景 ${seen}` }, ...common };
    return {
      status: 'fail',
      code: 'wrong-colour',
      message: {
        en: `The background is ${seen}; it must be light blue, white or light grey (ΔE2000 ≤ ${maxDeltaE})`,
        zh: `背景颜色为 ${seen}，应为浅蓝、白色或浅灰（ΔE2000 ≤ ${maxDeltaE}）`,
      },
      ...common,
    };
  },
});

export function nearestColour(lab: readonly [number, number, number], allowed: readonly Rgb[]): { nearest: Rgb; deltaE: number } {
  let best = { nearest: allowed[0] as Rgb, deltaE: Infinity };
  for (const colour of allowed) {
    const deltaE = ciede2000(lab, rgbToLab(colour));
    if (deltaE < best.deltaE) best = { nearest: colour, deltaE };
  }
  return best;
}
