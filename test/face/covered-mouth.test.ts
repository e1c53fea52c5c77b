import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checker } from '../../src/checker.js';
import { faceChecker, placed, result } from './frame.js';

/** The fixture portrait with a pale blue surgical-mask-like band painted over the lips. */
async function masked(photo: Buffer, lips: readonly (readonly [number, number])[]): Promise<Buffer> {
  const xs = lips.map(([x]) => x);
  const ys = lips.map(([, y]) => y);
  const width = Math.max(...xs) - Math.min(...xs);
  const left = Math.round(Math.min(...xs) - 0.6 * width);
  const top = Math.round(Math.min(...ys) - 0.5 * width);
  const band = { width: Math.round(2.2 * width), height: Math.round(1.5 * width) };
  const cloth = await sharp({ create: { ...band, channels: 3, background: '#b9d3e0' } }).png().toBuffer();
  return sharp(photo).composite([{ input: cloth, left, top }]).jpeg({ quality: 92 }).toBuffer();
}

describe('a covered mouth', () => {
  let checker: Checker;
  beforeAll(async () => {
    checker = faceChecker();
    await checker.warmup();
  });
  afterAll(() => checker.dispose());

  it('the lip rules judge visible lips and do not judge lips under a mask', async () => {
    const photo = await placed({ scale: 0.7 });
    const visible = await checker.check(photo);
    for (const rule of ['lips-closed', 'natural-expression']) expect([rule, result(visible, rule).status]).toEqual([rule, 'pass']);

    const lips = result(visible, 'lips-closed').regions.find((r) => r.kind === 'points');
    if (lips?.kind !== 'points') throw new Error('lips-closed drew no lip points');
    const covered = await checker.check(await masked(photo, lips.points));
    for (const rule of ['lips-closed', 'natural-expression']) {
      const r = result(covered, rule);
      expect([rule, r.status, r.code, r.measurements.reason?.value]).toEqual([rule, 'skipped', 'cannot-judge', 'mouth-covered']);
      expect(r.message.en).toContain('mouth not visible');
    }
  });
});
