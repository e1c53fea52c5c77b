import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/checker.js';
import type { Verdict } from '../../src/verdict.js';
import { withoutTimes } from './verdicts.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * The analyses and rules measure in working buffers that they reuse from photo to photo, and
 * photos in flight in one checker interleave at every model run: a buffer kept across a run would
 * mix two photos. Two photos share a size (a shared buffer of one length would be overwritten),
 * the others differ (buffers regrow).
 */
describe('photos in flight together in one checker', () => {
  const checker = createChecker();
  afterAll(() => checker.dispose());

  it('get exactly the verdicts they get one at a time', async () => {
    const portrait = join(FIXTURES, 'grace_hopper.jpg');
    const astronaut = join(FIXTURES, 'astronaut.png');
    const frame = (path: string, width: number, height: number) => sharp(path).resize(width, height, { fit: 'cover' }).jpeg({ quality: 90 }).toBuffer();
    const photos = [await frame(portrait, 480, 640), await frame(astronaut, 480, 640), portrait, await frame(astronaut, 360, 480), astronaut];
    const alone: Verdict[] = [];
    for (const photo of photos) alone.push(await checker.check(photo));
    const together: Verdict[] = [];
    for await (const item of checker.checkMany(photos, { concurrency: photos.length })) {
      expect(item.ok).toBe(true);
      if (item.ok) together.push(item.verdict);
    }
    expect(together.map(withoutTimes)).toEqual(alone.map(withoutTimes));
  }, 120_000);
});
