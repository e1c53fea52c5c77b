/**
 * Measures the make-up, retouching and capture features on the labelled dev set, caches one row
 * per photo in .cache/retouch-features.json (only numbers, never photos) and prints how well
 * each feature separates the heavy_retouch label, the figures the no-heavy-makeup and
 * no-heavy-retouching rules cite (AUC: 0.5 is chance; 1, or 0 for a feature that is lower when
 * retouched, separates perfectly).
 *
 *   npx tsx tools/retouch-dataset.ts [--refresh]
 */
import { fileURLToPath } from 'node:url';
import type { ImageContext } from '../src/context.js';
import { captureHints } from '../src/retouch/capture-hints.js';
import { makeupFeatures } from '../src/retouch/makeup-features.js';
import { strongestMoire } from '../src/retouch/moire.js';
import { skinTexture } from '../src/retouch/skin-texture.js';
import { DEV_SET_DIR, cachedRows, devSetPresent, measureDevSet } from './dev-set.js';

interface RetouchRow {
  readonly file: string;
  readonly heavyRetouch: boolean | null;
  readonly error: string | null;
  readonly features: Readonly<Record<string, number>>;
}

async function featuresOf(context: ImageContext): Promise<Record<string, number>> {
  const { info } = await context.get('file');
  const moire = strongestMoire(await context.get('rgb'));
  const capture = { hints: captureHints(info.exif).length, moireRatio: moire?.ratio ?? NaN, moireAmplitude: moire?.amplitude ?? NaN };
  const { rgb, pose, faceZones, skinModel, faceColours } = await context.resolve(['rgb', 'pose', 'faceZones', 'skinModel', 'faceColours'] as const);
  const makeup = makeupFeatures(rgb, faceColours);
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

export function loadRows(refresh: boolean): Promise<RetouchRow[]> {
  return cachedRows('retouch-features.json', refresh, async () =>
    (await measureDevSet(featuresOf)).map(({ entry, value, error }) => ({ file: entry.file, heavyRetouch: entry.heavy_retouch, error, features: value ?? {} })),
  );
}

/** Probability that a random positive scores above a random negative (ties count half). */
function auc(positives: readonly number[], negatives: readonly number[]): number {
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

async function main(): Promise<void> {
  if (!devSetPresent()) {
    console.error(`The dev set is not at ${DEV_SET_DIR} (set PHOTOLINT_DEV_SET): nothing to measure.`);
    process.exitCode = 2;
    return;
  }
  const rows = (await loadRows(process.argv.includes('--refresh'))).filter((row) => !row.error && row.heavyRetouch !== null);
  const names = Object.keys(rows[0]?.features ?? {});
  console.log(`${rows.length} labelled photos measured, ${rows.filter((r) => r.heavyRetouch).length} heavily retouched`);
  for (const name of names) {
    const valued = rows.filter((row) => Number.isFinite(row.features[name]));
    const of = (label: boolean) => valued.filter((row) => row.heavyRetouch === label).map((row) => row.features[name]!);
    console.log(`${name.padEnd(18)} AUC ${auc(of(true), of(false)).toFixed(2)}  (${valued.length} photos)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
