import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

export interface PhotoFolder {
  readonly dir: string;
  /** photos/compliant.jpg: 480×640 colour JPEG at 300 dpi, compliant under `fileRulesProfile`. */
  readonly compliant: string;
  /** photos/sub/wrong-size.jpg: 320×240, so image-size fails. */
  readonly wrongSize: string;
  /** photos/not-an-image.jpg: text. */
  readonly notAnImage: string;
  readonly photos: string;
  /** FILE_RULES_PROFILE as a file. */
  readonly fileRulesProfile: string;
}

export async function makePhotoFolder(): Promise<PhotoFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'photolint-cli-'));
  const photos = join(dir, 'photos');
  await mkdir(join(photos, 'sub'), { recursive: true });
  const folder: PhotoFolder = {
    dir,
    photos,
    compliant: join(photos, 'compliant.jpg'),
    wrongSize: join(photos, 'sub', 'wrong-size.jpg'),
    notAnImage: join(photos, 'not-an-image.jpg'),
    fileRulesProfile: join(dir, 'file-rules.json'),
  };
  const colour = { r: 200, g: 120, b: 80 };
  await sharp({ create: { width: 480, height: 640, channels: 3, background: colour } }).withMetadata({ density: 300 }).jpeg({ quality: 90 }).toFile(folder.compliant);
  await sharp({ create: { width: 320, height: 240, channels: 3, background: colour } }).withMetadata({ density: 300 }).jpeg({ quality: 90 }).toFile(folder.wrongSize);
  await writeFile(folder.notAnImage, 'plain text\n');
  await writeFile(join(photos, 'notes.txt'), 'not a photo, and not walked\n');
  await writeFile(folder.fileRulesProfile, FILE_RULES_PROFILE);
  return folder;
}

/** A profile with only the file rules, which judge a synthetic photo fully (no face needed). */
export const FILE_RULES_PROFILE = JSON.stringify({
  id: 'file-rules',
  title: { en: 'File rules', zh: '文件规则' },
  source: 'test',
  rules: { 'jpeg-format': {}, 'color-24bit': {}, 'image-size': {}, density: { severity: 'warning' }, 'jpeg-quality': {}, 'file-size': { severity: 'warning' } },
});
