import { z } from 'zod';
import type { GarmentRegion } from '../analyses/region-types.js';
import type { RgbImage } from '../image/intake.js';
import type { GridBox } from '../image/regions.js';
import { quantile } from '../image/stats.js';
import { edgeDensity, lightnessPatch, tileAmplitudes } from '../image/texture.js';
import { defineCheck } from './define.js';
import { measured, rangeScore } from './measure.js';
import { garmentOutline, garmentUnjudgeable, minGarmentShare, rounded } from './region-findings.js';

/** Texture is measured with pixels of 1/150 face width or coarser, so it means the same at any resolution. */
const PIXELS_PER_FACE_WIDTH = 150;
const TILE = 64;

export const plainClothing = defineCheck({
  id: 'plain-clothing',
  title: { en: 'No stripes or busy patterns', zh: '衣着无复杂图案或条纹' },
  needs: ['garment', 'rgb', 'lab'],
  params: z
    .object({
      /** A pixel is an edge when L* changes by at least this much per pixel. */
      edgeThreshold: z.number().positive().default(4),
      /** Largest share of edge pixels in the clothing (busy prints, checks). */
      maxEdgeDensity: z.number().min(0).max(1).default(0.15),
      /** Largest amplitude (L*) of a periodic pattern in the clothing (stripes). */
      maxPeriodicAmplitude: z.number().positive().default(4),
      minGarmentShare,
    })
    .strict(),
  judge({ garment, rgb, lab }, { edgeThreshold, maxEdgeDensity, maxPeriodicAmplitude, minGarmentShare }) {
    const unjudgeable = garmentUnjudgeable(garment, minGarmentShare);
    if (unjudgeable) return unjudgeable;
    const texture = garmentTexture(rgb, garment, lab.step, edgeThreshold);
    const measurements = { edgeDensity: measured(rounded(texture.edgeDensity, 3), 'ratio'), periodicAmplitude: measured(rounded(texture.periodicAmplitude), 'L*') };
    const limits = { edgeDensity: { max: maxEdgeDensity, unit: 'ratio' }, periodicAmplitude: { max: maxPeriodicAmplitude, unit: 'L*' } };
    const score = Math.min(rangeScore(texture.edgeDensity, { max: maxEdgeDensity }), rangeScore(texture.periodicAmplitude, { max: maxPeriodicAmplitude }));
    const common = { measurements, limits, score, regions: [garmentOutline(garment)] };
    if (texture.periodicAmplitude > maxPeriodicAmplitude) {
      return {
        status: 'fail',
        code: 'stripes',
        message: { en: `The clothing has a repeating pattern of ${rounded(texture.periodicAmplitude, 1)} L* (at most ${maxPeriodicAmplitude}): stripes or checks`, zh: `衣着有明显的重复图案（${rounded(texture.periodicAmplitude, 1)} L*，上限 ${maxPeriodicAmplitude}）：条纹或格子` },
        ...common,
      };
    }
    if (texture.edgeDensity > maxEdgeDensity) {
      return {
        status: 'fail',
        code: 'busy-pattern',
        message: { en: `${Math.round(texture.edgeDensity * 100)} % of the clothing is edges (at most ${Math.round(maxEdgeDensity * 100)} %): a busy print`, zh: `衣着边缘占 ${Math.round(texture.edgeDensity * 100)}%（上限 ${Math.round(maxEdgeDensity * 100)}%），图案复杂` },
        ...common,
      };
    }
    return { status: 'pass', code: 'ok', message: { en: 'The clothing is plain', zh: '衣着素净' }, ...common };
  },
});

export interface GarmentTexture {
  readonly edgeDensity: number;
  /** The 75th percentile of the tiles' periodic amplitudes (0 when no tile fits). */
  readonly periodicAmplitude: number;
}

export function garmentTexture(rgb: RgbImage, garment: GarmentRegion, maskStep: number, edgeThreshold: number): GarmentTexture {
  const box: GridBox = garment.box ?? { x: 0, y: 0, width: 0, height: 0 };
  const pitch = Math.max(1, Math.floor(garment.faceWidth / PIXELS_PER_FACE_WIDTH));
  const patch = lightnessPatch(rgb, box, pitch, garment.mask, maskStep);
  const amplitudes = tileAmplitudes(patch, TILE);
  return { edgeDensity: edgeDensity(patch, edgeThreshold), periodicAmplitude: amplitudes.length === 0 ? 0 : quantile(amplitudes, 0.75) };
}
