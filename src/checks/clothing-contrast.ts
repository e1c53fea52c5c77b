import { z } from 'zod';
import { ciede2000 } from '../image/colour.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { backgroundUnjudgeable, garmentOutline, garmentUnjudgeable, minBackgroundShare, minGarmentShare, rgbText, rounded } from './region-findings.js';

export const clothingContrast = defineCheck({
  id: 'clothing-contrast',
  title: { en: 'Clothing distinct from the background', zh: '衣着与背景区分明显' },
  needs: ['garment', 'background'],
  params: z
    .object({
      /**
       * Smallest CIEDE2000 between the clothing's main colour and the background. The notice
       * gives no number; 10 keeps a white shirt off a white or light grey backdrop (ΔE ≈ 1–6)
       * while a mid-grey or coloured garment passes. Not calibrated: the dev set has no label.
       */
      minDeltaE: z.number().positive().default(10),
      minBackgroundShare,
      minGarmentShare,
    })
    .strict(),
  judge({ garment, background }, { minDeltaE, minBackgroundShare, minGarmentShare }) {
    const unjudgeable = garmentUnjudgeable(garment, minGarmentShare) ?? backgroundUnjudgeable(background, minBackgroundShare);
    if (unjudgeable) return unjudgeable;
    const clothing = garment.dominantColour!;
    const deltaE = ciede2000(clothing.lab, background.colour.lab);
    const measurements = {
      clothingColour: measured(rgbText(clothing.rgb), 'sRGB'),
      backgroundColour: measured(rgbText(background.colour.rgb), 'sRGB'),
      deltaE: measured(rounded(deltaE), 'ΔE2000'),
    };
    const limits = { deltaE: { min: minDeltaE, unit: 'ΔE2000' } };
    const common = { measurements, limits, score: rangeScore(deltaE, { min: minDeltaE }), regions: [garmentOutline(garment)] };
    const seen = `clothing ${rgbText(clothing.rgb)}, background ${rgbText(background.colour.rgb)}: ΔE2000 ${rounded(deltaE, 1)}`;
    if (deltaE >= minDeltaE) return { status: 'pass', code: 'ok', message: { en: seen, zh: `衣着 ${rgbText(clothing.rgb)}，背景 ${rgbText(background.colour.rgb)}：ΔE2000 ${rounded(deltaE, 1)}` }, ...common };
    return {
      status: 'fail',
      code: 'too-close',
      message: {
        en: `The clothing is too close to the background colour (${seen}; at least ${minDeltaE})`,
        zh: `衣着颜色与背景太接近（衣着 ${rgbText(clothing.rgb)}，背景 ${rgbText(background.colour.rgb)}，ΔE2000 ${rounded(deltaE, 1)}，至少 ${minDeltaE}）`,
      },
      ...common,
    };
  },
});
