/**
 * Runs the original tfjs graph models on @tensorflow/tfjs-backend-wasm, single-threaded: the
 * reference the converted ONNX models are compared with.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

interface ModelJson {
  modelTopology: tf.io.ModelArtifacts['modelTopology'];
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  format?: string;
  signature?: object;
  userDefinedMetadata?: Record<string, object>;
}

export async function useWasmBackend(): Promise<void> {
  const wasmDir = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  setWasmPaths(`${wasmDir}/`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend failed to initialise');
  await tf.ready();
}

/** Loads model.json and its shards from disk; tfjs itself decodes fp16 / quantised weights. */
export async function loadGraphModel(modelJsonPath: string): Promise<tf.GraphModel> {
  const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as ModelJson;
  const shards = await Promise.all(json.weightsManifest.flatMap((group) => group.paths).map((path) => readFile(join(dirname(modelJsonPath), path))));
  const weightData = new Uint8Array(Buffer.concat(shards)).buffer;
  const artifacts: tf.io.ModelArtifacts = {
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
    weightData,
    ...(json.format ? { format: json.format } : {}),
    ...(json.signature ? { signature: json.signature } : {}),
    ...(json.userDefinedMetadata ? { userDefinedMetadata: json.userDefinedMetadata } : {}),
  };
  return tf.loadGraphModel({ load: async () => artifacts });
}

/** Runs the model and returns the named output nodes' data. */
export async function runGraphModel(model: tf.GraphModel, input: Float32Array, shape: number[], outputNodes: string[]): Promise<Float32Array[]> {
  const x = tf.tensor(input, shape, 'float32');
  try {
    const results = model.execute(x, outputNodes);
    const tensors = Array.isArray(results) ? results : [results];
    const data = await Promise.all(tensors.map(async (tensor) => new Float32Array(await tensor.data())));
    tf.dispose(tensors);
    return data;
  } finally {
    x.dispose();
  }
}
