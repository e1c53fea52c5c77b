import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

const labelsOf = (file: string, expected_overall: 'pass' | 'fail') => ({
  file,
  faces: 1,
  background_ok: true,
  frontal: true,
  eyes_open: true,
  mouth_closed: true,
  glasses: false,
  headwear: false,
  earrings: false,
  necklace: false,
  hair_occludes_brows_or_eyes: false,
  hair_covers_ears: false,
  clothing_blue: false,
  clothing_patterned: false,
  heavy_retouch: false,
  expression: 'neutral',
  expected_overall,
});

/**
 * A labelled set in a temporary folder: labels.json and img/ with `wrong-size.jpg` (a 320×240
 * JPEG, labelled fail) and `not-an-image.jpg` (text, labelled pass).
 */
export async function makeLabelledSet(): Promise<{ dir: string; labelsPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'photolint-eval-'));
  await mkdir(join(dir, 'img'));
  await sharp({ create: { width: 320, height: 240, channels: 3, background: '#ddeeff' } }).jpeg().toFile(join(dir, 'img', 'wrong-size.jpg'));
  await writeFile(join(dir, 'img', 'not-an-image.jpg'), 'this is text, not a photo\n');
  const images = [labelsOf('wrong-size.jpg', 'fail'), labelsOf('not-an-image.jpg', 'pass')];
  const labelsPath = join(dir, 'labels.json');
  await writeFile(labelsPath, JSON.stringify({ conventions: {}, count: images.length, images }));
  return { dir, labelsPath };
}
