/**
 * Median single-thread onnxruntime inference time per shipped model.
 *
 *   npx tsx bench/models.ts
 */
import { Tensor } from 'onnxruntime-node';
import { MODEL_IDS, readManifest } from '../src/runtime/manifest.js';
import { ModelRuntime } from '../src/runtime/models.js';

const WARM_UP_RUNS = 5;
const TIMED_RUNS = 30;

/** A fixed pseudo-random value in [0, 1) for index i, so runs are comparable. */
const noise = (i: number): number => ((Math.imul(i, 2654435761) >>> 0) % 1000) / 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const manifest = readManifest();
  const runtime = new ModelRuntime({ threads: 1 });
  try {
    for (const id of MODEL_IDS) {
      const { input } = manifest.models[id];
      const size = input.shape.reduce((a, b) => a * b, 1);
      // Noise over the input's range, not a flat input: some kernels cost more on real images,
      // whose activations change sign (onnxruntime's PRelu ran 3× faster on a flat input).
      const [low, high] = input.range;
      const feeds = { [input.name]: new Tensor('float32', Float32Array.from({ length: size }, (_, i) => low + (high - low) * noise(i)), input.shape) };
      for (let i = 0; i < WARM_UP_RUNS; i++) await runtime.run(id, feeds);
      const times: number[] = [];
      for (let i = 0; i < TIMED_RUNS; i++) {
        const start = performance.now();
        await runtime.run(id, feeds);
        times.push(performance.now() - start);
      }
      console.log(`${id.padEnd(10)} median ${median(times).toFixed(2)} ms over ${TIMED_RUNS} runs (1 intra-op thread)`);
    }
  } finally {
    await runtime.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
