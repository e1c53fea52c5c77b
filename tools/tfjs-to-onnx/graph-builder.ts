/** Accumulates ONNX nodes and initializers while TF nodes are translated. */
import { DataType, type AttributeValue, type OnnxNode, type OnnxTensor } from './onnx.js';
import type { ConstTensor } from './tfjs-model.js';

function littleEndianBytes(data: Float32Array | Int32Array | BigInt64Array): Uint8Array {
  // Typed arrays are host-endian; every platform Node ships on is little-endian.
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private readonly initializerNames = new Set<string>();

  /**
   * @param weights the model's constants, by TF node name
   * @param publicNames ONNX names for the TF nodes that become graph inputs and outputs
   */
  constructor(
    private readonly weights: ReadonlyMap<string, ConstTensor>,
    private readonly publicNames: ReadonlyMap<string, string>,
  ) {}

  /** The ONNX value holding a TF node's output; constants become initializers on first use. */
  value(tfName: string): string {
    const constant = this.weights.get(tfName);
    if (constant) {
      const dataType = constant.dtype === 'float32' ? DataType.FLOAT : DataType.INT32;
      return this.initializer(tfName, dataType, constant.shape, constant.data);
    }
    return this.publicNames.get(tfName) ?? tfName;
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
