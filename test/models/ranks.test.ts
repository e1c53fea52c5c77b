import { describe, expect, it } from 'vitest';
import { tensorRanks } from '../../tools/tfjs-to-onnx/ranks.js';
import type { ConstTensor, TfNode } from '../../tools/tfjs-to-onnx/tfjs-model.js';

const constant = (shape: number[], values?: number[]): ConstTensor => ({ dtype: 'int32', shape, data: Int32Array.from(values ?? Array<number>(shape.reduce((a, b) => a * b, 1)).fill(1)) });
const shapeAttr = (dims: number[]) => ({ shape: { shape: { dim: dims.map((size) => ({ size: String(size) })) } } });

describe('tensor ranks of a tfjs graph', () => {
  it('follows the input through broadcasting, Reshape and Mean', () => {
    const weights = new Map<string, ConstTensor>([
      ['bias', constant([1])],
      ['flat', constant([2], [1, -1])],
      ['axes', constant([2], [1, 2])],
    ]);
    const nodes: TfNode[] = [
      { name: 'image', op: 'Placeholder', attr: shapeAttr([-1, 8, 8, 3]) },
      { name: 'bias', op: 'Const' },
      { name: 'biased', op: 'AddV2', input: ['image', 'bias'] },
      { name: 'axes', op: 'Const' },
      { name: 'pooled', op: 'Mean', input: ['biased', 'axes'] },
      { name: 'flat', op: 'Const' },
      { name: 'reshaped', op: 'Reshape', input: ['biased', 'flat'] },
    ];
    expect(Object.fromEntries(tensorRanks(nodes, weights))).toEqual({ image: 4, bias: 1, biased: 4, axes: 1, pooled: 2, flat: 1, reshaped: 2 });
  });
});
