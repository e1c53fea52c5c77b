import { attr, dataInputs, type ConstTensor, type TfNode } from './tfjs-model.js';

/**
 * The rank of every tensor of a tfjs graph, given its nodes in topological order: from the
 * constants' and the input's shapes, through Reshape and Mean, every other op giving the
 * largest rank among its inputs (elementwise broadcasting; the NHWC ops keep rank 4).
 */
export function tensorRanks(order: readonly TfNode[], weights: ReadonlyMap<string, ConstTensor>): Map<string, number> {
  const ranks = new Map<string, number>();
  const rankOf = (name: string): number => ranks.get(name) ?? 0;
  const constantSize = (name: string | undefined): number => (name === undefined ? 0 : (weights.get(name)?.data.length ?? 0));
  for (const node of order) {
    const inputs = dataInputs(node);
    const constant = weights.get(node.name);
    let rank: number;
    if (constant) rank = constant.shape.length;
    else if (node.op === 'Placeholder') rank = attr.shape(node, 'shape')?.length ?? 0;
    else if (node.op === 'Reshape') rank = constantSize(inputs[1]);
    else if (node.op === 'Mean' && !attr.bool(node, 'keep_dims', false)) rank = rankOf(inputs[0] ?? '') - constantSize(inputs[1]);
    else rank = Math.max(0, ...inputs.map(rankOf));
    ranks.set(node.name, rank);
  }
  return ranks;
}
