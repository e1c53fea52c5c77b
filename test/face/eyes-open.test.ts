import { describe, expect, it } from 'vitest';
import type { Iris } from '../../src/analyses/types.js';
import { EYE_LIMITS, eyesOpen, readEyes } from '../../src/checks/eyes-open.js';
import type { RgbImage } from '../../src/image/intake.js';
import type { Point } from '../../src/verdict.js';

/**
 * A drawn eye 80 px wide whose lids stand 20 px apart (opening 0.25: narrow, but above
 * minOpening), on skin: open, it shows sclera, a dark iris, a pupil and a catch-light between
 * the lids; closed, skin and a lash line. Only the detail between the lids tells them apart.
 */
const WIDTH = 400;
const HEIGHT = 120;
/** Where each drawn eye starts (its corner nearer the image's left edge): the subject's right eye, then the left. */
const EYE_STARTS: readonly Point[] = [[60, 60], [260, 60]];
const EYE_WIDTH = 80;
const HALF_GAP = 10;

const lidOffset = (x: number, start: Point): number => HALF_GAP * Math.sin((Math.PI * (x - start[0])) / EYE_WIDTH);

/** Two drawn eyes, `open` saying which show sclera and iris between their lids. */
function drawnEyes(open: readonly [boolean, boolean]): RgbImage {
  const data = new Uint8Array(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const eye = x < WIDTH / 2 ? 0 : 1;
      const start = EYE_STARTS[eye]!;
      const between = x > start[0] && x < start[0] + EYE_WIDTH && Math.abs(y - start[1]) < lidOffset(x, start);
      const r = Math.hypot(x - start[0] - EYE_WIDTH / 2, y - start[1]);
      let grey = 170;
      if (between && open[eye]) grey = r < 2 ? 250 : r < 5 ? 20 : r < 14 ? 70 : 230;
      else if (between && Math.abs(y - start[1]) < 1.5) grey = 50;
      data.set([grey + 25, grey - 10, grey - 30], (y * WIDTH + x) * 3);
    }
  }
  return { width: WIDTH, height: HEIGHT, data };
}

/** The iris model's lid contour of a drawn eye: 9 lower points outer→inner, then 7 upper ones. */
function drawnIris(start: Point): Iris {
  const at = (t: number, side: 1 | -1): Point => {
    const x = start[0] + t * EYE_WIDTH;
    return [x, start[1] + side * lidOffset(x, start)];
  };
  const lower = Array.from({ length: 9 }, (_, i) => at(i / 8, 1));
  const upper = Array.from({ length: 7 }, (_, i) => at((i + 1) / 8, -1));
  return { center: [start[0] + EYE_WIDTH / 2, start[1]], radius: 14, eyeContour: [...lower, ...upper] };
}

describe('eyes-open', () => {
  const irises = { right: drawnIris(EYE_STARTS[0]!), left: drawnIris(EYE_STARTS[1]!) };
  const judge = (rgb: RgbImage) => eyesOpen.judge({ rgb, irises }, eyesOpen.params.parse({}));

  it('passes a narrow eye that shows its iris and fails a lid of the same opening that shows none', () => {
    const open = judge(drawnEyes([true, true]));
    const closed = judge(drawnEyes([false, false]));
    expect(open.measurements?.rightOpening?.value).toBeCloseTo(0.25, 2);
    expect(closed.measurements?.rightOpening?.value).toBeCloseTo(0.25, 2);
    expect([open.status, closed.status, closed.code]).toEqual(['pass', 'fail', 'eyes-closed']);
    expect(open.measurements?.rightDetail?.value).toBeGreaterThan(closed.measurements?.rightDetail?.value as number);
    expect(open.score).toBeGreaterThanOrEqual(50);
    expect(closed.score).toBeLessThan(50);
  });

  it('names the one closed eye of a wink, which natural-expression fails', () => {
    expect(readEyes(drawnEyes([true, false]), irises, EYE_LIMITS).closed).toEqual(['left']);
    expect(judge(drawnEyes([true, false])).message.en).toMatch(/left eye is closed/);
  });
});
