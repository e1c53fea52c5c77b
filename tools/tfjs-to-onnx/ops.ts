/**
 * Translation of TF ops to ONNX opset 13. Tensors stay NHWC as in TF; the ops ONNX defines only
 * for NCHW (Conv, ConvTranspose, pools, Resize) are wrapped in a Transpose pair, which
 * onnxruntime's optimiser folds away, and their weights are transposed here.
 */
import type { GraphBuilder } from './graph-builder.js';
import { floatAttr, intAttr, intsAttr, stringAttr, type AttributeValue } from './onnx.js';
import { attr, dataInputs, type TfNode } from './tfjs-model.js';

type Translator = (node: TfNode, g: GraphBuilder, inputs: string[]) => void;

const TO_NCHW = [0, 3, 1, 2];
const TO_NHWC = [0, 2, 3, 1];

function input(node: TfNode, inputs: string[], index: number): string {
  const name = inputs[index];
  if (name === undefined) throw new Error(`${node.op} ${node.name}: missing input ${index}`);
  return name;
}

function checkNhwc(node: TfNode): void {
  const format = node.attr?.['data_format'] ? attr.string(node, 'data_format') : 'NHWC';
  if (format !== 'NHWC') throw new Error(`${node.op} ${node.name}: data_format ${format} is unsupported`);
}

/** TF lists strides etc. over NHWC; ONNX wants the two spatial entries. */
function spatial(node: TfNode, key: string): number[] {
  const values = attr.ints(node, key);
  return [values[1] ?? 1, values[2] ?? 1];
}

function autoPad(node: TfNode): AttributeValue {
  const padding = attr.string(node, 'padding');
  // TF's SAME puts the odd padding pixel at the end, as ONNX's SAME_UPPER does.
  if (padding === 'SAME') return stringAttr('SAME_UPPER');
  if (padding === 'VALID') return stringAttr('VALID');
  throw new Error(`${node.op} ${node.name}: padding ${padding} is unsupported`);
}

/** Runs an NCHW-only op on an NHWC tensor: Transpose, op, Transpose back into `output`. */
function inNchw(g: GraphBuilder, x: string, output: string, op: (nchw: string, nchwOutput: string) => void): void {
  const nchwIn = g.add('Transpose', [g.value(x)], `${output}/nchw_in`, { perm: intsAttr(TO_NCHW) });
  op(nchwIn, `${output}/nchw_out`);
  g.add('Transpose', [`${output}/nchw_out`], output, { perm: intsAttr(TO_NHWC) });
}

/** TF HWIO filter to ONNX OIHW; depthwise HW C M to (C*M) 1 H W, the grouped-Conv layout. */
function convWeights(g: GraphBuilder, filterName: string, depthwise: boolean): { name: string; kernel: number[]; groups: number } {
  const filter = g.constant(filterName, 'conv filter');
  const [kh = 0, kw = 0, ci = 0, co = 0] = filter.shape;
  const out = new Float32Array(filter.data.length);
  for (let h = 0; h < kh; h++)
    for (let w = 0; w < kw; w++)
      for (let i = 0; i < ci; i++)
        for (let o = 0; o < co; o++) {
          const value = filter.data[((h * kw + w) * ci + i) * co + o] ?? 0;
          // depthwise: input channel i, multiplier o -> output channel i*co+o, one input per group
          const target = depthwise ? (((i * co + o) * kh + h) * kw + w) : (((o * ci + i) * kh + h) * kw + w);
          out[target] = value;
        }
  const dims = depthwise ? [ci * co, 1, kh, kw] : [co, ci, kh, kw];
  return { name: g.float32(`${filterName}/onnx`, dims, out), kernel: [kh, kw], groups: depthwise ? ci : 1 };
}

interface ConvOperands {
  x: string;
  filter: string;
  bias?: string | undefined;
  output: string;
  depthwise: boolean;
}

function convolution(node: TfNode, g: GraphBuilder, { x, filter, bias, output, depthwise }: ConvOperands): void {
  checkNhwc(node);
  const weights = convWeights(g, filter, depthwise);
  inNchw(g, x, output, (nchw, nchwOutput) =>
    g.add('Conv', bias ? [nchw, weights.name, g.value(bias)] : [nchw, weights.name], nchwOutput, {
      kernel_shape: intsAttr(weights.kernel),
      strides: intsAttr(spatial(node, 'strides')),
      dilations: intsAttr(spatial(node, 'dilations')),
      group: intAttr(weights.groups),
      auto_pad: autoPad(node),
    }),
  );
}

function relu6(g: GraphBuilder, x: string, output: string): void {
  g.add('Clip', [x, g.float32('const/zero', [], Float32Array.of(0)), g.float32('const/six', [], Float32Array.of(6))], output);
}

/**
 * PReLU as x + (1 − slope)·relu(−x), with the negation and the per-channel scale as 1×1
 * depthwise convolutions (in NCHW, between transposes the optimiser folds away). onnxruntime's
 * PRelu kernel branches per element on the sign, which mispredicts on real images; elementwise
 * Min/Mul/Add stay branch-free but break onnxruntime's blocked (NCHWc) convolution layout, so
 * each of them paid a reorder out of it and back. Convolutions and the residual Add keep it.
 */
function prelu(g: GraphBuilder, x: string, alphaName: string, output: string): void {
  const alpha = g.constant(alphaName, 'Prelu alpha');
  const channels = alpha.data.length;
  const perChannel = (name: string, values: Float32Array): string => g.float32(name, [channels, 1, 1, 1], values);
  const negate = perChannel(`${alphaName}/negate`, new Float32Array(channels).fill(-1));
  const oneMinusSlope = perChannel(`${alphaName}/one_minus`, Float32Array.from(alpha.data, (slope) => 1 - slope));
  const depthwise = { kernel_shape: intsAttr([1, 1]), group: intAttr(channels) };
  inNchw(g, x, output, (nchw, nchwOutput) => {
    const negative = g.add('Conv', [nchw, negate], `${output}/negated`, depthwise);
    const rectified = g.add('Relu', [negative], `${output}/negative_part`);
    const correction = g.add('Conv', [rectified, oneMinusSlope], `${output}/correction`, depthwise);
    g.add('Add', [nchw, correction], nchwOutput);
  });
}

/**
 * Zero channels added before and after the `channels` of x (the shortcut of a residual block
 * that widens), as a 1×1 convolution with identity weights: exact, and unlike Pad it keeps
 * onnxruntime's blocked (NCHWc) layout, so the residual Adds after it stay in that layout too.
 */
function channelPad(g: GraphBuilder, x: string, channels: number, before: number, after: number, output: string): void {
  inNchw(g, x, output, (nchw, nchwOutput) => embedChannels(g, nchw, channels, before, after, nchwOutput));
}

/** The 1×1 convolution (NCHW) that copies `channels` channels between `before` and `after` zero ones. */
function embedChannels(g: GraphBuilder, nchw: string, channels: number, before: number, after: number, nchwOutput: string): void {
  const outputs = before + channels + after;
  const identity = new Float32Array(outputs * channels);
  for (let c = 0; c < channels; c++) identity[(before + c) * channels + c] = 1;
  const weights = g.float32(`${nchwOutput}/channel_embedding`, [outputs, channels, 1, 1], identity);
  g.add('Conv', [nchw, weights], nchwOutput, { kernel_shape: intsAttr([1, 1]) });
}

/** The activation a _FusedConv2D applies after its BiasAdd. */
function fusedActivation(node: TfNode, g: GraphBuilder, activation: string, x: string, extraArg: string | undefined): void {
  const output = g.value(node.name);
  switch (activation) {
    case 'Relu':
      g.add('Relu', [x], output);
      return;
    case 'Relu6':
      relu6(g, x, output);
      return;
    case 'Elu':
      g.add('Elu', [x], output, { alpha: floatAttr(1) });
      return;
    case 'Sigmoid':
      g.add('Sigmoid', [x], output);
      return;
    case 'Prelu':
      if (extraArg === undefined) throw new Error(`${node.op} ${node.name}: Prelu needs an alpha argument`);
      prelu(g, x, extraArg, output);
      return;
    default:
      throw new Error(`${node.op} ${node.name}: fused activation ${activation} is unsupported`);
  }
}

/**
 * onnxruntime's blocked (NCHWc) pooling takes whole blocks of channels (16 with AVX-512); a pool
 * over any other count runs outside that layout, and so would every residual Add reading it.
 * An identity 1×1 convolution after such a pool brings its output back into the layout.
 */
const NCHWC_BLOCK = 16;

function pool(onnxOp: 'MaxPool' | 'AveragePool'): Translator {
  return (node, g, inputs) => {
    checkNhwc(node);
    const x = input(node, inputs, 0);
    const channels = g.channels(x);
    const reblock = channels !== undefined && channels % NCHWC_BLOCK !== 0;
    inNchw(g, x, g.value(node.name), (nchw, nchwOutput) => {
      const pooled = g.add(onnxOp, [nchw], reblock ? `${nchwOutput}/pooled` : nchwOutput, {
        kernel_shape: intsAttr(spatial(node, 'ksize')),
        strides: intsAttr(spatial(node, 'strides')),
        auto_pad: autoPad(node),
      });
      if (reblock) embedChannels(g, pooled, channels, 0, 0, nchwOutput);
    });
  };
}

function elementwise(onnxOp: string): Translator {
  return (node, g, inputs) => {
    const rank = g.rank(node.name);
    g.add(onnxOp, inputs.map((name) => g.operand(name, rank)), g.value(node.name));
  };
}

/**
 * Pads and output padding that make ConvTranspose produce exactly TF's `input_sizes`: TF
 * defines the op as the gradient of a forward conv from that size, with the forward conv's padding.
 */
function transposedConvGeometry(outSize: number, kernel: number, stride: number, dilation: number, same: boolean) {
  const span = (kernel - 1) * dilation + 1;
  const inSize = same ? Math.ceil(outSize / stride) : Math.ceil((outSize - span + 1) / stride);
  const totalPad = same ? Math.max((inSize - 1) * stride + span - outSize, 0) : 0;
  const padBegin = Math.floor(totalPad / 2);
  return { padBegin, padEnd: totalPad - padBegin, outputPadding: outSize - ((inSize - 1) * stride + span - totalPad) };
}

const conv2dBackpropInput: Translator = (node, g, inputs) => {
  checkNhwc(node);
  const [, outH = 0, outW = 0] = g.constantValues(input(node, inputs, 0), 'input_sizes');
  const filterName = input(node, inputs, 1);
  const filter = g.constant(filterName, 'conv filter');
  const [kh = 0, kw = 0, co = 0, ci = 0] = filter.shape;
  // TF filter H W out in -> ONNX ConvTranspose weight in out H W
  const weights = new Float32Array(filter.data.length);
  for (let h = 0; h < kh; h++)
    for (let w = 0; w < kw; w++)
      for (let o = 0; o < co; o++)
        for (let i = 0; i < ci; i++) weights[((i * co + o) * kh + h) * kw + w] = filter.data[((h * kw + w) * co + o) * ci + i] ?? 0;
  const [strideH = 1, strideW = 1] = spatial(node, 'strides');
  const [dilationH = 1, dilationW = 1] = spatial(node, 'dilations');
  const padding = attr.string(node, 'padding');
  if (padding !== 'SAME' && padding !== 'VALID') throw new Error(`${node.op} ${node.name}: padding ${padding} is unsupported`);
  const rows = transposedConvGeometry(outH, kh, strideH, dilationH, padding === 'SAME');
  const cols = transposedConvGeometry(outW, kw, strideW, dilationW, padding === 'SAME');
  const weightName = g.float32(`${filterName}/onnx`, [ci, co, kh, kw], weights);
  inNchw(g, input(node, inputs, 2), g.value(node.name), (nchw, nchwOutput) =>
    g.add('ConvTranspose', [nchw, weightName], nchwOutput, {
      kernel_shape: intsAttr([kh, kw]),
      strides: intsAttr([strideH, strideW]),
      dilations: intsAttr([dilationH, dilationW]),
      pads: intsAttr([rows.padBegin, cols.padBegin, rows.padEnd, cols.padEnd]),
      output_padding: intsAttr([rows.outputPadding, cols.outputPadding]),
    }),
  );
};

const resizeBilinear: Translator = (node, g, inputs) => {
  const x = input(node, inputs, 0);
  const [height = 0, width = 0] = g.constantValues(input(node, inputs, 1), 'resize size');
  const mode = attr.bool(node, 'align_corners', false)
    ? 'align_corners'
    : attr.bool(node, 'half_pixel_centers', false)
      ? 'half_pixel'
      : 'asymmetric';
  const output = g.value(node.name);
  // ONNX Resize wants all four output sizes; batch and channels come from the input at run time.
  const shape = g.add('Shape', [g.value(x)], `${output}/shape`);
  const batchAndChannels = g.add('Gather', [shape, g.int64s(`${output}/nc_index`, [0, 3])], `${output}/nc`, { axis: intAttr(0) });
  const sizes = g.add('Concat', [batchAndChannels, g.int64s(`${output}/hw`, [height, width])], `${output}/sizes`, { axis: intAttr(0) });
  inNchw(g, x, output, (nchw, nchwOutput) =>
    g.add('Resize', [nchw, '', '', sizes], nchwOutput, { mode: stringAttr('linear'), coordinate_transformation_mode: stringAttr(mode) }),
  );
};

const TRANSLATORS: Record<string, Translator> = {
  Identity: elementwise('Identity'),
  Add: elementwise('Add'),
  AddV2: elementwise('Add'),
  AddN: elementwise('Sum'),
  Sub: elementwise('Sub'),
  Mul: elementwise('Mul'),
  Relu: elementwise('Relu'),
  Sigmoid: elementwise('Sigmoid'),
  Prelu: (node, g, inputs) => prelu(g, g.value(input(node, inputs, 0)), input(node, inputs, 1), g.value(node.name)),
  Relu6: (node, g, inputs) => relu6(g, g.value(input(node, inputs, 0)), g.value(node.name)),
  Softmax: (node, g, inputs) => {
    g.add('Softmax', [g.value(input(node, inputs, 0))], g.value(node.name), { axis: intAttr(-1) });
  },
  Conv2D: (node, g, inputs) =>
    convolution(node, g, { x: input(node, inputs, 0), filter: input(node, inputs, 1), output: g.value(node.name), depthwise: false }),
  DepthwiseConv2dNative: (node, g, inputs) =>
    convolution(node, g, { x: input(node, inputs, 0), filter: input(node, inputs, 1), output: g.value(node.name), depthwise: true }),
  _FusedConv2D: (node, g, inputs) => {
    const [biasAdd, activation, ...rest] = attr.strings(node, 'fused_ops');
    if (biasAdd !== 'BiasAdd' || rest.length > 0) throw new Error(`${node.op} ${node.name}: fused ops ${attr.strings(node, 'fused_ops').join('+')} are unsupported`);
    const operands = { x: input(node, inputs, 0), filter: input(node, inputs, 1), bias: input(node, inputs, 2), depthwise: false };
    if (activation === undefined) {
      convolution(node, g, { ...operands, output: g.value(node.name) });
      return;
    }
    const convOutput = `${node.name}/conv`;
    convolution(node, g, { ...operands, output: convOutput });
    fusedActivation(node, g, activation, convOutput, inputs[3]);
  },
  Conv2DBackpropInput: conv2dBackpropInput,
  MaxPool: pool('MaxPool'),
  AvgPool: pool('AveragePool'),
  ResizeBilinear: resizeBilinear,
  Pad: (node, g, inputs) => {
    const x = input(node, inputs, 0);
    const paddings = g.constantValues(input(node, inputs, 1), 'paddings');
    const begins = paddings.filter((_, index) => index % 2 === 0);
    const ends = paddings.filter((_, index) => index % 2 === 1);
    const channels = g.channels(x);
    if (channels !== undefined && paddings.slice(0, -2).every((size) => size === 0)) {
      channelPad(g, x, channels, begins.at(-1)!, ends.at(-1)!, g.value(node.name));
      return;
    }
    g.add('Pad', [g.value(x), g.int64s(`${node.name}/pads`, [...begins, ...ends])], g.value(node.name));
  },
  Reshape: (node, g, inputs) => {
    const shape = g.constantValues(input(node, inputs, 1), 'reshape shape');
    g.add('Reshape', [g.value(input(node, inputs, 0)), g.int64s(`${node.name}/shape`, shape)], g.value(node.name));
  },
  ConcatV2: (node, g, inputs) => {
    const [axis = 0] = g.constantValues(input(node, inputs, inputs.length - 1), 'concat axis');
    g.add('Concat', inputs.slice(0, -1).map((name) => g.value(name)), g.value(node.name), { axis: intAttr(axis) });
  },
  Mean: (node, g, inputs) => {
    const axes = g.constantValues(input(node, inputs, 1), 'reduction axes');
    g.add('ReduceMean', [g.value(input(node, inputs, 0))], g.value(node.name), {
      axes: intsAttr(axes),
      keepdims: intAttr(attr.bool(node, 'keep_dims', false) ? 1 : 0),
    });
  },
};

/** Appends the ONNX nodes computing `node` to the graph; fails naming any op it cannot translate. */
export function translateNode(node: TfNode, g: GraphBuilder): void {
  const translate = TRANSLATORS[node.op];
  if (!translate) throw new Error(`unsupported TF op ${node.op} (node ${node.name})`);
  translate(node, g, dataInputs(node));
}
