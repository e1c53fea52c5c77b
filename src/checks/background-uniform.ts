import { z } from 'zod';
import type { BackgroundRegion, LabGrid } from '../analyses/region-types.js';
import type { Point } from '../verdict.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { backgroundOutline, backgroundUnjudgeable, minBackgroundShare, rounded } from './region-findings.js';

export const backgroundUniform = defineCheck({
  id: 'background-uniform',
  title: { en: 'Background uniform, no gradient', zh: '背景均匀、无渐变' },
  needs: ['background', 'lab'],
  params: z
    .object({
      /** Largest lightness change of the fitted illumination across the visible background, ΔL*. */
      maxGradient: z.number().positive().default(15),
      /** Largest robust spread of L* around the fitted illumination (texture, mottling, clutter). */
      maxResidualSpread: z.number().positive().default(1.5),
      minBackgroundShare,
    })
    .strict(),
  judge({ background, lab }, { maxGradient, maxResidualSpread, minBackgroundShare }) {
    const unjudgeable = backgroundUnjudgeable(background, minBackgroundShare);
    if (unjudgeable) return unjudgeable;
    const gradient = illuminationGradient(background, lab);
    const spread = background.illumination.residualSpread;
    const measurements = { gradient: measured(rounded(gradient.range), 'ΔL*'), residualSpread: measured(rounded(spread), 'L*') };
    const limits = { gradient: { max: maxGradient, unit: 'ΔL*' }, residualSpread: { max: maxResidualSpread, unit: 'L*' } };
    const score = Math.min(rangeScore(gradient.range, { max: maxGradient }), rangeScore(spread, { max: maxResidualSpread }));
    const regions = [backgroundOutline(background), { kind: 'line' as const, label: `ΔL* ${rounded(gradient.range, 1)} dark → light`, from: gradient.darkest, to: gradient.lightest }];
    const common = { measurements, limits, score, regions };
    if (gradient.range > maxGradient) {
      return {
        status: 'fail',
        code: 'gradient',
        message: {
          en: `The background brightens by ${rounded(gradient.range, 1)} L* across the frame (at most ${maxGradient}): a gradient or vignette`,
          zh: `背景亮度在画面内变化 ${rounded(gradient.range, 1)} L*（上限 ${maxGradient}），存在渐变或暗角`,
        },
        ...common,
      };
    }
    if (spread > maxResidualSpread) {
      return {
        status: 'fail',
        code: 'not-uniform',
        message: {
          en: `The background varies by ${rounded(spread, 1)} L* around its lighting (at most ${maxResidualSpread}): texture, mottling or clutter`,
          zh: `背景亮度起伏 ${rounded(spread, 1)} L*（上限 ${maxResidualSpread}），有纹理、斑驳或杂物`,
        },
        ...common,
      };
    }
    return { status: 'pass', code: 'ok', message: { en: 'The background is even', zh: '背景均匀' }, ...common };
  },
});

/** The range of the fitted illumination over the background cells and where its extremes are, px. */
export function illuminationGradient({ mask, lightingExtremes: { low, lowCell, high, highCell } }: BackgroundRegion, lab: LabGrid): { range: number; darkest: Point; lightest: Point } {
  const at = (i: number): Point => (i < 0 ? [0, 0] : [((i % mask.width) + 0.5) * lab.step, (Math.floor(i / mask.width) + 0.5) * lab.step]);
  return { range: high - low, darkest: at(lowCell), lightest: at(highCell) };
}
