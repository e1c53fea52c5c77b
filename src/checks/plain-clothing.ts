import { z } from 'zod';
import type { GarmentRegion } from '../analyses/region-types.js';
import type { RgbImage } from '../image/intake.js';
import { labPatch, localContrast } from '../image/pattern.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { garmentOutline, garmentUnjudgeable, minGarmentShare, rounded } from './region-findings.js';

/** The clothing is read at 1/48 face width per cell, so a pattern means the same at any resolution. */
const CELLS_PER_FACE_WIDTH = 48;
/** Each cell is compared with the 7×7 cells around it (0.15 face widths): broader than a print's motif, narrower than a fold. */
const WINDOW_RADIUS = 3;
/** The contrast exceeded by a quarter of the cells: a pattern covers much of the garment; a seam, lapel or tie edge does not. */
const QUANTILE = 0.75;

export const plainClothing = defineCheck({
  id: 'plain-clothing',
  title: { en: 'No stripes or busy patterns', zh: '衣着无复杂图案或条纹' },
  needs: ['garment', 'rgb', 'lab'],
  params: z
    .object({
      /** Largest upper-quartile local contrast (ΔE*ab) of the clothing. */
      maxPatternContrast: z.number().positive().default(8),
      minGarmentShare,
    })
    .strict(),
  judge({ garment, rgb, lab }, { maxPatternContrast, minGarmentShare }) {
    const unjudgeable = garmentUnjudgeable(garment, minGarmentShare);
    if (unjudgeable) return unjudgeable;
    const contrast = patternContrast(rgb, garment, lab.step);
    const common = {
      measurements: { patternContrast: measured(rounded(contrast), 'ΔE*ab') },
      limits: { patternContrast: { max: maxPatternContrast, unit: 'ΔE*ab' } },
      score: rangeScore(contrast, { max: maxPatternContrast }),
      regions: [garmentOutline(garment)],
    };
    if (contrast <= maxPatternContrast) return { status: 'pass', code: 'ok', message: { en: 'The clothing is plain', zh: '衣着素净' }, ...common };
    return {
      status: 'fail',
      code: 'patterned',
      message: {
        en: `The clothing's colour changes by ${rounded(contrast, 1)} ΔE over short distances (at most ${maxPatternContrast}): stripes, checks or a print`,
        zh: `衣着颜色在短距离内变化 ${rounded(contrast, 1)} ΔE（上限 ${maxPatternContrast}）：有条纹、格子或图案`,
      },
      ...common,
    };
  },
});

/** The garment's median local contrast, ΔE*ab. */
export function patternContrast(rgb: RgbImage, garment: GarmentRegion, maskStep: number): number {
  if (!garment.box) return 0;
  const pitch = Math.max(1, Math.round(garment.faceWidth / CELLS_PER_FACE_WIDTH));
  return localContrast(labPatch(rgb, garment.box, pitch, garment.mask, maskStep), WINDOW_RADIUS, QUANTILE);
}
