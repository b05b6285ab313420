/**
 * ONNX import: the Conv nodes of a model as convgen layers.
 *
 * Every Conv node of the main graph (standard domain) becomes a layer when convgen can compile it:
 * its attributes (pads as [top, left, bottom, right] = all begins then all ends, strides, dilations,
 * kernel_shape, auto_pad, group) and the shapes of its input and weights give the LayerSpec (layout
 * nchw: ONNX's NCHW activations and OIHW weights [Co][Ci/G][K][L] are convgen's nchw layout), and
 * its weights and bias initializers (or Constant nodes) give the layer's weights. A Relu, Tanh or
 * Sigmoid that is the only consumer of a Conv's output is fused into it as the layer's act.
 *
 * Shapes: graph inputs, initializers and value_info declare them; they are also inferred through
 * the graph: a Conv's output from its spec, and through the shape-preserving, broadcasting, pooling
 * and concatenating operators below. A Conv whose input shape is not known is skipped with the
 * reason. A symbolic batch dimension is taken as N = 1 (with a note) unless N is given.
 *
 * Every node that does not become (part of) a layer is listed in `skipped` with the reason: nothing
 * is dropped silently.
 */
import { SpecError, formatProblem } from '../layer/errors.js';
import { MAX_NAME_LENGTH, nameProblem } from '../layer/names.js';
import { MAX_DIM, parseSpec, samePad } from '../layer/parse.js';
import type { Activation, LayerInput, LayerSpec } from '../layer/types.js';
import { formatBytes } from '../io/read.js';
import {
  ATTR, decodeModel, has, int, ONNX_MAX_BYTES, OnnxError,
  type AttributeMsg, type DecodeLimits, type GraphMsg, type NodeMsg, type TensorMsg, type ValueInfoMsg,
} from './proto.js';
import { checkNotExternal, floatTensor, tensorDims, type FloatTensor } from './tensor.js';

export interface OnnxImportOptions extends DecodeLimits {
  /** names the model in messages (the file name; default "model") */
  name?: string;
  /** largest model accepted, in bytes (default 512 MiB) */
  maxBytes?: number;
  /** fields that replace every layer's own (as a spec file's overrides; e.g. N for a symbolic batch) */
  overrides?: Partial<LayerInput>;
  /** shapes of graph inputs, replacing what the model declares (for symbolic dimensions) */
  inputShapes?: Record<string, readonly number[]>;
}

/** One Conv node (with the activation fused into it, if any) as a layer. */
export interface OnnxLayer {
  spec: LayerSpec;
  /** the Conv node's name ("" when it has none) and its position in the graph's node list */
  node: string;
  index: number;
  /**
   * W [Co][Ci/G][K][L] (OIHW, ONNX's order whatever spec.layout is) and B [Co]; null when they cannot
   * be read (weightsProblem says why). Layers that share an initializer share its array.
   */
  weights: { w: Float32Array; b?: Float32Array } | null;
  weightsProblem?: string;
  /** the value the layer reads (the Conv's X) and the one it writes (the Conv's Y, or the fused activation's output) */
  input: string;
  output: string;
  /** the activation node fused into the layer */
  fused?: { node: string; index: number; opType: string; act: Activation };
}

/** A node that is not (part of) a layer, and why. */
export interface OnnxSkipped {
  node: string;
  index: number;
  opType: string;
  reason: string;
}

export interface OnnxModel {
  layers: OnnxLayer[];
  skipped: OnnxSkipped[];
  /** things the user should know that are not skipped nodes (a symbolic batch taken as 1, converted weights) */
  notes: string[];
  /** graph inputs that are not initializers, with their declared dims (a string for a symbolic one; null: no shape) */
  inputs: { name: string; dims: (number | string)[] | null }[];
  outputs: string[];
  graphName: string;
  irVersion: number;
  /** the version of the standard operator set the model imports (null when it imports none) */
  opset: number | null;
  producer: string;
  nodeCount: number;
}

/** `node "conv1"`, or `node #3` when it has no name. */
export function nodeLabel(n: { node: string; index: number }): string {
  return n.node ? `node ${quote(n.node)}` : `node #${n.index}`;
}

const quote = (s: string): string => JSON.stringify(s.length > 100 ? `${s.slice(0, 100)}...` : s);

/** A dimension: a size, or a string when it is not a known size (the dim_param, or the bad value). */
type Dim = number | string;
type Dims = Dim[];

const STANDARD_DOMAINS = new Set(['', 'ai.onnx']);
const CONV_ATTRS = ['auto_pad', 'dilations', 'group', 'kernel_shape', 'pads', 'strides'];
const FUSABLE: Record<string, Activation> = { Relu: 'relu', Tanh: 'tanh', Sigmoid: 'sigmoid' };
/** Operators whose first output has the shape of their first input. */
const SAME_SHAPE = new Set([
  'Relu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'Elu', 'Selu', 'Celu', 'HardSigmoid', 'HardSwish', 'Softplus', 'Softsign', 'Gelu', 'Mish',
  'Clip', 'Identity', 'Dropout', 'BatchNormalization', 'InstanceNormalization', 'LRN', 'Neg', 'Abs', 'Exp', 'Log', 'Sqrt',
  'Reciprocal', 'Erf', 'Floor', 'Ceil', 'Round', 'Sign', 'Cast', 'Softmax', 'LogSoftmax', 'ThresholdedRelu', 'Shrink',
]);
/** Operators whose output is the broadcast (numpy rules) of their inputs' shapes. */
const BROADCAST = new Set(['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Sum', 'Mean', 'PRelu', 'Where']);
const POOLS = new Set(['MaxPool', 'AveragePool', 'LpPool']);
const GLOBAL_POOLS = new Set(['GlobalAveragePool', 'GlobalMaxPool', 'GlobalLpPool']);
const CONTROL_FLOW = new Set(['If', 'Loop', 'Scan']);

const utf8 = new TextDecoder();

// ---------------------------------------------------------------------------------------------
// Attributes

type AttrResult<T> = T | undefined | { problem: string };
const isProblem = (v: unknown): v is { problem: string } => typeof v === 'object' && v !== null && 'problem' in v;

function attrInts(a: AttributeMsg | undefined): AttrResult<number[]> {
  if (!a) return undefined;
  if (a.type !== ATTR.INTS && !(a.type === 0 && a.ints.length > 0)) return { problem: `attribute ${a.name} must be a list of ints (type INTS), not type ${a.type}` };
  const v = a.ints.map(int);
  return v.some((x) => Number.isNaN(x)) ? { problem: `attribute ${a.name}: a value is not a 64-bit integer in range` } : v;
}

function attrInt(a: AttributeMsg | undefined): AttrResult<number> {
  if (!a) return undefined;
  if (a.type !== ATTR.INT && !(a.type === 0 && has(a, 'i'))) return { problem: `attribute ${a.name} must be an int (type INT), not type ${a.type}` };
  const v = int(a.i);
  return Number.isNaN(v) ? { problem: `attribute ${a.name}: the value is not a 64-bit integer in range` } : v;
}

function attrString(a: AttributeMsg | undefined): AttrResult<string> {
  if (!a) return undefined;
  if (a.type !== ATTR.STRING && !(a.type === 0 && has(a, 's'))) return { problem: `attribute ${a.name} must be a string (type STRING), not type ${a.type}` };
  return utf8.decode(a.s);
}

function attributes(nd: NodeMsg): Map<string, AttributeMsg> {
  const m = new Map<string, AttributeMsg>();
  for (const a of nd.attribute) m.set(a.name, a);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Shapes

/** The dims a ValueInfoProto declares; undefined when it declares no tensor shape. */
function declaredDims(vi: ValueInfoMsg): Dims | undefined {
  const shape = vi.type?.tensor_type?.shape;
  if (!shape) return undefined;
  return shape.dim.map((d): Dim => {
    if (has(d, 'dim_value')) {
      const v = int(d.dim_value);
      return Number.isSafeInteger(v) && v >= 1 && v <= MAX_DIM ? v : String(v);
    }
    return d.dim_param || '?';
  });
}

const showDims = (d: readonly Dim[]): string => `[${d.join(', ')}]`;
const known = (d: readonly Dim[]): d is number[] => d.every((x) => typeof x === 'number');

/** Output size of a window operator along one axis (ONNX's Conv/Pool formula). */
function windowOut(size: number, k: number, s: number, d: number, begin: number, end: number, ceil: boolean): number {
  const span = size + begin + end - ((k - 1) * d + 1);
  if (!ceil) return Math.floor(span / s) + 1;
  let out = Math.ceil(span / s) + 1;
  if ((out - 1) * s >= size + begin) out--; // the last window must start inside the input or its begin padding
  return out;
}

/** numpy broadcasting of known shapes; a reason string when they do not broadcast. */
function broadcast(shapes: number[][]): number[] | string {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let d = 1;
    for (const s of shapes) {
      const v = s[s.length - rank + i] ?? 1;
      if (v !== 1 && d !== 1 && v !== d) return `shapes ${shapes.map(showDims).join(', ')} do not broadcast`;
      if (v !== 1) d = v;
    }
    out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Layer names from node names (names.ts's rules: a folder name), unique ignoring case: `a`, `a_2`,
 * `a_3`, ... (a counter per name, so a file of a million nodes named alike stays linear).
 */
class LayerNames {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  name(node: string, ordinal: number): string {
    let n = node.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[_.]+/, '').replace(/_+$/, '').slice(0, MAX_NAME_LENGTH);
    if (!n || nameProblem(n)) n = `conv_${ordinal}`;
    let u = n;
    let k = this.next.get(n.toLowerCase()) ?? 2;
    while (this.taken.has(u.toLowerCase())) u = `${n.slice(0, MAX_NAME_LENGTH - String(k).length - 1)}_${k++}`;
    this.next.set(n.toLowerCase(), k);
    this.taken.add(u.toLowerCase());
    return u;
  }
}

/** Overrides without their undefined entries (an unset CLI flag does not erase a model value). */
const definedOnly = (o: Partial<LayerInput> | undefined): Partial<LayerInput> =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<LayerInput>;

// ---------------------------------------------------------------------------------------------
// The import

/**
 * Reads an ONNX model (the bytes of a .onnx file) and returns its Conv nodes as layers, the nodes
 * it does not import with the reason, and notes. Throws OnnxError (naming `opts.name`) for a file
 * that is not an ONNX model, is over the limits, or keeps a Conv's weights in external data.
 */
export function importOnnx(bytes: Uint8Array, opts: OnnxImportOptions = {}): OnnxModel {
  const what = opts.name ?? 'model';
  const maxBytes = opts.maxBytes ?? ONNX_MAX_BYTES;
  if (bytes.length > maxBytes) throw new OnnxError(`${what}: is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit`);
  const m = decodeModel(bytes, what, opts);
  const g = m.graph;
  if (!g || !has(m, 'graph')) {
    throw new OnnxError(`${what}: not an ONNX model (it has no graph: ModelProto field 7${bytes.length === 0 ? '; the file is empty' : ''})`);
  }
  const opset = m.opset_import.find((o) => STANDARD_DOMAINS.has(o.domain));
  return new GraphImport(g, what, opts).run({
    irVersion: int(m.ir_version),
    opset: opset ? int(opset.version) : null,
    producer: `${m.producer_name}${m.producer_version ? ` ${m.producer_version}` : ''}`,
  });
}

class GraphImport {
  private readonly overrides: Partial<LayerInput>;
  /** shapes known from the model's inputs, initializers and the nodes before (inference) */
  private readonly inferred = new Map<string, Dims>();
  /** shapes value_info and the graph outputs declare */
  private readonly declared = new Map<string, Dims>();
  /** why a value's shape is not inferred */
  private readonly why = new Map<string, string>();
  private readonly constants = new Map<string, TensorMsg>();
  private readonly floats = new Map<TensorMsg, FloatTensor | string>();
  private readonly sparse = new Set<string>();
  private readonly consumers = new Map<string, { node: number; pos: number }[]>();
  private readonly graphOutputs: Set<string>;
  private readonly layers: OnnxLayer[] = [];
  private readonly skipped: OnnxSkipped[] = [];
  private readonly notes: string[] = [];
  private readonly names = new LayerNames();
  /** the node that produces each value */
  private readonly producer = new Map<string, number>();
  /** nodes that are part of a layer (its Conv, the activation fused into it) */
  private readonly used = new Set<number>();

  constructor(private readonly g: GraphMsg, private readonly what: string, private readonly opts: OnnxImportOptions) {
    this.overrides = definedOnly(opts.overrides);
    this.graphOutputs = new Set(g.output.map((o) => o.name));
  }

  run(info: { irVersion: number; opset: number | null; producer: string }): OnnxModel {
    const g = this.g;
    for (const t of g.initializer) {
      this.constants.set(t.name, t);
      const d = tensorDims(t);
      if (typeof d === 'string') this.why.set(t.name, `initializer ${quote(t.name)} has ${d}`);
      else this.inferred.set(t.name, d);
    }
    for (const s of g.sparse_initializer) if (s.values) this.sparse.add(s.values.name);
    const inputs: OnnxModel['inputs'] = [];
    for (const vi of g.input) {
      if (this.constants.has(vi.name)) continue; // an initializer listed as an input (IR < 4): a constant
      const given = this.opts.inputShapes?.[vi.name];
      const dims = given ? [...given] : declaredDims(vi);
      inputs.push({ name: vi.name, dims: declaredDims(vi) ?? null });
      if (dims) this.inferred.set(vi.name, dims);
      else this.why.set(vi.name, `graph input ${quote(vi.name)} declares no tensor shape`);
    }
    for (const vi of [...g.value_info, ...g.output]) {
      const d = declaredDims(vi);
      if (d && !this.declared.has(vi.name)) this.declared.set(vi.name, d);
    }
    g.node.forEach((nd, i) => nd.output.forEach((name) => { if (name && !this.producer.has(name)) this.producer.set(name, i); }));
    g.node.forEach((nd, i) => nd.input.forEach((name, pos) => {
      if (!name) return;
      const list = this.consumers.get(name) ?? [];
      list.push({ node: i, pos });
      this.consumers.set(name, list);
    }));

    let convOrdinal = 0;
    g.node.forEach((nd, i) => {
      if (this.used.has(i)) return; // an activation fused into the Conv before it
      const std = STANDARD_DOMAINS.has(nd.domain);
      if (std && nd.op_type === 'Conv') {
        const reason = this.conv(nd, i, convOrdinal++);
        if (reason !== undefined) {
          this.skip(nd, i, reason);
          for (const o of nd.output) if (o) this.why.set(o, `its producer, ${nodeLabel({ node: nd.name, index: i })} (Conv), was skipped`);
        }
        return;
      }
      if (std && nd.op_type === 'Constant') {
        const t = nd.attribute.find((a) => a.name === 'value')?.t;
        const out = nd.output[0];
        if (out) {
          const d = t ? tensorDims(t) : 'no tensor attribute "value"';
          if (t) this.constants.set(out, t);
          if (typeof d === 'string') this.why.set(out, `it is the value of ${nodeLabel({ node: nd.name, index: i })} (Constant), which has ${d}`);
          else this.inferred.set(out, d);
        }
        return; // listed at the end unless it is only a layer's weights
      }
      this.skip(nd, i, this.reasonNotConv(nd, std));
      this.infer(nd, i, std);
    });

    // Constant nodes: part of the layers they give weights to, else listed
    const withWeights = new Set(this.layers.filter((l) => l.weights).map((l) => l.index));
    g.node.forEach((nd, i) => {
      if (!(STANDARD_DOMAINS.has(nd.domain) && nd.op_type === 'Constant')) return;
      const uses = nd.output.flatMap((o) => this.consumers.get(o) ?? []);
      const onlyWeights = uses.length > 0 && uses.every((u) => u.pos >= 1 && withWeights.has(u.node));
      if (!onlyWeights) this.skip(nd, i, 'a Constant that is not the weights of an imported Conv (convgen compiles Conv nodes)');
    });
    this.skipped.sort((a, b) => a.index - b.index);

    return {
      layers: this.layers,
      skipped: this.skipped,
      notes: this.notes,
      inputs,
      outputs: g.output.map((o) => o.name),
      graphName: g.name,
      nodeCount: g.node.length,
      ...info,
    };
  }

  private skip(nd: NodeMsg, index: number, reason: string): void {
    this.skipped.push({ node: nd.name, index, opType: nd.op_type, reason });
  }

  private reasonNotConv(nd: NodeMsg, std: boolean): string {
    if (!std) return `an operator of domain ${quote(nd.domain)}: convgen compiles the standard Conv operator`;
    if (CONTROL_FLOW.has(nd.op_type)) return 'control flow: convgen imports the main graph\'s nodes, not the Conv nodes inside its subgraphs';
    if (nd.op_type in FUSABLE) return 'not a Conv (convgen compiles Conv nodes; an activation is fused into a Conv only when it is the only consumer of an imported Conv\'s output)';
    return 'not a Conv (convgen compiles Conv nodes)';
  }

  /** The shape of a value: inferred, else declared by value_info or the graph outputs. */
  private shapeOf(name: string): Dims | undefined {
    return this.inferred.get(name) ?? this.declared.get(name);
  }

  private whyUnknown(name: string): string {
    const w = this.why.get(name);
    if (w) return w;
    const producer = this.producer.get(name);
    if (producer !== undefined) return `it is produced by ${nodeLabel({ node: this.g.node[producer]!.name, index: producer })}, which comes later in the graph`;
    return 'no node produces it and it is not a graph input or initializer';
  }

  /** Records the output shapes of a node that is not a Conv where they follow from its inputs. */
  private infer(nd: NodeMsg, index: number, std: boolean): void {
    const out = nd.output[0];
    if (!out) return;
    const label = `${nodeLabel({ node: nd.name, index })} (${nd.op_type})`;
    const fail = (why: string) => { for (const o of nd.output) if (o) this.why.set(o, why); };
    const ins = nd.input.filter((n) => n).map((n) => this.shapeOf(n));
    if (!std) return fail(`it is produced by ${label}, an operator convgen does not infer shapes through`);
    const x = ins[0];
    const unknownInput = `it is produced by ${label}, whose input shapes are not all known`;
    if (SAME_SHAPE.has(nd.op_type)) return x ? void this.inferred.set(out, x) : fail(unknownInput);
    if (BROADCAST.has(nd.op_type)) {
      if (ins.length === 0 || !ins.every((s): s is number[] => !!s && known(s))) return fail(unknownInput);
      const b = broadcast(ins as number[][]);
      return typeof b === 'string' ? fail(`it is produced by ${label}, whose input ${b}`) : void this.inferred.set(out, b);
    }
    if (GLOBAL_POOLS.has(nd.op_type)) {
      return x && x.length >= 3 ? void this.inferred.set(out, [x[0]!, x[1]!, ...x.slice(2).map(() => 1)]) : fail(unknownInput);
    }
    if (POOLS.has(nd.op_type)) {
      if (!x || x.length < 3) return fail(unknownInput);
      const r = this.poolShape(nd, x);
      return typeof r === 'string' ? fail(`it is produced by ${label}: ${r}`) : void this.inferred.set(out, r);
    }
    if (nd.op_type === 'Concat') {
      const axisA = attrInt(attributes(nd).get('axis'));
      if (ins.length === 0 || !ins.every((s): s is number[] => !!s && known(s)) || isProblem(axisA) || axisA === undefined) return fail(unknownInput);
      const shapes = ins as number[][];
      const rank = shapes[0]!.length;
      const axis = axisA < 0 ? axisA + rank : axisA;
      if (axis < 0 || axis >= rank || shapes.some((s) => s.length !== rank || s.some((d, i) => i !== axis && d !== shapes[0]![i]))) return fail(`it is produced by ${label}, whose inputs do not concatenate`);
      return void this.inferred.set(out, shapes[0]!.map((d, i) => (i === axis ? shapes.reduce((a, s) => a + s[i]!, 0) : d)));
    }
    fail(`it is produced by ${label}, an operator convgen does not infer shapes through`);
  }

  private poolShape(nd: NodeMsg, x: Dims): Dims | string {
    const a = attributes(nd);
    const sp = x.length - 2;
    const k = attrInts(a.get('kernel_shape'));
    const s = attrInts(a.get('strides')) ?? Array(sp).fill(1);
    const d = attrInts(a.get('dilations')) ?? Array(sp).fill(1);
    const p = attrInts(a.get('pads')) ?? Array(2 * sp).fill(0);
    const ceil = attrInt(a.get('ceil_mode')) ?? 0;
    const auto = attrString(a.get('auto_pad')) ?? 'NOTSET';
    for (const v of [k, s, d, p, ceil, auto]) if (isProblem(v)) return v.problem;
    const kk = k as number[] | undefined, ss = s as number[], dd = d as number[], pp = p as number[];
    if (!kk || kk.length !== sp || ss.length !== sp || dd.length !== sp || pp.length !== 2 * sp) return 'its kernel_shape, strides, dilations or pads do not fit its input';
    if ([...kk, ...ss, ...dd].some((v) => v < 1) || pp.some((v) => v < 0)) return 'its kernel_shape, strides, dilations or pads are out of range';
    const out: Dims = [x[0]!, x[1]!];
    for (let i = 0; i < sp; i++) {
      const size = x[i + 2]!;
      if (typeof size !== 'number') return `its input has a dimension of unknown size (${showDims(x)})`;
      let o: number;
      if (auto === 'SAME_UPPER' || auto === 'SAME_LOWER') o = Math.ceil(size / ss[i]!);
      else if (auto === 'VALID') o = windowOut(size, kk[i]!, ss[i]!, dd[i]!, 0, 0, ceil === 1);
      else if (auto === 'NOTSET') o = windowOut(size, kk[i]!, ss[i]!, dd[i]!, pp[i]!, pp[i + sp]!, ceil === 1);
      else return `unknown auto_pad ${quote(auto as string)}`;
      if (o < 1) return 'its window is larger than its padded input';
      out.push(o);
    }
    return out;
  }

  /**
   * Imports one Conv node as a layer (recording its output shape and the activation fused into
   * it); returns the reason when it cannot.
   */
  private conv(nd: NodeMsg, index: number, ordinal: number): string | undefined {
    const [xName = '', wName = '', bName = ''] = nd.input;
    const y = nd.output[0];
    if (!xName || !wName) return `a Conv needs inputs X and W; it has [${nd.input.map((n) => quote(n)).join(', ')}]`;
    if (!y) return 'it has no output';
    const a = attributes(nd);
    const unknown = [...a.keys()].filter((k) => !CONV_ATTRS.includes(k));
    if (unknown.length > 0) return `unknown attribute${unknown.length > 1 ? 's' : ''} ${unknown.map(quote).join(', ')} (a Conv has ${CONV_ATTRS.join(', ')})`;

    // the weights' shape: [M, C/group, kH, kW]
    if (this.sparse.has(wName)) return `its weights ${quote(wName)} are a sparse initializer: not supported`;
    const wd = this.shapeOf(wName);
    if (!wd) return `the shape of its weights ${quote(wName)} is unknown: ${this.whyUnknown(wName)}`;
    if (wd.length !== 4) {
      return wd.length >= 3
        ? `a ${wd.length - 2}D convolution (weights of rank ${wd.length}); convgen compiles 2D convolutions (input NCHW, weights OIHW)`
        : `its weights ${quote(wName)} have rank ${wd.length}; a Conv's weights have rank >= 3`;
    }
    if (!known(wd) || wd.some((v) => v < 1)) return `its weights ${quote(wName)} have dims ${showDims(wd)}: every dimension must be a positive integer`;
    const [M, Cg, kH, kW] = wd;

    // the input's shape: [N, C, H, W]; a symbolic N is 1 unless given, other symbolic dims must be given
    const xd = this.shapeOf(xName);
    if (!xd) return `the shape of its input ${quote(xName)} is unknown: ${this.whyUnknown(xName)}`;
    if (xd.length !== 4) return `its input ${quote(xName)} has rank ${xd.length} (dims ${showDims(xd)}); a 2D Conv takes rank 4 (NCHW)`;
    const fields = ['N', 'Ci', 'H', 'W'] as const;
    const missing = fields.filter((f, i) => typeof xd[i] !== 'number' && this.overrides[f] === undefined && f !== 'N');
    if (missing.length > 0) {
      return `its input ${quote(xName)} has dims ${showDims(xd)}: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not a known size; give ${missing.length > 1 ? 'them' : 'it'} as ${missing.length > 1 ? 'overrides' : 'an override'} (CLI: ${missing.map((f) => `--${f === 'Ci' ? 'ci' : f === 'H' ? 'h' : 'w/--width'}`).join(', ')})`;
    }
    if (typeof xd[0] !== 'number' && this.overrides.N === undefined) {
      this.notes.push(`input ${quote(xName)} of ${nodeLabel({ node: nd.name, index })} has a symbolic batch dimension (${quote(String(xd[0]))}): using N = 1 (give N to change it)`);
    }
    // a symbolic size is the override's (N: 1 without one); the overrides replace the others in parseSpec
    const [N, C, H, W] = xd.map((d, i) => {
      const o = this.overrides[fields[i]!];
      return typeof d === 'number' ? d : typeof o === 'number' ? o : 1;
    }) as [number, number, number, number];

    // attributes
    const group = attrInt(a.get('group')) ?? 1;
    const ks = attrInts(a.get('kernel_shape'));
    const strides = attrInts(a.get('strides')) ?? [1, 1];
    const dil = attrInts(a.get('dilations')) ?? [1, 1];
    const pads = attrInts(a.get('pads'));
    const auto = attrString(a.get('auto_pad')) ?? 'NOTSET';
    for (const v of [group, ks, strides, dil, pads, auto]) if (isProblem(v)) return v.problem;
    const G = group as number, S = strides as number[], D = dil as number[], P = pads as number[] | undefined, A = auto as string;
    if (G < 1) return `group ${G}: must be a positive integer`;
    if (ks && ((ks as number[]).length !== 2 || (ks as number[])[0] !== kH || (ks as number[])[1] !== kW)) return `kernel_shape [${(ks as number[]).join(', ')}] does not match the weights' dims ${showDims(wd)}`;
    if (S.length !== 2 || S.some((v) => v < 1)) return `strides [${S.join(', ')}]: must be 2 positive integers`;
    if (D.length !== 2 || D.some((v) => v < 1)) return `dilations [${D.join(', ')}]: must be 2 positive integers`;
    if (P && P.length !== 4) return `pads [${P.join(', ')}]: must be 4 integers [top, left, bottom, right]`;
    if (P && P.some((v) => v < 0)) return `pads [${P.join(', ')}]: negative padding (cropping) is not supported`;
    if (C !== Cg * G) return `its input has ${C} channels but its weights ${showDims(wd)} with group ${G} take ${Cg * G} (C/group = ${Cg})`;
    if (M % G !== 0) return `its ${M} output channels are not divisible by group ${G}`;

    let pad: LayerInput['pad'];
    if (A === 'NOTSET') pad = P ? [P[0]!, P[2]!, P[1]!, P[3]!] : 0; // ONNX: all begins, then all ends
    else {
      if (P && P.some((v) => v !== 0)) return `it has both auto_pad ${quote(A)} and pads [${P.join(', ')}] (ONNX allows one of them)`;
      if (A === 'VALID') pad = 0;
      else if (A === 'SAME_UPPER') pad = 'same'; // convgen's "same" puts the odd pixel at the end, as SAME_UPPER does
      else if (A === 'SAME_LOWER') {
        const Hf = typeof this.overrides.H === 'number' ? this.overrides.H : H, Wf = typeof this.overrides.W === 'number' ? this.overrides.W : W;
        // (with the model's kernel, stride and dilation: overrides of those with SAME_LOWER keep these pads)
        pad = [...samePad(Hf, kH, S[0]!, D[0]!, 'start'), ...samePad(Wf, kW, S[1]!, D[1]!, 'start')];
      } else return `unknown auto_pad ${quote(A)} (ONNX has NOTSET, SAME_UPPER, SAME_LOWER, VALID)`;
    }

    // an activation consuming only this output is fused, unless the act is given
    let fused: OnnxLayer['fused'];
    const uses = this.consumers.get(y) ?? [];
    if (uses.length === 1 && uses[0]!.pos === 0 && !this.graphOutputs.has(y) && this.overrides.act === undefined) {
      const an = this.g.node[uses[0]!.node]!;
      if (STANDARD_DOMAINS.has(an.domain) && an.op_type in FUSABLE && an.output[0] && uses[0]!.node > index) {
        fused = { node: an.name, index: uses[0]!.node, opType: an.op_type, act: FUSABLE[an.op_type]! };
      }
    }

    const base: LayerInput = {
      name: this.names.name(nd.name, ordinal), N, Ci: C, H, W, Co: M, K: kH, L: kW,
      stride: [S[0]!, S[1]!], pad, dilation: [D[0]!, D[1]!], groups: G, act: fused?.act ?? 'none', layout: 'nchw',
    };
    let spec: LayerSpec;
    try {
      spec = parseSpec({ ...base, ...this.overrides });
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      return `convgen cannot compile it: ${e.problems.map((p) => formatProblem(p).replace(/^\s*- /, '')).join('; ')}`;
    }

    const { weights, problem } = this.weights(nd, index, wName, bName, spec);
    const layer: OnnxLayer = { spec, node: nd.name, index, weights, input: xName, output: fused ? this.g.node[fused.index]!.output[0]! : y };
    if (problem) layer.weightsProblem = problem;
    if (fused) {
      layer.fused = fused;
      this.used.add(fused.index);
    }
    this.layers.push(layer);
    this.used.add(index);
    const yd = [spec.N, spec.Co, spec.Ho, spec.Wo];
    this.inferred.set(y, yd);
    if (fused) this.inferred.set(layer.output, yd);
    return undefined;
  }

  /** The layer's W and B as float32; a problem when they cannot be read (throws for external data). */
  private weights(nd: NodeMsg, index: number, wName: string, bName: string, spec: LayerSpec): { weights: OnnxLayer['weights']; problem?: string } {
    const label = nodeLabel({ node: nd.name, index });
    const read = (name: string, role: string): Float32Array | string => {
      const t = this.constants.get(name);
      if (!t) return `its ${role} ${quote(name)} are not an initializer or a Constant (the graph computes them)`;
      checkNotExternal(t, `${this.what}: initializer ${quote(name)} (${role} of ${label})`);
      // read once: layers that share a tensor share its array
      let f = this.floats.get(t);
      if (!f) {
        f = floatTensor(t, `initializer ${quote(name)}`);
        this.floats.set(t, f);
        if (typeof f !== 'string' && f.note) this.notes.push(`${label}: ${role} ${quote(name)}: ${f.note}`);
      }
      return typeof f === 'string' ? `its ${role} ${quote(name)}: ${f}` : f.data;
    };
    const w = read(wName, 'weights');
    const b = bName ? read(bName, 'bias') : undefined;
    const wLen = spec.Co * (spec.Ci / spec.groups) * spec.K * spec.L;
    if (typeof w === 'string') return { weights: null, problem: w };
    if (typeof b === 'string') return { weights: null, problem: b };
    if (w.length !== wLen || (b && b.length !== spec.Co)) {
      return { weights: null, problem: `its weights (${w.length} values${b ? `, bias ${b.length}` : ''}) do not fit the layer's shape (${wLen}${b ? `, ${spec.Co}` : ''}): overrides changed it` };
    }
    return { weights: b ? { w, b } : { w } };
  }
}
