/**
 * The ONNX messages this converter writes, and their protobuf encoding.
 * Field numbers are those of onnx/onnx.proto (ModelProto, GraphProto, NodeProto, ...).
 */
import { ProtoWriter } from './protobuf.js';

const OPSET_VERSION = 13;
/** IR version 7 is the one that introduced opset 13. */
const IR_VERSION = 7;

export const DataType = { FLOAT: 1, INT32: 6, INT64: 7 } as const;
export type DataType = (typeof DataType)[keyof typeof DataType];

export type AttributeValue =
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'ints'; value: readonly number[] };

export interface OnnxNode {
  opType: string;
  name: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: Readonly<Record<string, AttributeValue>>;
}

export interface OnnxTensor {
  name: string;
  dataType: DataType;
  dims: readonly number[];
  /** Little-endian element bytes. */
  rawData: Uint8Array;
}

export interface OnnxValueInfo {
  name: string;
  elemType: DataType;
  shape: readonly number[];
}

export interface OnnxModel {
  producerName: string;
  producerVersion: string;
  docString: string;
  graphName: string;
  nodes: readonly OnnxNode[];
  initializers: readonly OnnxTensor[];
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
  metadata: Readonly<Record<string, string>>;
}

export const intAttr = (value: number): AttributeValue => ({ kind: 'int', value });
export const floatAttr = (value: number): AttributeValue => ({ kind: 'float', value });
export const stringAttr = (value: string): AttributeValue => ({ kind: 'string', value });
export const intsAttr = (value: readonly number[]): AttributeValue => ({ kind: 'ints', value });

const AttributeType = { FLOAT: 1, INT: 2, STRING: 3, INTS: 7 } as const;

function writeAttribute(w: ProtoWriter, name: string, attribute: AttributeValue): void {
  w.string(1, name);
  switch (attribute.kind) {
    case 'float':
      w.float(2, attribute.value).varint(20, AttributeType.FLOAT);
      break;
    case 'int':
      w.varint(3, attribute.value).varint(20, AttributeType.INT);
      break;
    case 'string':
      w.string(4, attribute.value).varint(20, AttributeType.STRING);
      break;
    case 'ints':
      w.packedVarints(8, attribute.value).varint(20, AttributeType.INTS);
      break;
  }
}

function writeNode(w: ProtoWriter, node: OnnxNode): void {
  for (const input of node.inputs) w.string(1, input);
  for (const output of node.outputs) w.string(2, output);
  w.string(3, node.name).string(4, node.opType);
  for (const [name, attribute] of Object.entries(node.attributes ?? {})) w.message(5, (a) => writeAttribute(a, name, attribute));
}

function writeTensor(w: ProtoWriter, tensor: OnnxTensor): void {
  w.packedVarints(1, tensor.dims).varint(2, tensor.dataType).string(8, tensor.name).bytes(9, tensor.rawData);
}

function writeValueInfo(w: ProtoWriter, info: OnnxValueInfo): void {
  w.string(1, info.name).message(2, (type) =>
    type.message(1, (tensorType) =>
      tensorType.varint(1, info.elemType).message(2, (shape) => {
        for (const size of info.shape) shape.message(1, (dim) => dim.varint(1, size));
      }),
    ),
  );
}

function writeGraph(w: ProtoWriter, model: OnnxModel): void {
  for (const node of model.nodes) w.message(1, (n) => writeNode(n, node));
  w.string(2, model.graphName);
  for (const tensor of model.initializers) w.message(5, (t) => writeTensor(t, tensor));
  for (const input of model.inputs) w.message(11, (v) => writeValueInfo(v, input));
  for (const output of model.outputs) w.message(12, (v) => writeValueInfo(v, output));
}

export function encodeModel(model: OnnxModel): Uint8Array {
  const w = new ProtoWriter();
  w.varint(1, IR_VERSION).string(2, model.producerName).string(3, model.producerVersion).string(6, model.docString);
  w.message(7, (g) => writeGraph(g, model));
  w.message(8, (opset) => opset.string(1, '').varint(2, OPSET_VERSION));
  for (const [key, value] of Object.entries(model.metadata)) w.message(14, (entry) => entry.string(1, key).string(2, value));
  return w.finish();
}
