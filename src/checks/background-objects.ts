import { z } from 'zod';
import type { BackgroundRegion, LabGrid } from '../analyses/region-types.js';
import { labelComponents, scaleBox, type Mask } from '../image/regions.js';
import type { Region } from '../verdict.js';
import { isShadowLike } from './backdrop-deviation.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { backgroundOutline, backgroundUnjudgeable, minBackgroundShare, percentOf, rounded } from './region-findings.js';

export const backgroundObjects = defineCheck({
  id: 'background-objects',
  title: { en: 'No other people or objects', zh: '背景无其他人或物体' },
  needs: ['background', 'lab'],
  params: z
    .object({
      /** A cell differs from the backdrop when its ΔE*ab from the fitted backdrop is at least this. */
      minDifference: z.number().positive().default(12),
      /** Smallest object, as a share of the frame (0.002 of 480×640 is about 25×25 px). */
      minObjectShare: z.number().min(0).max(1).default(0.002),
      minBackgroundShare,
    })
    .strict(),
  judge({ background, lab }, { minDifference, minObjectShare, minBackgroundShare }) {
    const unjudgeable = backgroundUnjudgeable(background, minBackgroundShare);
    if (unjudgeable) return unjudgeable;
    const objects = findObjects(lab, background, minDifference, minObjectShare);
    const share = objects.reduce((sum, o) => sum + o.share, 0);
    const measurements = { objects: measured(objects.length, 'count'), objectShare: measured(rounded(share, 4), 'ratio') };
    const limits = { objects: { max: 0, unit: 'count' } };
    const regions: Region[] = [backgroundOutline(background), ...objects.map((o) => o.box)];
    const common = { measurements, limits, score: rangeScore(share, { max: minObjectShare }), regions };
    if (objects.length === 0) return { status: 'pass', code: 'ok', message: { en: 'Nothing else on the background', zh: '背景无其他物体' }, ...common };
    return {
      status: 'fail',
      code: 'objects',
      message: {
        en: `${objects.length} thing(s) stand out from the background (${percentOf(share)} of the frame): other people, furniture, text or borders`,
        zh: `背景中有 ${objects.length} 处物体（占画面 ${percentOf(share)}）：其他人、家具、文字或边框`,
      },
      ...common,
    };
  },
});

export interface BackgroundObject {
  readonly share: number;
  readonly box: Region & { kind: 'box' };
}

/**
 * Connected patches of the background that differ from the fitted backdrop by at least
 * `minDifference` ΔE*ab, leaving out the subject's own shadow (the background-shadow rule's).
 */
export function findObjects(lab: LabGrid, background: BackgroundRegion, minDifference: number, minShare: number): BackgroundObject[] {
  const { width, height, step } = lab;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) {
    if (!background.mask.data[i] || isShadowLike(background, i, 0)) continue;
    const dL = background.deviation.dL[i] as number;
    const dAb = background.deviation.dAb[i] as number;
    data[i] = dL * dL + dAb * dAb >= minDifference * minDifference ? 1 : 0;
  }
  const candidates: Mask = { width, height, data };
  const { components } = labelComponents(candidates, Math.max(1, Math.ceil(minShare * data.length)));
  return components.map((c) => ({ share: c.area / data.length, box: { kind: 'box', label: 'object', ...scaleBox(c.box, step) } }));
}
