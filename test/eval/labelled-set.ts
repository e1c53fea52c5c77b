import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { makeLabelEntry } from './make-verdict.js';

/**
 * A labelled set in a temporary folder: labels.json and img/ with `wrong-size.jpg` (a 320×240
 * JPEG, labelled fail) and `not-an-image.jpg` (text, labelled pass).
 */
export async function makeLabelledSet(): Promise<{ dir: string; labelsPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'photolint-eval-'));
  await mkdir(join(dir, 'img'));
  await sharp({ create: { width: 320, height: 240, channels: 3, background: '#ddeeff' } }).jpeg().toFile(join(dir, 'img', 'wrong-size.jpg'));
  await writeFile(join(dir, 'img', 'not-an-image.jpg'), 'this is text, not a photo\n');
  const images = [makeLabelEntry('wrong-size.jpg'), makeLabelEntry('not-an-image.jpg', { expected_overall: 'pass' })];
  const labelsPath = join(dir, 'labels.json');
  await writeFile(labelsPath, JSON.stringify({ conventions: {}, count: images.length, images }));
  return { dir, labelsPath };
}
