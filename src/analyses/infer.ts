import { Tensor } from 'onnxruntime-node';
import { PhotolintError } from '../errors.js';
import type { ModelId } from '../runtime/manifest.js';
import type { ModelRuntime } from '../runtime/models.js';

/** The input name of each model, as in models/manifest.json (ModelRuntime checks feeds against it). */
const INPUT_NAME: Record<ModelId, string> = { blazeface: 'image', facemesh: 'face', iris: 'eye', emotion: 'face', selfie: 'image' };

/**
 * Input arrays no run is using, by length. A fresh array per run made the garbage collector
 * run a full collection every few photos; a run takes an idle array (or a new one when all
 * are in use by concurrent checks) and gives it back when it is over.
 */
const idleInputs = new Map<number, Float32Array[]>();

/**
 * Runs `model` on one NHWC float32 input of shape `dims`, which `write` fills, and returns the
 * named outputs' data. The input array is reused by later runs: `write` must fill all of it.
 */
export async function infer<const Name extends string>(
  models: ModelRuntime,
  model: ModelId,
  dims: readonly number[],
  write: (input: Float32Array) => void,
  outputs: readonly Name[],
): Promise<Record<Name, Float32Array>> {
  const length = dims.reduce((product, size) => product * size, 1);
  const idle = idleInputs.get(length) ?? [];
  idleInputs.set(length, idle);
  const input = idle.pop() ?? new Float32Array(length);
  try {
    write(input);
    const result = await models.run(model, { [INPUT_NAME[model]]: new Tensor('float32', input, dims) });
    const data = {} as Record<Name, Float32Array>;
    for (const name of outputs) {
      const tensor = result[name];
      if (!tensor || !(tensor.data instanceof Float32Array)) {
        throw new PhotolintError('model-failed', `Expected output "${name}" of type float32 from model ${model} but received ${tensor ? tensor.type : 'none'}`, {
          model,
          output: name,
        });
      }
      data[name] = tensor.data;
    }
    return data;
  } finally {
    idle.push(input);
  }
}
