import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checker } from '../../src/checker.js';
import type { Verdict } from '../../src/verdict.js';
import { FACE_PROFILE_RULES, FIXTURE, faceChecker, placed, result } from './frame.js';

const jpeg = (image: Sharp): Promise<Buffer> => image.jpeg({ quality: 90 }).toBuffer();

/** No face rule may pass a photo without a judgeable face; the ones that need the face error with no-face. */
function expectNoFaceVerdict(verdict: Verdict): void {
  const single = result(verdict, 'single-face');
  expect([single.status, single.code, single.measurements.faces?.value]).toEqual(['fail', 'no-face', 0]);
  for (const rule of FACE_PROFILE_RULES.filter((r) => r !== 'single-face')) {
    expect([rule, result(verdict, rule).status, result(verdict, rule).code]).toEqual([rule, 'error', 'no-face']);
  }
  expect(verdict.overall).toBe('non_compliant');
}

describe('face rules on bad input', () => {
  let checker: Checker;
  beforeAll(async () => {
    checker = faceChecker();
    await checker.warmup();
  });
  afterAll(() => checker.dispose());

  it('a flat colour: no face', async () => {
    expectNoFaceVerdict(await checker.check(await jpeg(sharp({ create: { width: 480, height: 640, channels: 3, background: '#8ab' } }))));
  });

  it('noise: no face', async () => {
    const noise = Buffer.alloc(480 * 640 * 3);
    let seed = 1;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expectNoFaceVerdict(await checker.check(await jpeg(sharp(noise, { raw: { width: 480, height: 640, channels: 3 } }))));
  });

  it('an upside-down portrait is not passed', async () => {
    const verdict = await checker.check(await jpeg(sharp(await placed({ scale: 0.7 })).rotate(180)));
    // Either no face is found, or the mesh (fitted as if upright) gives measurements that fail.
    if (result(verdict, 'single-face').status === 'fail') expectNoFaceVerdict(verdict);
    else expect(FACE_PROFILE_RULES.filter((rule) => result(verdict, rule).status === 'fail').length).toBeGreaterThanOrEqual(3);
    expect(verdict.overall).toBe('non_compliant');
  });

  it('ten faces: single-face fails with the count', async () => {
    const tile = await sharp(FIXTURE).resize(96, 120, { fit: 'cover', position: 'top' }).toBuffer();
    const composites = Array.from({ length: 10 }, (_, i) => ({ input: tile, left: (i % 5) * 96, top: 100 + Math.floor(i / 5) * 220 }));
    const verdict = await checker.check(await jpeg(sharp({ create: { width: 480, height: 640, channels: 3, background: '#ddd' } }).composite(composites)));
    const single = result(verdict, 'single-face');
    expect(single.status).toBe('fail');
    expect(single.code).toBe('several-faces');
    expect(single.measurements.faces?.value).toBeGreaterThanOrEqual(8);
  });

  it('a tiny face fails face-width (or is not found)', async () => {
    const verdict = await checker.check(await placed({ scale: 0.15 }));
    const width = result(verdict, 'face-width');
    expect(['fail', 'error']).toContain(width.status);
    expect(verdict.overall).toBe('non_compliant');
  });

  it('a face cut off by the top edge fails head-top, never passes it', async () => {
    const verdict = await checker.check(await placed({ scale: 1.2, cy: 180 }));
    expect(['fail', 'error']).toContain(result(verdict, 'head-top').status);
    expect(verdict.overall).toBe('non_compliant');
  });

  it('a face cut off by the side edge is still found and fails centring', async () => {
    const verdict = await checker.check(await placed({ scale: 0.8, cx: 40 }));
    expect(result(verdict, 'single-face').status).toBe('pass');
    expect(result(verdict, 'face-centered').status).toBe('fail');
  });

  it('every face result carries regions to draw', async () => {
    const verdict = await checker.check(await placed({ scale: 0.7 }));
    for (const rule of FACE_PROFILE_RULES) {
      const r = result(verdict, rule);
      if (r.status === 'pass' || r.status === 'fail') expect([rule, r.regions.length > 0]).toEqual([rule, true]);
    }
  });
});
