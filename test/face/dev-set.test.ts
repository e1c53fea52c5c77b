import { describe, expect, it } from 'vitest';
import { type Target, balancedAccuracy, devSetPresent, DEV_DIR, evaluateDevSet } from './dev-set.js';

/**
 * Balanced accuracy of the face rules against the dev set's labels, as reached when the defaults
 * were chosen (see tools/calibrate-face.ts), minus a margin of 0.03 for run-to-run and platform noise.
 * `frontal` is low by design: the label means "roughly frontal", while the defaults are the
 * standard's 5° of yaw and pitch, and a borderline `review` is not a pass.
 */
const REACHED: Record<Target, number> = {
  'single-face': 0.955,
  'eyes-open': 0.929,
  'lips-closed': 0.903,
  frontal: 0.652,
  'natural-expression': 0.864,
};
const MARGIN = 0.03;

const present = devSetPresent();
if (!present) console.warn(`[test/face] dev set absent at ${DEV_DIR}: the dev-set accuracy test is skipped (set PHOTOLINT_DEV_SET to run it)`);

describe.skipIf(!present)(`face rules on the dev set (${DEV_DIR})`, () => {
  it('keeps the balanced accuracy reached at calibration', { timeout: 120_000 }, async () => {
    const confusion = await evaluateDevSet();
    for (const [target, reached] of Object.entries(REACHED) as [Target, number][]) {
      expect([target, balancedAccuracy(confusion[target])]).toEqual([target, expect.closeTo(reached, 2)]);
      expect(balancedAccuracy(confusion[target])).toBeGreaterThanOrEqual(reached - MARGIN);
    }
  });
});
