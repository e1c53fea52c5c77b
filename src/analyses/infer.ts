import { Tensor } from 'onnxruntime-node';
import { PhotolintError } from '../errors.js';
import type { ModelId } from '../runtime/manifest.js';
import type { ModelRuntime } from '../runtime/models.js';

/** The input name of each model, as in models/manifest.json (ModelRuntime checks feeds against it). */
const INPUT_NAME: Record<ModelId, string> = { blazeface: 'image', facemesh: 'face', iris: 'eye', emotion: 'face', selfie: 'image' };

/** Runs `model` on one NHWC float32 input and returns the named outputs' data. */
export async function infer<const Name extends string>(
  models: ModelRuntime,
  model: ModelId,
  input: Float32Array,
  dims: readonly number[],
  outputs: readonly Name[],
): Promise<Record<Name, Float32Array>> {
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
}
