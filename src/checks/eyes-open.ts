import { z } from 'zod';
import type { Iris, Irises } from '../analyses/types.js';
import type { RgbImage } from '../image/intake.js';
import { defineCheck } from './define.js';
import { eyeDetail } from './eye-detail.js';
import { eyeOpening, eyeOutline } from './face-measures.js';
import { round } from './judge-range.js';
import { measured, rangeScore } from './measure.js';

interface EyeReading {
  readonly opening: number;
  /** Null for an eye at least narrowOpening wide, whose detail decides nothing (and is not read: it costs a crop per eye). */
  readonly detail: number | null;
}

export interface EyeLimits {
  readonly minOpening: number;
  readonly narrowOpening: number;
  readonly minDetail: number;
}

export const EYE_LIMITS: EyeLimits = { minOpening: 0.2, narrowOpening: 0.3, minDetail: 0.04 };

function readEye(rgb: RgbImage, iris: Iris, narrowOpening: number): EyeReading {
  const opening = eyeOpening(iris);
  return { opening, detail: opening < narrowOpening ? eyeDetail(rgb, iris) : null };
}

/** Both eyes' readings and which of them are closed (see eyesOpen). */
export function readEyes(rgb: RgbImage, irises: Irises, { minOpening, narrowOpening, minDetail }: EyeLimits) {
  const eyes = { right: readEye(rgb, irises.right, narrowOpening), left: readEye(rgb, irises.left, narrowOpening) };
  const isClosed = ({ opening, detail }: EyeReading): boolean => opening < minOpening || (detail !== null && detail < minDetail);
  return { ...eyes, closed: (['right', 'left'] as const).filter((eye) => isClosed(eyes[eye])) };
}

const shown = (detail: number | null): number | null => (detail === null ? null : round(detail));

/**
 * An eye is closed when its lid-to-lid opening (over its width) is below minOpening, or when it
 * is merely narrow (below narrowOpening) and shows no detail between the lids (eyeDetail): a
 * wink or a closed lid reads up to 0.23 in opening, a smile-narrowed open eye down to 0.2, so
 * the opening alone cannot part them there, but a closed lid is plain skin and lash line while
 * an open eye shows iris edges, pupil and catch-light. On the dev set closed lids read 0.01–0.045
 * in detail and open eyes 0.03–0.3; minDetail is about the 2nd percentile of the open eyes'.
 */
export const eyesOpen = defineCheck({
  id: 'eyes-open',
  title: { en: 'Eyes open', zh: '双眼睁开' },
  needs: ['rgb', 'irises'],
  params: z
    .object({
      minOpening: z.number().positive().max(1).default(EYE_LIMITS.minOpening),
      narrowOpening: z.number().positive().max(1).default(EYE_LIMITS.narrowOpening),
      minDetail: z.number().nonnegative().default(EYE_LIMITS.minDetail),
    })
    .strict(),
  judge({ rgb, irises }, { minOpening, narrowOpening, minDetail }) {
    const { right, left, closed } = readEyes(rgb, irises, { minOpening, narrowOpening, minDetail });
    // 50 at each limit: an eye is open when its opening passes minOpening and it is either wider than narrow or shows detail.
    const openness = ({ opening, detail }: EyeReading): number =>
      Math.min(rangeScore(opening, { min: minOpening }, minOpening), Math.max(rangeScore(opening, { min: narrowOpening }, narrowOpening), detail === null ? 0 : rangeScore(detail, { min: minDetail }, minDetail)));
    const readings = `opening ${round(right.opening)} right, ${round(left.opening)} left; detail ${shown(right.detail) ?? '–'} right, ${shown(left.detail) ?? '–'} left`;
    const zh = { right: '右眼', left: '左眼' } as const;
    return {
      status: closed.length ? 'fail' : 'pass',
      code: closed.length ? 'eyes-closed' : 'ok',
      message: closed.length
        ? { en: `The subject's ${closed.join(' and ')} eye${closed.length > 1 ? 's are' : ' is'} closed or narrowed (${readings}; opening at least ${minOpening}, and below ${narrowOpening} detail at least ${minDetail})`, zh: `${closed.map((e) => zh[e]).join('和')}闭合或眯眼` }
        : { en: `Both eyes open (${readings})`, zh: '双眼睁开' },
      measurements: {
        rightOpening: measured(round(right.opening), 'ratio'),
        leftOpening: measured(round(left.opening), 'ratio'),
        rightDetail: measured(shown(right.detail), 'ratio'),
        leftDetail: measured(shown(left.detail), 'ratio'),
      },
      limits: {
        rightOpening: { min: minOpening, unit: 'ratio' },
        leftOpening: { min: minOpening, unit: 'ratio' },
        rightDetail: { min: minDetail, unit: 'ratio' },
        leftDetail: { min: minDetail, unit: 'ratio' },
      },
      score: Math.min(openness(right), openness(left)),
      regions: [
        { kind: 'polygon', label: 'right eye', points: eyeOutline(irises.right) },
        { kind: 'polygon', label: 'left eye', points: eyeOutline(irises.left) },
      ],
    };
  },
});
