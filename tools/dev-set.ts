import { join } from 'node:path';
import { ImageContext } from '../src/context.js';
import { readInput } from '../src/image/input.js';
import { inspectImage } from '../src/image/intake.js';
import type { ModelRuntime } from '../src/runtime/models.js';

/**
 * The labelled development photos: $PHOTOLINT_DEV_SET, else `../shared/data/portraits-dev`
 * beside the repository (where CI and every session find it). Its photos are read from there,
 * never copied into the project.
 */
export const DEV_SET_DIR = process.env.PHOTOLINT_DEV_SET ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'portraits-dev');

const MAX_PIXELS = 40_000_000;

/** The analysis context of one photo file, as the checker would build it, for the calibration tools. */
export async function openPhoto(path: string, models: ModelRuntime): Promise<ImageContext> {
  const file = await readInput(path, { maxBytes: 50 * 1024 * 1024 });
  const info = await inspectImage(file.bytes, { maxPixels: MAX_PIXELS });
  return new ImageContext({ ...file, info }, { models, maxPixels: MAX_PIXELS });
}
