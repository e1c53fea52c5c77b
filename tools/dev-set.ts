import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { ImageContext } from '../src/context.js';
import { showsSeveralPeople } from '../src/eval/label-map.js';
import { type LabelEntry, loadLabels } from '../src/eval/labels.js';
import { readInput } from '../src/image/input.js';
import { inspectImage } from '../src/image/intake.js';
import { ModelRuntime } from '../src/runtime/models.js';

/**
 * The labelled development photos: $PHOTOLINT_DEV_SET, else `../shared/data/portraits-dev`
 * beside the repository (where CI and every session find it). Its photos are read from there,
 * never copied into the project; the tools cache only numbers, in .cache/.
 */
export const DEV_SET_DIR = process.env.PHOTOLINT_DEV_SET ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'portraits-dev');

const CACHE_DIR = join(import.meta.dirname, '..', '.cache');
const MAX_PIXELS = 40_000_000;

export function devSetPresent(dir = DEV_SET_DIR): boolean {
  return existsSync(join(dir, 'labels.json'));
}

/** The analysis context of one photo file, as the checker would build it, for the calibration tools. */
export async function openPhoto(path: string, models: ModelRuntime): Promise<ImageContext> {
  const file = await readInput(path, { maxBytes: 50 * 1024 * 1024 });
  const info = await inspectImage(file.bytes, { maxPixels: MAX_PIXELS });
  return new ImageContext({ ...file, info }, { models, maxPixels: MAX_PIXELS });
}

/** The label fields that describe one person (the rest describe the photo: faces, background, overall). */
const PERSON_FIELDS = [
  'frontal', 'eyes_open', 'mouth_closed', 'glasses', 'headwear', 'earrings', 'necklace', 'hair_occludes_brows_or_eyes',
  'hair_covers_ears', 'clothing_blue', 'clothing_patterned', 'heavy_retouch', 'expression',
] as const satisfies readonly (keyof LabelEntry)[];

/**
 * The labels as they apply to the face the checker judges. On a photo of several people the
 * person labels describe the subject named in the notes, who need not be that face, so they
 * are unknown (null) there, as `photolint eval` leaves them unscored (src/eval/label-map.ts).
 */
export function labelsOfJudgedFace(entry: LabelEntry): LabelEntry {
  return showsSeveralPeople(entry) ? { ...entry, ...Object.fromEntries(PERSON_FIELDS.map((field) => [field, null])) } : entry;
}

/** One labelled photo and what was measured on it, or why nothing could be. */
export type Measured<T> = { readonly entry: LabelEntry } & ({ readonly value: T; readonly error: null } | { readonly value: null; readonly error: string });

/**
 * Every labelled photo of the dev set (in label order, labels as they apply to the judged face)
 * measured by `measure` on its analysis context; a photo whose analyses fail keeps the error.
 * A dot per photo on stderr.
 */
export async function measureDevSet<T>(measure: (context: ImageContext, entry: LabelEntry) => Promise<T>, dir = DEV_SET_DIR): Promise<Measured<T>[]> {
  const { images } = await loadLabels(join(dir, 'labels.json'));
  const models = new ModelRuntime({ threads: 2 });
  const rows: Measured<T>[] = [];
  try {
    for (const entry of images.map(labelsOfJudgedFace)) {
      try {
        rows.push({ entry, value: await measure(await openPhoto(join(dir, 'img', entry.file), models), entry), error: null });
      } catch (error) {
        rows.push({ entry, value: null, error: error instanceof Error ? error.message : String(error) });
      }
      process.stderr.write('.');
    }
  } finally {
    process.stderr.write('\n');
    await models.dispose();
  }
  return rows;
}

/**
 * Rows cached as JSON in .cache/`name`, stamped with a digest of the code and labels they were
 * measured with: read from there while the stamp matches (unless `refresh`), else built and stored.
 */
export async function cachedRows<T>(name: string, refresh: boolean, build: () => Promise<T[]>, dir = DEV_SET_DIR): Promise<T[]> {
  const path = join(CACHE_DIR, name);
  const source = await sourceDigest(dir);
  if (!refresh && existsSync(path)) {
    const cached = JSON.parse(await readFile(path, 'utf8')) as { source?: string; rows?: T[] };
    if (cached.source === source && cached.rows) return cached.rows;
  }
  const rows = await build();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ source, rows }));
  return rows;
}

/** sha256 of every file under src/ and tools/, the model manifest and the labels in `dir`: what measured rows depend on. */
async function sourceDigest(dir: string): Promise<string> {
  const root = join(import.meta.dirname, '..');
  const entries = await Promise.all(['src', 'tools'].map((folder) => readdir(join(root, folder), { recursive: true, withFileTypes: true })));
  const files = entries
    .flat()
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of [...files, join(root, 'models', 'manifest.json'), join(dir, 'labels.json')]) {
    hash.update(relative(root, file)).update('\0').update(existsSync(file) ? await readFile(file) : '').update('\0');
  }
  return hash.digest('hex');
}
