/**
 * Runs the make-up, retouching and capture features over the labelled dev set and caches one
 * row per photo in .cache/retouch-features.json (only numbers are cached, never photos).
 * Used by tools/calibrate-retouch.ts and the dev-set floors test.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { captureHints } from '../src/retouch/capture-hints.js';
import { makeupFeatures } from '../src/retouch/makeup-features.js';
import { strongestMoire } from '../src/retouch/moire.js';
import { skinTexture } from '../src/retouch/skin-texture.js';
import { ModelRuntime } from '../src/runtime/models.js';
import { CACHE_FILE as ACCESSORY_CACHE, devSetPresent } from './accessory-dataset.js';
import { DEV_SET_DIR, openPhoto } from './dev-set.js';

export { devSetPresent };
export const CACHE_FILE = join(dirname(ACCESSORY_CACHE), 'retouch-features.json');

export interface RetouchRow {
  readonly file: string;
  readonly heavyRetouch: boolean | null;
  readonly error: string | null;
  readonly features: Readonly<Record<string, number>>;
}

async function rowOf(runtime: ModelRuntime, path: string): Promise<Record<string, number>> {
  const context = await openPhoto(path, runtime);
  const { info } = await context.get('file');
  const moire = strongestMoire(await context.get('rgb'));
  const capture = { hints: captureHints(info.exif).length, moireRatio: moire?.ratio ?? NaN, moireAmplitude: moire?.amplitude ?? NaN };
  const { rgb, mesh, pose, faceZones, skinModel } = await context.resolve(['rgb', 'mesh', 'pose', 'faceZones', 'skinModel'] as const);
  const makeup = makeupFeatures(rgb, mesh, skinModel.patches);
  const texture = skinTexture(rgb, faceZones.faceWidth, skinModel.patches, [faceZones.lenses.right, faceZones.lenses.left]);
  return {
    ...capture,
    yaw: pose.yaw,
    pitch: pose.pitch,
    faceWidth: faceZones.faceWidth,
    greyscale: skinModel.greyscale ? 1 : 0,
    jpegQuality: info.jpeg?.quality ?? NaN,
    skinL: makeup.skin.L,
    skinChroma: makeup.skin.chroma,
    lipsL: makeup.lips.L,
    lipsChroma: makeup.lips.chroma,
    lipChromaExcess: makeup.lipChromaExcess,
    lipRednessExcess: makeup.lipRednessExcess,
    lidDarkening: makeup.lidDarkening,
    lidTint: makeup.lidTint,
    textureSkin: texture.skin,
    textureEyes: texture.eyes,
    textureRatio: texture.ratio,
    texturePitch: texture.pitch,
  };
}

export async function buildRows(): Promise<RetouchRow[]> {
  const labels = JSON.parse(await readFile(join(DEV_SET_DIR, 'labels.json'), 'utf8')) as { images: { file: string; heavy_retouch: boolean | null }[] };
  const runtime = new ModelRuntime({ threads: 2 });
  const rows: RetouchRow[] = [];
  try {
    for (const { file, heavy_retouch: heavyRetouch } of labels.images) {
      try {
        rows.push({ file, heavyRetouch, error: null, features: await rowOf(runtime, join(DEV_SET_DIR, 'img', file)) });
      } catch (error) {
        rows.push({ file, heavyRetouch, error: error instanceof Error ? error.message : String(error), features: {} });
      }
    }
  } finally {
    await runtime.dispose();
  }
  await mkdir(dirname(CACHE_FILE), { recursive: true });
  await writeFile(CACHE_FILE, JSON.stringify(rows));
  return rows;
}

export async function loadRows(refresh: boolean): Promise<RetouchRow[]> {
  if (!refresh && existsSync(CACHE_FILE)) return JSON.parse(await readFile(CACHE_FILE, 'utf8')) as RetouchRow[];
  return buildRows();
}
