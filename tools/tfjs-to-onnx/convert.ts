/** Converts one tfjs graph model to an ONNX model with named, fixed-shape inputs and outputs. */
import { basename } from 'node:path';
import { GraphBuilder } from './graph-builder.js';
import { DataType, encodeModel, type OnnxValueInfo } from './onnx.js';
import { translateNode } from './ops.js';
import { tensorChannels } from './channels.js';
import { tensorRanks } from './ranks.js';
import { attr, dataInputs, readTfjsGraph, type TfNode } from './tfjs-model.js';

export interface ConversionSpec {
  modelJson: string;
  /** ONNX name of the graph input (the model's single Placeholder). */
  inputName: string;
  /** TF output node -> ONNX output name. */
  outputs: readonly { node: string; name: string }[];
  /** Size of the unknown (batch) dimension in the ONNX graph; default 1. */
  batch?: number;
  metadata?: Record<string, string>;
}

export interface ConversionResult {
  bytes: Uint8Array;
  nodeCount: number;
  input: OnnxValueInfo;
  outputs: OnnxValueInfo[];
}

/** Nodes the outputs depend on, each after its inputs. */
function topologicalOrder(nodes: ReadonlyMap<string, TfNode>, outputs: readonly string[]): TfNode[] {
  const ordered: TfNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`graph has a cycle through ${name}`);
    const node = nodes.get(name);
    if (!node) throw new Error(`graph references missing node ${name}`);
    state.set(name, 'visiting');
    for (const input of dataInputs(node)) visit(input);
    state.set(name, 'done');
    ordered.push(node);
  };
  for (const output of outputs) visit(output);
  return ordered;
}

/** Unknown sizes (-1) are the batch dimension in these models; the ONNX graph fixes it. */
const fixBatch = (shape: readonly number[], batch: number): number[] => shape.map((size) => (size < 0 ? batch : size));

export async function convertTfjsModel(spec: ConversionSpec): Promise<ConversionResult> {
  const graph = await readTfjsGraph(spec.modelJson);
  const batch = spec.batch ?? 1;
  if (batch !== 1 && [...graph.nodes.values()].some((node) => node.op === 'Reshape')) {
    throw new Error(`batch ${batch} needs a graph without Reshape, whose shape constants fix the batch at 1`);
  }
  const placeholders = [...graph.nodes.values()].filter((node) => node.op === 'Placeholder');
  const placeholder = placeholders[0];
  if (!placeholder || placeholders.length > 1) throw new Error(`expected one Placeholder, found ${placeholders.length}`);
  const inputShape = attr.shape(placeholder, 'shape');
  if (!inputShape) throw new Error(`Placeholder ${placeholder.name} has no shape`);

  const outputs = spec.outputs.map(({ node, name }): OnnxValueInfo => {
    const shape = graph.signatureShapes.get(node);
    if (!shape) throw new Error(`output ${node} has no shape in the model signature`);
    return { name, elemType: DataType.FLOAT, shape: fixBatch(shape, batch) };
  });
  const input: OnnxValueInfo = { name: spec.inputName, elemType: DataType.FLOAT, shape: fixBatch(inputShape, batch) };

  const publicNames = new Map([[placeholder.name, spec.inputName], ...spec.outputs.map(({ node, name }): [string, string] => [node, name])]);
  const order = topologicalOrder(graph.nodes, spec.outputs.map((output) => output.node));
  const builder = new GraphBuilder(graph.weights, publicNames, tensorRanks(order, graph.weights), tensorChannels(order, graph.weights));
  for (const node of order) {
    if (node.op !== 'Const' && node.op !== 'Placeholder') translateNode(node, builder);
  }

  const bytes = encodeModel({
    producerName: 'photolint tfjs-to-onnx',
    producerVersion: '1',
    docString: `converted from the tfjs graph model ${basename(spec.modelJson)}`,
    graphName: basename(spec.modelJson, '.json'),
    nodes: builder.nodes,
    initializers: builder.initializers,
    inputs: [input],
    outputs,
    metadata: spec.metadata ?? {},
  });
  return { bytes, nodeCount: builder.nodes.length, input, outputs };
}
