import { z } from 'zod';
import type { Iris } from '../analyses/types.js';
import type { Point } from '../verdict.js';
import { defineCheck } from './define.js';
import { eyeOpening } from './face-measures.js';
import { round } from './judge-range.js';
import { measured, rangeScore } from './measure.js';

/** The lid margin as a closed outline: the lower lid outer→inner, then the upper lid back. */
function eyeOutline(iris: Iris): Point[] {
  const lower = iris.eyeContour.slice(0, 9);
  const upper = iris.eyeContour.slice(9, 16).reverse();
  return [...lower, ...upper];
}

/**
 * Lid-to-lid opening over the eye's width. Open eyes measure 0.25–0.45; closed ones below 0.1;
 * on the dev set 0.2 separates the classes (a wink, a squeeze and half-closed lids fall below).
 */
export const eyesOpen = defineCheck({
  id: 'eyes-open',
  title: { en: 'Eyes open', zh: '双眼睁开' },
  needs: ['irises'],
  params: z.object({ minOpening: z.number().positive().max(1).default(0.2) }).strict(),
  judge({ irises }, { minOpening }) {
    const right = eyeOpening(irises.right);
    const left = eyeOpening(irises.left);
    const closed = (['right', 'left'] as const).filter((eye) => (eye === 'right' ? right : left) < minOpening);
    const zh = { right: '右眼', left: '左眼' } as const;
    return {
      status: closed.length ? 'fail' : 'pass',
      code: closed.length ? 'eyes-closed' : 'ok',
      message: closed.length
        ? { en: `The subject's ${closed.join(' and ')} eye${closed.length > 1 ? 's are' : ' is'} closed or narrowed (opening ${round(right)} right, ${round(left)} left; at least ${minOpening})`, zh: `${closed.map((e) => zh[e]).join('和')}闭合或眯眼` }
        : { en: `Both eyes open (opening ${round(right)} right, ${round(left)} left)`, zh: '双眼睁开' },
      measurements: { rightOpening: measured(round(right), 'ratio'), leftOpening: measured(round(left), 'ratio') },
      limits: { rightOpening: { min: minOpening, unit: 'ratio' }, leftOpening: { min: minOpening, unit: 'ratio' } },
      score: rangeScore(Math.min(right, left), { min: minOpening }, minOpening),
      regions: [
        { kind: 'polygon', label: 'right eye', points: eyeOutline(irises.right) },
        { kind: 'polygon', label: 'left eye', points: eyeOutline(irises.left) },
      ],
    };
  },
});
