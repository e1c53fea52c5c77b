import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checker } from '../../src/checker.js';
import { faceChecker, placed, value } from './frame.js';

/**
 * The grace_hopper portrait (matplotlib's sample image, public domain) placed, scaled and turned by
 * known amounts in a 480×640 frame: the measurements must move by those amounts.
 */
describe('face geometry on a placed portrait', () => {
  let checker: Checker;
  beforeAll(async () => {
    checker = faceChecker();
    await checker.warmup();
  });
  afterAll(() => checker.dispose());

  it('measures roll to within 1.5° of a known rotation', async () => {
    const upright = await checker.check(await placed({ scale: 0.8 }));
    const turned = await checker.check(await placed({ scale: 0.8, angleDeg: 12 }));
    const roll0 = value(upright, 'eyes-level', 'signedRoll');
    const roll12 = value(turned, 'eyes-level', 'signedRoll');
    expect(Math.abs(roll12 - roll0 - 12)).toBeLessThan(1.5);
    expect(value(turned, 'eyes-level', 'roll')).toBeGreaterThan(8);
  });

  it('scales face width and eye line with the portrait (within 3 %)', async () => {
    const small = await checker.check(await placed({ scale: 0.6, cy: 320 }));
    const large = await checker.check(await placed({ scale: 0.8, cy: 320 }));
    expect(value(large, 'face-width', 'faceWidth') / value(small, 'face-width', 'faceWidth')).toBeCloseTo(0.8 / 0.6, 1);
    // The eye line sits above the image centre by a distance proportional to the scale.
    const aboveSmall = 320 - value(small, 'eye-line', 'eyeLine');
    const aboveLarge = 320 - value(large, 'eye-line', 'eyeLine');
    expect(Math.abs(aboveLarge / aboveSmall - 0.8 / 0.6)).toBeLessThan(0.04 * (0.8 / 0.6));
  });

  it('moves the eye line by a known shift, in frame pixels', async () => {
    const a = await checker.check(await placed({ scale: 0.7, cy: 300 }));
    const b = await checker.check(await placed({ scale: 0.7, cy: 340 }));
    expect(Math.abs(value(b, 'eye-line', 'eyeLine') - value(a, 'eye-line', 'eyeLine') - 40)).toBeLessThan(1.5);
  });

  it('judges a 3:4 photo of another size in the 480×640 frame and reports the scale', async () => {
    const frame = await checker.check(await placed({ scale: 0.7 }));
    const double = await checker.check(await placed({ scale: 1.4, frame: [960, 1280] }));
    expect(value(double, 'face-width', 'frameScale')).toBe(0.5);
    expect(Math.abs(value(double, 'face-width', 'faceWidth') - value(frame, 'face-width', 'faceWidth'))).toBeLessThan(4);
  });

  it('skips head position on a photo of another aspect ratio', async () => {
    const verdict = await checker.check(await placed({ scale: 0.7, frame: [600, 600] }));
    for (const rule of ['head-top', 'eye-line', 'face-width']) {
      const r = verdict.results.find((x) => x.rule === rule)!;
      expect([r.status, r.code]).toEqual(['skipped', 'not-applicable']);
    }
  });

  it('flips the sign of yaw and of the face-centre offset in a mirror image', async () => {
    const plain = await checker.check(await placed({ scale: 0.7, cx: 200 }));
    const mirrored = await checker.check(await placed({ scale: 0.7, cx: 280, mirror: true }));
    // The mesh model is not exactly mirror-symmetric: allow 2.5° of disagreement.
    expect(Math.abs(value(plain, 'facing-camera', 'signedYaw') + value(mirrored, 'facing-camera', 'signedYaw'))).toBeLessThan(2.5);
    expect(plain.results.find((r) => r.rule === 'face-centered')!.measurements.direction!.value).toBe('left');
    expect(mirrored.results.find((r) => r.rule === 'face-centered')!.measurements.direction!.value).toBe('right');
  });
});
