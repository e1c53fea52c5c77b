/**
 * Reads a tfjs graph model: model.json (a TensorFlow GraphDef in JSON) and its weight shards,
 * dequantised to float32 / int32.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface TfAttr {
  s?: string;
  i?: string;
  b?: boolean;
  list?: { i?: string[]; s?: string[] };
  shape?: { dim?: { size: string }[]; unknownRank?: boolean };
}

export interface TfNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, TfAttr>;
}

interface TfSignatureTensor {
  name: string;
  tensorShape?: { dim?: { size: string }[] };
}

interface TfSignature {
  inputs?: Record<string, TfSignatureTensor>;
  outputs?: Record<string, TfSignatureTensor>;
}

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; scale?: number; min?: number; original_dtype?: string };
}

interface ModelJson {
  modelTopology: { node: TfNode[] };
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
  signature?: TfSignature;
  /** Older converters put the signature here. */
  userDefinedMetadata?: { signature?: TfSignature };
}

export interface ConstTensor {
  dtype: 'float32' | 'int32';
  shape: number[];
  data: Float32Array | Int32Array;
}

export interface TfjsGraph {
  nodes: Map<string, TfNode>;
  weights: Map<string, ConstTensor>;
  /** Output shapes from the model signature, keyed by node name; -1 marks an unknown size. */
  signatureShapes: Map<string, number[]>;
}

function float16ToFloat32(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >> 10) & 0x1f;
  const fraction = half & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

function decodeWeight(spec: WeightSpec, bytes: Buffer, offset: number): { tensor: ConstTensor; byteLength: number } {
  const count = spec.shape.reduce((a, b) => a * b, 1);
  const quantization = spec.quantization;
  const dtype = spec.dtype;
  if (dtype !== 'float32' && dtype !== 'int32') throw new Error(`weight ${spec.name}: unsupported dtype ${dtype}`);
  const out = dtype === 'float32' ? new Float32Array(count) : new Int32Array(count);
  if (!quantization) {
    for (let i = 0; i < count; i++) out[i] = dtype === 'float32' ? bytes.readFloatLE(offset + 4 * i) : bytes.readInt32LE(offset + 4 * i);
    return { tensor: { dtype, shape: spec.shape, data: out }, byteLength: 4 * count };
  }
  switch (quantization.dtype) {
    case 'float16':
      for (let i = 0; i < count; i++) out[i] = float16ToFloat32(bytes.readUInt16LE(offset + 2 * i));
      return { tensor: { dtype, shape: spec.shape, data: out }, byteLength: 2 * count };
    case 'uint8':
    case 'uint16': {
      const width = quantization.dtype === 'uint8' ? 1 : 2;
      const scale = quantization.scale ?? 1;
      const min = quantization.min ?? 0;
      for (let i = 0; i < count; i++) out[i] = bytes.readUIntLE(offset + width * i, width) * scale + min;
      return { tensor: { dtype, shape: spec.shape, data: out }, byteLength: width * count };
    }
    default:
      throw new Error(`weight ${spec.name}: unsupported quantisation ${quantization.dtype}`);
  }
}

async function readWeights(modelDir: string, manifest: ModelJson['weightsManifest']): Promise<Map<string, ConstTensor>> {
  const weights = new Map<string, ConstTensor>();
  for (const group of manifest) {
    const shards = await Promise.all(group.paths.map((path) => readFile(join(modelDir, path))));
    const bytes = Buffer.concat(shards);
    let offset = 0;
    for (const spec of group.weights) {
      const { tensor, byteLength } = decodeWeight(spec, bytes, offset);
      weights.set(spec.name, tensor);
      offset += byteLength;
    }
    if (offset !== bytes.byteLength) throw new Error(`weight group ${group.paths.join(', ')}: read ${offset} of ${bytes.byteLength} bytes`);
  }
  return weights;
}

const nodeNameOf = (tensorName: string): string => tensorName.replace(/:\d+$/, '');

export async function readTfjsGraph(modelJsonPath: string): Promise<TfjsGraph> {
  const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as ModelJson;
  const nodes = new Map(json.modelTopology.node.map((node) => [node.name, node]));
  const weights = await readWeights(dirname(modelJsonPath), json.weightsManifest);
  const signatureShapes = new Map<string, number[]>();
  for (const tensor of Object.values((json.signature ?? json.userDefinedMetadata?.signature)?.outputs ?? {})) {
    const dims = tensor.tensorShape?.dim;
    if (dims) signatureShapes.set(nodeNameOf(tensor.name), dims.map((d) => Number(d.size)));
  }
  return { nodes, weights, signatureShapes };
}

/** Attribute readers; every one fails naming the node when the attribute is missing. */
export const attr = {
  string(node: TfNode, key: string): string {
    const value = node.attr?.[key]?.s;
    if (value === undefined) throw new Error(`${node.op} ${node.name}: missing attribute ${key}`);
    return Buffer.from(value, 'base64').toString('utf8');
  },
  strings(node: TfNode, key: string): string[] {
    return (node.attr?.[key]?.list?.s ?? []).map((s) => Buffer.from(s, 'base64').toString('utf8'));
  },
  ints(node: TfNode, key: string): number[] {
    const list = node.attr?.[key]?.list?.i;
    if (!list) throw new Error(`${node.op} ${node.name}: missing attribute ${key}`);
    return list.map(Number);
  },
  bool(node: TfNode, key: string, fallback: boolean): boolean {
    return node.attr?.[key]?.b ?? fallback;
  },
  shape(node: TfNode, key: string): number[] | undefined {
    return node.attr?.[key]?.shape?.dim?.map((d) => Number(d.size));
  },
};

/** The data inputs of a node (control inputs `^name` dropped), as node names. */
export function dataInputs(node: TfNode): string[] {
  return (node.input ?? []).filter((input) => !input.startsWith('^')).map((input) => {
    const [name, index] = input.split(':');
    if (index !== undefined && index !== '0') throw new Error(`${node.op} ${node.name}: input ${input} reads output ${index} of a multi-output op, which is unsupported`);
    return name ?? input;
  });
}
