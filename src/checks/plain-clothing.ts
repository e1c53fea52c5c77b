import { z } from 'zod';
import type { GarmentRegion } from '../analyses/region-types.js';
import type { RgbImage } from '../image/intake.js';
import { labPatch, localContrast } from '../image/pattern.js';
import type { GridBox } from '../image/regions.js';
import type { Region } from '../verdict.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { garmentOutline, garmentUnjudgeable, minGarmentShare, rounded } from './region-findings.js';

/**
 * The pattern is read on the middle of the chest, 0.3 face widths either side of the chin: the
 * shirt front, tie, placket or print every photo shows there. The garment's sides hold what is
 * not clothing pattern: hair over the shoulders, arms, the silhouette's edge, lapel edges.
 */
const CENTRE_HALF_WIDTH = 0.3;
/** Cells of 1/128 face width: a tie's small motif or a shirt's fine check is several cells across. */
const CELLS_PER_FACE_WIDTH = 128;
/** Each cell is compared with the 7×7 cells around it (0.05 face widths): a motif's scale, far narrower than a fold. */
const WINDOW_RADIUS = 3;
/** The contrast exceeded by a quarter of the cells: a pattern covers much of the chest; a seam or collar edge does not. */
const QUANTILE = 0.75;

export const plainClothing = defineCheck({
  id: 'plain-clothing',
  title: { en: 'No stripes or busy patterns', zh: '衣着无复杂图案或条纹' },
  needs: ['garment', 'rgb', 'lab'],
  params: z
    .object({
      /** Largest upper-quartile local contrast (ΔE*ab) of the middle of the chest. */
      maxPatternContrast: z.number().positive().default(4),
      minGarmentShare,
    })
    .strict(),
  judge({ garment, rgb, lab }, { maxPatternContrast, minGarmentShare }) {
    const unjudgeable = garmentUnjudgeable(garment, minGarmentShare);
    if (unjudgeable) return unjudgeable;
    const centre = chestCentre(garment);
    const contrast = centre ? patternContrast(rgb, garment, centre, lab.step) : NaN;
    if (!centre || Number.isNaN(contrast)) {
      return {
        status: 'skipped',
        code: 'no-chest-centre',
        message: { en: 'No clothing is visible below the chin, where a pattern is read', zh: '下巴下方看不到衣着，无法判断图案' },
        regions: [garmentOutline(garment)],
      };
    }
    const common = {
      measurements: { patternContrast: measured(rounded(contrast), 'ΔE*ab') },
      limits: { patternContrast: { max: maxPatternContrast, unit: 'ΔE*ab' } },
      score: rangeScore(contrast, { max: maxPatternContrast }),
      regions: [garmentOutline(garment), centreRegion(centre)],
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

/** The garment's box narrowed to the middle of the chest, px; null when the garment lies beside it. */
export function chestCentre(garment: GarmentRegion): GridBox | null {
  if (!garment.box) return null;
  const halfWidth = CENTRE_HALF_WIDTH * garment.faceWidth;
  const x0 = Math.max(garment.box.x, Math.floor(garment.centreX - halfWidth));
  const x1 = Math.min(garment.box.x + garment.box.width, Math.ceil(garment.centreX + halfWidth));
  return x1 > x0 ? { x: x0, y: garment.box.y, width: x1 - x0, height: garment.box.height } : null;
}

/** The upper-quartile local contrast of the garment inside `centre`, ΔE*ab; NaN when no garment cell is there. */
export function patternContrast(rgb: RgbImage, garment: GarmentRegion, centre: GridBox, maskStep: number): number {
  const pitch = Math.max(1, Math.round(garment.faceWidth / CELLS_PER_FACE_WIDTH));
  return localContrast(labPatch(rgb, centre, pitch, garment.mask, maskStep), WINDOW_RADIUS, QUANTILE);
}

function centreRegion(box: GridBox): Region {
  return { kind: 'box', label: 'pattern read here', ...box };
}
