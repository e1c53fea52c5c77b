import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhotolintError } from '../../src/errors.js';
import { MODEL_IDS, defaultModelDir, readManifest } from '../../src/runtime/manifest.js';
import { ModelRuntime } from '../../src/runtime/models.js';

const manifest = readManifest();
const emotion = manifest.models.emotion;
const shippedEmotion = join(defaultModelDir(), emotion.file);

async function rejection(promise: Promise<unknown>): Promise<PhotolintError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PhotolintError);
  return error as PhotolintError;
}

let tempDir: string;
const runtimes: ModelRuntime[] = [];

function runtime(modelDir?: string): ModelRuntime {
  const created = new ModelRuntime({ threads: 1, ...(modelDir ? { modelDir } : {}) });
  runtimes.push(created);
  return created;
}

beforeEach(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'photolint-models-'));
});

afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((created) => created.dispose()));
  await rm(tempDir, { recursive: true, force: true });
});

describe('ModelRuntime', () => {
  it('refuses a model file whose sha256 differs from the manifest', async () => {
    const bytes = await readFile(shippedEmotion);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    await writeFile(join(tempDir, emotion.file), bytes);

    const error = await rejection(runtime(tempDir).session('emotion'));
    expect(error.code).toBe('model-altered');
    expect(error.message).toContain(join(tempDir, emotion.file));
    expect(error.message).toContain(`expected sha256 ${emotion.sha256}`);
    expect(error.message).toMatch(/actual [0-9a-f]{64}/);
  });

  it('reports a missing model file with its expected hash', async () => {
    const error = await rejection(runtime(tempDir).session('emotion'));
    expect(error.code).toBe('model-missing');
    expect(error.message).toContain(join(tempDir, emotion.file));
    expect(error.message).toContain(emotion.sha256);
  });

  it('creates each session once and hands out the same promise', async () => {
    const models = runtime();
    const first = models.session('emotion');
    expect(models.session('emotion')).toBe(first);
    await first;
    expect(models.loaded()).toEqual(['emotion']);
  });

  it('retries a load that failed', async () => {
    const models = runtime(tempDir);
    await rejection(models.session('emotion'));
    expect(models.loaded()).toEqual([]);

    await copyFile(shippedEmotion, join(tempDir, emotion.file));
    await expect(models.session('emotion')).resolves.toBeDefined();
    expect(models.loaded()).toEqual(['emotion']);
  });

  it('checks feed names and shapes against the manifest before running', async () => {
    const models = runtime();
    const wrongShape = await rejection(models.run('emotion', { face: new Tensor('float32', new Float32Array(32 * 32), [1, 32, 32, 1]) }));
    expect(wrongShape.code).toBe('model-failed');
    expect(wrongShape.message).toBe('Model emotion expects input "face" float32 [1, 64, 64, 1] but received float32 [1, 32, 32, 1]');

    const wrongName = await rejection(models.run('emotion', { image: new Tensor('float32', new Float32Array(64 * 64), [1, 64, 64, 1]) }));
    expect(wrongName.message).toBe('Model emotion expects input "face" float32 [1, 64, 64, 1] but received inputs "image"');
    expect(models.loaded()).toEqual([]);
  });

  it('runs a model and returns its named outputs', async () => {
    const outputs = await runtime().run('emotion', { face: new Tensor('float32', new Float32Array(64 * 64), [1, 64, 64, 1]) });
    const probabilities = Array.from(outputs['probabilities']?.data as Float32Array);
    expect(probabilities).toHaveLength(7);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('reports the manifest hash of every model', () => {
    expect(runtime().hashes()).toEqual(Object.fromEntries(MODEL_IDS.map((id) => [id, manifest.models[id].sha256])));
  });

  it('releases its sessions on dispose and refuses further use', async () => {
    const models = runtime();
    await models.session('emotion');
    await models.dispose();
    expect(models.loaded()).toEqual([]);
    expect((await rejection(models.session('emotion'))).code).toBe('checker-disposed');
  });

  it('rejects a thread count that is not a positive integer', () => {
    expect(() => new ModelRuntime({ threads: 0 })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});
