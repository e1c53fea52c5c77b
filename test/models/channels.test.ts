import { describe, expect, it } from 'vitest';
import { tensorChannels } from '../../tools/tfjs-to-onnx/channels.js';
import type { ConstTensor, TfNode } from '../../tools/tfjs-to-onnx/tfjs-model.js';

const constant = (dtype: 'int32' | 'float32', shape: number[], values?: number[]): ConstTensor => {
  const data = values ?? Array<number>(shape.reduce((a, b) => a * b, 1)).fill(1);
  return { dtype, shape, data: dtype === 'int32' ? Int32Array.from(data) : Float32Array.from(data) };
};

describe('channel counts of a tfjs graph', () => {
  it('follows the input through convolutions, a widening Pad and channel-keeping ops, and leaves the rest unknown', () => {
    const weights = new Map<string, ConstTensor>([
      ['filter', constant('float32', [3, 3, 3, 16])],
      ['depthwise', constant('float32', [3, 3, 16, 2])],
      ['paddings', constant('int32', [4, 2], [0, 0, 0, 0, 0, 0, 0, 8])],
      ['flat', constant('int32', [2], [1, -1])],
    ]);
    const nodes: TfNode[] = [
      { name: 'image', op: 'Placeholder', attr: { shape: { shape: { dim: [-1, 8, 8, 3].map((size) => ({ size: String(size) })) } } } },
      { name: 'conv', op: '_FusedConv2D', input: ['image', 'filter'] },
      { name: 'wide', op: 'DepthwiseConv2dNative', input: ['conv', 'depthwise'] },
      { name: 'pooled', op: 'MaxPool', input: ['conv'] },
      { name: 'padded', op: 'Pad', input: ['pooled', 'paddings'] },
      { name: 'sum', op: 'AddV2', input: ['wide', 'padded'] },
      { name: 'reshaped', op: 'Reshape', input: ['sum', 'flat'] },
    ];
    const channels = tensorChannels(nodes, weights);
    expect(Object.fromEntries(['image', 'conv', 'wide', 'pooled', 'padded', 'sum'].map((name) => [name, channels.get(name)]))).toEqual({
      image: 3,
      conv: 16,
      wide: 32,
      pooled: 16,
      padded: 24,
      sum: 32,
    });
    expect(channels.has('reshaped')).toBe(false);
  });
});
