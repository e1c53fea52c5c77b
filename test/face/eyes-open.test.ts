import { describe, expect, it } from 'vitest';
import type { Iris } from '../../src/analyses/types.js';
import { eyesOpen } from '../../src/checks/eyes-open.js';
import type { RgbImage } from '../../src/image/intake.js';
import type { Point } from '../../src/verdict.js';

/**
 * A drawn eye 80 px wide whose lids stand 20 px apart (opening 0.25: narrow, but above
 * minOpening), on skin: open, it shows sclera, a dark iris, a pupil and a catch-light between
 * the lids; closed, skin and a lash line. Only the detail between the lids tells them apart.
 */
const WIDTH = 200;
const HEIGHT = 120;
const OUTER: Point = [60, 60];
const EYE_WIDTH = 80;
const HALF_GAP = 10;

const lidOffset = (x: number): number => HALF_GAP * Math.sin((Math.PI * (x - OUTER[0])) / EYE_WIDTH);

function drawnEye(open: boolean): RgbImage {
  const data = new Uint8Array(WIDTH * HEIGHT * 3);
  const iris: Point = [OUTER[0] + EYE_WIDTH / 2, OUTER[1]];
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const between = x > OUTER[0] && x < OUTER[0] + EYE_WIDTH && Math.abs(y - OUTER[1]) < lidOffset(x);
      const r = Math.hypot(x - iris[0], y - iris[1]);
      let grey = 170;
      if (between && open) grey = r < 2 ? 250 : r < 5 ? 20 : r < 14 ? 70 : 230;
      else if (between && Math.abs(y - OUTER[1]) < 1.5) grey = 50;
      data.set([grey + 25, grey - 10, grey - 30], (y * WIDTH + x) * 3);
    }
  }
  return { width: WIDTH, height: HEIGHT, data };
}

/** The iris model's lid contour of the drawn eye: 9 lower points outer→inner, then 7 upper ones. */
function drawnIris(): Iris {
  const at = (t: number, side: 1 | -1): Point => {
    const x = OUTER[0] + t * EYE_WIDTH;
    return [x, OUTER[1] + side * lidOffset(x)];
  };
  const lower = Array.from({ length: 9 }, (_, i) => at(i / 8, 1));
  const upper = Array.from({ length: 7 }, (_, i) => at((i + 1) / 8, -1));
  return { center: [OUTER[0] + EYE_WIDTH / 2, OUTER[1]], radius: 14, eyeContour: [...lower, ...upper] };
}

describe('eyes-open', () => {
  const iris = drawnIris();
  const judge = (rgb: RgbImage) => eyesOpen.judge({ rgb, irises: { right: iris, left: iris } }, eyesOpen.params.parse({}));

  it('passes a narrow eye that shows its iris and fails a lid of the same opening that shows none', () => {
    const open = judge(drawnEye(true));
    const closed = judge(drawnEye(false));
    expect(open.measurements?.rightOpening?.value).toBeCloseTo(0.25, 2);
    expect(closed.measurements?.rightOpening?.value).toBeCloseTo(0.25, 2);
    expect([open.status, closed.status, closed.code]).toEqual(['pass', 'fail', 'eyes-closed']);
    expect(open.measurements?.rightDetail?.value).toBeGreaterThan(closed.measurements?.rightDetail?.value as number);
    expect(open.score).toBeGreaterThanOrEqual(50);
    expect(closed.score).toBeLessThan(50);
  });
});
