import { z } from 'zod';
import type { BackgroundRegion, LabGrid } from '../analyses/region-types.js';
import { labelComponents, scaleBox, type Mask } from '../image/regions.js';
import { scratchArray } from '../image/scratch.js';
import type { Region } from '../verdict.js';
import { isShadowColour } from './backdrop-deviation.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { backgroundOutline, backgroundUnjudgeable, minBackgroundShare, percentOf, rounded } from './region-findings.js';

export const backgroundShadow = defineCheck({
  id: 'background-shadow',
  title: { en: 'No shadow on the background', zh: '背景无阴影' },
  needs: ['background', 'lab'],
  params: z
    .object({
      /** A cell is in shadow when it is this much darker (L*) than the fitted backdrop. */
      minDarkening: z.number().positive().default(6),
      /** Largest share of the band beside the silhouette that may be in shadow. */
      maxShadowShare: z.number().min(0).max(1).default(0.1),
      minBackgroundShare,
    })
    .strict(),
  judge({ background, lab }, { minDarkening, maxShadowShare, minBackgroundShare }) {
    const unjudgeable = backgroundUnjudgeable(background, minBackgroundShare);
    if (unjudgeable) return unjudgeable;
    const shadow = findShadow(lab, background, minDarkening);
    const measurements = {
      shadowShare: measured(rounded(shadow.share, 3), 'ratio'),
      shadowArea: measured(shadow.area, 'px'),
      darkening: measured(rounded(shadow.darkening, 1), 'ΔL*'),
    };
    const limits = { shadowShare: { max: maxShadowShare, unit: 'ratio' } };
    const regions: Region[] = [backgroundOutline(background), ...shadow.boxes];
    const common = { measurements, limits, score: rangeScore(shadow.share, { max: maxShadowShare }), regions };
    if (shadow.share <= maxShadowShare) return { status: 'pass', code: 'ok', message: { en: 'No shadow beside the subject', zh: '人像周围无阴影' }, ...common };
    return {
      status: 'fail',
      code: 'shadow',
      message: {
        en: `${percentOf(shadow.share)} of the background beside the subject is in shadow (${rounded(shadow.darkening, 1)} L* darker; at most ${percentOf(maxShadowShare)})`,
        zh: `人像周围 ${percentOf(shadow.share)} 的背景有阴影（暗 ${rounded(shadow.darkening, 1)} L*，上限 ${percentOf(maxShadowShare)}）`,
      },
      ...common,
    };
  },
});

export interface ShadowFinding {
  /** Share of the band beside the silhouette that is in shadow. */
  readonly share: number;
  readonly area: number;
  /** Mean darkening of the shadow cells, L*. */
  readonly darkening: number;
  readonly boxes: readonly Region[];
}

const shadowCells = scratchArray((length) => new Uint8Array(length));

/** Shadow patches in the band beside the silhouette, ignoring specks smaller than a tenth of a face width square. */
export function findShadow(lab: LabGrid, background: BackgroundRegion, minDarkening: number): ShadowFinding {
  const { width, height, step } = lab;
  const data = shadowCells(width * height).fill(0);
  const inBand = background.shadowBand.data;
  const { dL, dAb } = background.deviation;
  let band = 0;
  for (let i = 0; i < data.length; i++) {
    if (!inBand[i]) continue;
    band++;
    if (isShadowColour(dL[i] as number, dAb[i] as number, minDarkening)) data[i] = 1;
  }
  const minCells = Math.max(1, Math.round((0.1 * background.faceWidth) / step) ** 2);
  const shadow: Mask = { width, height, data };
  const { labels, components } = labelComponents(shadow, minCells);
  const kept = new Uint8Array(components.reduce((most, c) => Math.max(most, c.label), 0) + 1);
  for (const c of components) kept[c.label] = 1;
  let cells = 0;
  let darkening = 0;
  for (let i = components.length === 0 ? -1 : data.indexOf(1); i >= 0; i = data.indexOf(1, i + 1)) {
    if (!kept[labels[i] as number]) continue;
    cells++;
    darkening -= dL[i] as number;
  }
  return {
    share: band === 0 ? 0 : cells / band,
    area: cells * step * step,
    darkening: cells === 0 ? 0 : darkening / cells,
    boxes: components.map((c) => ({ kind: 'box' as const, label: 'shadow', ...scaleBox(c.box, step) })),
  };
}
