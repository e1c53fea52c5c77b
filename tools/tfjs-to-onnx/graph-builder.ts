/** Accumulates ONNX nodes and initializers while TF nodes are translated. */
import { DataType, type AttributeValue, type OnnxNode, type OnnxTensor } from './onnx.js';
import type { ConstTensor } from './tfjs-model.js';

function littleEndianBytes(data: Float32Array | Int32Array | BigInt64Array): Uint8Array {
  // Typed arrays are host-endian; every platform Node ships on is little-endian.
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

const dataTypeOf = (constant: ConstTensor): DataType => (constant.dtype === 'float32' ? DataType.FLOAT : DataType.INT32);

export class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private readonly initializerNames = new Set<string>();

  /**
   * @param weights the model's constants, by TF node name
   * @param publicNames ONNX names for the TF nodes that become graph inputs and outputs
   * @param ranks the rank of each TF node's output (see ranks.ts)
   * @param channelCounts the channel count of each TF node's output, where known (see channels.ts)
   */
  constructor(
    private readonly weights: ReadonlyMap<string, ConstTensor>,
    private readonly publicNames: ReadonlyMap<string, string>,
    private readonly ranks: ReadonlyMap<string, number>,
    private readonly channelCounts: ReadonlyMap<string, number>,
  ) {}

  /** The ONNX value holding a TF node's output; constants become initializers on first use. */
  value(tfName: string): string {
    const constant = this.weights.get(tfName);
    if (constant) return this.initializer(tfName, dataTypeOf(constant), constant.shape, constant.data);
    return this.publicNames.get(tfName) ?? tfName;
  }

  /** The channel count of a TF node's output (its last axis), when the graph determines it. */
  channels(tfName: string): number | undefined {
    return this.channelCounts.get(tfName);
  }

  rank(tfName: string): number {
    const rank = this.ranks.get(tfName);
    if (rank === undefined) throw new Error(`no rank known for ${tfName}`);
    return rank;
  }

  /**
   * `value`, with a constant of lower rank than `rank` given leading 1s (the same values under
   * ONNX's right-aligned broadcasting). onnxruntime broadcasts a lower-rank operand element by
   * element in some cases: a [1] bias on a [1, 256, 256, 1] tensor took 1.4 ms instead of 0.1.
   */
  operand(tfName: string, rank: number): string {
    const constant = this.weights.get(tfName);
    if (!constant || constant.shape.length >= rank) return this.value(tfName);
    const dims = [...Array<number>(rank - constant.shape.length).fill(1), ...constant.shape];
    return this.initializer(`${tfName}/rank${rank}`, dataTypeOf(constant), dims, constant.data);
  }

  constant(tfName: string, role: string): ConstTensor {
    const constant = this.weights.get(tfName);
    if (!constant) throw new Error(`${role} ${tfName} must be a constant`);
    return constant;
  }

  /** The constant's values as plain numbers (shapes, axes, paddings). */
  constantValues(tfName: string, role: string): number[] {
    return Array.from(this.constant(tfName, role).data);
  }

  initializer(name: string, dataType: DataType, dims: readonly number[], data: Float32Array | Int32Array | BigInt64Array): string {
    if (!this.initializerNames.has(name)) {
      this.initializerNames.add(name);
      this.initializers.push({ name, dataType, dims, rawData: littleEndianBytes(data) });
    }
    return name;
  }

  int64s(name: string, values: readonly number[]): string {
    return this.initializer(name, DataType.INT64, [values.length], BigInt64Array.from(values.map(BigInt)));
  }

  float32(name: string, dims: readonly number[], data: Float32Array): string {
    return this.initializer(name, DataType.FLOAT, dims, data);
  }

  /** Adds a node with one output and returns that output's name. */
  add(opType: string, inputs: readonly string[], output: string, attributes?: Record<string, AttributeValue>): string {
    this.nodes.push({ opType, name: output, inputs, outputs: [output], ...(attributes ? { attributes } : {}) });
    return output;
  }
}
