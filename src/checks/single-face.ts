import { z } from 'zod';
import { DETECTION_FLOOR } from '../analyses/faces.js';
import { defineCheck } from './define.js';
import { round } from './judge-range.js';
import { measured } from './measure.js';

/**
 * Exactly one face. Every face the detector reports counts (a doubtful detection is only
 * reported when the mesh model confirms it), down to `minRelativeWidth` of the main face's
 * width, so a small face in the background counts too.
 */
export const singleFace = defineCheck({
  id: 'single-face',
  title: { en: 'Exactly one person', zh: '仅一人' },
  needs: ['faces'],
  params: z
    .object({
      minScore: z.number().min(DETECTION_FLOOR).max(1).default(DETECTION_FLOOR),
      minRelativeWidth: z.number().nonnegative().max(1).default(0.1),
    })
    .strict(),
  judge({ faces }, { minScore, minRelativeWidth }) {
    const mainWidth = faces.faces[0]?.box.width ?? 0;
    const counted = faces.faces.filter((f) => f.score >= minScore && f.box.width >= minRelativeWidth * mainWidth);
    const count = counted.length;
    const regions = counted.map((f, i) => ({ kind: 'box' as const, label: `face ${i + 1} (${round(f.score)})`, ...f.box }));
    const limits = { faces: { equals: 1, unit: 'faces' } };
    const measurements = { faces: measured(count, 'faces') };
    if (count === 1) return { status: 'pass', code: 'ok', message: { en: 'One face', zh: '一张人脸' }, measurements, limits, score: 100, regions };
    return {
      status: 'fail',
      code: count === 0 ? 'no-face' : 'several-faces',
      message:
        count === 0
          ? { en: 'No face was found in the photo', zh: '照片中未检测到人脸' }
          : { en: `${count} faces were found; the photo must show exactly one person`, zh: `检测到 ${count} 张人脸，照片中只能有一人` },
      measurements,
      limits,
      score: 0,
      regions,
    };
  },
});
