import { z } from 'zod';
import type { BackgroundRegion, LabGrid } from '../analyses/region-types.js';
import { chamferDisc, dilate, labelComponents, scaleBox, type Mask } from '../image/regions.js';
import { scratchArray } from '../image/scratch.js';
import type { Region } from '../verdict.js';
import { isShadowColour } from './backdrop-deviation.js';
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

interface CandidateGroup {
  cells: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Candidate cells about 2 grid cells apart are one object: the letters of a word, the strokes of
 * a logo or watermark. Each candidate reaches the cells within 3-4 chamfer distance 2.5 of it:
 * the 5×5 square without its corners.
 */
const GROUPING_REACH = chamferDisc(2.5);

const candidateCells = scratchArray((length) => new Uint8Array(length));

/**
 * Groups of background cells that differ from the fitted backdrop by at least `minDifference`
 * ΔE*ab, leaving out the subject's own shadow (the background-shadow rule's). Cells within
 * reach of each other form one group, so thin text, whose strokes are each a few
 * cells, adds up like one solid object; a group is an object when it has `minShare` of the
 * frame's cells that differ.
 */
export function findObjects(lab: LabGrid, background: BackgroundRegion, minDifference: number, minShare: number): BackgroundObject[] {
  const { width, height, step } = lab;
  const data = candidateCells(width * height).fill(0);
  const inBackground = background.mask.data;
  const inShadowBand = background.shadowBand.data;
  const { dL, dAb } = background.deviation;
  let count = 0;
  for (let i = 0; i < data.length; i++) {
    if (!inBackground[i]) continue;
    const l = dL[i] as number;
    const ab = dAb[i] as number;
    // The subject's own shadow is the shadow rule's.
    if (isShadowColour(l, ab, 0) && inShadowBand[i]) continue;
    if (l * l + ab * ab >= minDifference * minDifference) {
      data[i] = 1;
      count++;
    }
  }
  const minCells = Math.max(1, Math.ceil(minShare * data.length));
  if (count < minCells) return []; // too few to make any object: the usual plain backdrop
  const candidates: Mask = { width, height, data };
  const { labels, components } = labelComponents(dilate(candidates, GROUPING_REACH));
  // The candidate cells of each group (by label) and their box, groups in the order first met.
  const byLabel: (CandidateGroup | undefined)[] = new Array(components.length + 1);
  const groups: CandidateGroup[] = [];
  for (let i = 0; i < data.length; i++) {
    if (!data[i]) continue;
    const x = i % width;
    const y = (i - x) / width;
    let g = byLabel[labels[i] as number];
    if (!g) {
      g = { cells: 0, x0: x, y0: y, x1: x, y1: y };
      byLabel[labels[i] as number] = g;
      groups.push(g);
    }
    g.cells++;
    if (x < g.x0) g.x0 = x;
    if (x > g.x1) g.x1 = x;
    g.y1 = y;
  }
  return groups
    .filter((g) => g.cells >= minCells)
    .sort((p, q) => q.cells - p.cells)
    .map((g) => ({ share: g.cells / data.length, box: { kind: 'box', label: 'object', ...scaleBox({ x: g.x0, y: g.y0, width: g.x1 - g.x0 + 1, height: g.y1 - g.y0 + 1 }, step) } }));
}
