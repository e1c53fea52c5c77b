import { attr, dataInputs, type ConstTensor, type TfNode } from './tfjs-model.js';

/** Ops whose output keeps the channel count of their first data input. */
const CHANNEL_PRESERVING = new Set(['Identity', 'Add', 'AddV2', 'AddN', 'Sub', 'Mul', 'Relu', 'Relu6', 'Sigmoid', 'Prelu', 'MaxPool', 'AvgPool', 'ResizeBilinear']);

/**
 * The channel count (the last, NHWC axis) of the tensors of a tfjs graph where it is known, given
 * its nodes in topological order: from the input's shape and the convolution filters, through
 * Pad and the ops that keep their input's channels.
 */
export function tensorChannels(order: readonly TfNode[], weights: ReadonlyMap<string, ConstTensor>): Map<string, number> {
  const channels = new Map<string, number>();
  const constantShape = (name: string | undefined): number[] | undefined => (name === undefined ? undefined : weights.get(name)?.shape);
  for (const node of order) {
    const inputs = dataInputs(node);
    const filter = constantShape(inputs[1]);
    const first = channels.get(inputs[0] ?? '');
    let count: number | undefined;
    if (node.op === 'Placeholder') count = attr.shape(node, 'shape')?.at(-1);
    else if (node.op === 'Conv2D' || node.op === '_FusedConv2D') count = filter?.[3];
    else if (node.op === 'DepthwiseConv2dNative') count = filter && filter[2]! * filter[3]!;
    else if (node.op === 'Conv2DBackpropInput') count = filter?.[2];
    else if (node.op === 'Pad') {
      const paddings = weights.get(inputs[1] ?? '')?.data;
      count = first === undefined || !paddings ? undefined : first + paddings[paddings.length - 2]! + paddings[paddings.length - 1]!;
    } else if (CHANNEL_PRESERVING.has(node.op)) count = first;
    if (count !== undefined && count > 0) channels.set(node.name, count);
  }
  return channels;
}
