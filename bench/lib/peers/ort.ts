/**
 * ONNX Runtime peers, on models this bench builds (onnx.ts), NCHW activations, OIHW weights:
 * - ort-web: onnxruntime-web's wasm backend (numThreads = the bench's --threads)
 * - ort-node: onnxruntime-node's native cpu execution provider (intraOpNumThreads = --threads)
 * Neither has gradient ops: the input gradient is ConvTranspose, the weight gradient
 * Transpose + Conv(dilations = stride) + Slice + Transpose, the bias gradient ReduceSum, the
 * weight update the weight gradient's graph + Mul + Sub (w an input, lr a scalar input); grouped
 * layers use Conv's and ConvTranspose's `group` attribute (onnx.ts); the
 * backward graphs start from y and dy and compute delta = dy * act'(y) too, as convgen's kernels do.
 * Weights are initializers (the fast form for native ORT) where a pass reads them.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as OrtCommon from 'onnxruntime-web';
import type { LayerSpec, Pass } from '../../../src/layer/types.js';
import { PASSES } from '../../../src/layer/types.js';
import { relayout } from '../layout.js';
import { nchwShapes, ONNX_INPUTS, ONNX_OUTPUT, passModel } from '../onnx.js';
import type { InputSet, Peer, PreparedPass } from './types.js';

type Ort = typeof OrtCommon;

const METHODS: Record<Pass, string> = {
  forward: 'Conv (group) + activation',
  'input-grad': 'ConvTranspose (group)',
  'weight-grad': 'Transpose+Conv+Slice+Transpose (grouped: Reshape+Transpose+Reshape, Conv group)',
  'bias-grad': 'ReduceSum',
  'weight-update': 'the weight-grad graph + Mul(lr) + Sub from w',
};

const outputKind = (pass: Pass): 'x' | 'y' | 'w' | undefined =>
  pass === 'forward' ? 'y' : pass === 'input-grad' ? 'x' : pass === 'weight-grad' || pass === 'weight-update' ? 'w' : undefined;

class OrtPeer implements Peer {
  readonly passes = PASSES;
  constructor(
    readonly name: string,
    readonly threads: number,
    private readonly ort: Ort,
    private readonly options: OrtCommon.InferenceSession.SessionOptions,
  ) {}

  method(pass: Pass): string {
    return METHODS[pass];
  }

  skip(): string | undefined {
    return undefined;
  }

  async prepare(spec: LayerSpec, pass: Pass, sets: readonly InputSet[]): Promise<PreparedPass> {
    const { ort } = this;
    const nchw = (kind: 'x' | 'y' | 'w', a: Float32Array) => relayout(spec, kind, a, spec.layout, 'nchw');
    const model = passModel(spec, pass, { w: nchw('w', sets[0]!.w), b: sets[0]!.b });
    const session = await ort.InferenceSession.create(model, this.options);
    const shapes = nchwShapes(spec);
    const feeds = sets.map((s) =>
      Object.fromEntries(ONNX_INPUTS[pass].map((name) => {
        const data = name === 'lr' ? Float32Array.of(s.lr) : name === 'x' || name === 'w' ? nchw(name, s[name]) : nchw('y', s[name]);
        return [name, new ort.Tensor('float32', data, shapes[name])];
      })) as Record<string, OrtCommon.Tensor>,
    );
    const out = ONNX_OUTPUT[pass];
    const kind = outputKind(pass);
    return {
      async run(i: number): Promise<void> {
        const r = await session.run(feeds[i]!);
        r[out]?.dispose();
      },
      async output(i: number): Promise<Float32Array> {
        const r = await session.run(feeds[i]!);
        const t = r[out];
        if (!t) throw new Error(`the ${pass} model returned no ${out}`);
        const data = Float32Array.from(t.data as Float32Array);
        t.dispose();
        return kind ? relayout(spec, kind, data, 'nchw', spec.layout) : data;
      },
      async dispose(): Promise<void> {
        await session.release();
      },
    };
  }
}

/**
 * Every ort session: errors only, full graph optimization, and no spinning: by default an
 * onnxruntime thread pool spins for a while after each run, holding cores the next contestant of
 * an interleaved round needs (with the peers in the rounds, convgen's 2-thread kernels measured
 * about 1.0x their 1-thread speed, against 1.4-1.9x without peers). Spinning off may cost ort some
 * wake-up latency. onnxruntime-web with 2 threads still disturbs 2-thread rounds: bench/README.md.
 */
const quiet = {
  logSeverityLevel: 3 as const,
  graphOptimizationLevel: 'all' as const,
  extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
};

let webLoaded: { ort: Ort; threads: number } | undefined;

/**
 * onnxruntime-web, wasm backend. Its thread count is fixed at the first session of the process,
 * so all ort-web peers of one process have the same `threads`.
 */
export async function ortWebPeer(threads: number): Promise<Peer> {
  if (webLoaded && webLoaded.threads !== threads) {
    throw new Error(`onnxruntime-web already runs with ${webLoaded.threads} threads in this process`);
  }
  if (!webLoaded) {
    const ort = (await import('onnxruntime-web')) as unknown as Ort & { env: { wasm: { numThreads?: number; simd?: boolean } } };
    ort.env.wasm.numThreads = threads;
    ort.env.logLevel = 'error';
    webLoaded = { ort, threads };
  }
  const peer = new OrtPeer('ort-web', threads, webLoaded.ort, { ...quiet, executionProviders: ['wasm'], intraOpNumThreads: threads });
  await smokeTest(peer);
  return peer;
}

/**
 * onnxruntime-node lives in its own package, bench/peers/ (its install script would fetch CUDA
 * binaries from outside the npm registry): `node scripts/setup.mjs peers` installs it there, and
 * `npm run bench` and `npm test` do that themselves (bench/peers/ is ../../peers from here).
 */
export const PEERS_PACKAGE = fileURLToPath(new URL('../../peers/package.json', import.meta.url));

function loadOrtNode(): Ort {
  try {
    return createRequire(PEERS_PACKAGE)('onnxruntime-node') as Ort;
  } catch (e) {
    throw new Error(`onnxruntime-node is not installed in ${dirname(PEERS_PACKAGE)} (run: node scripts/setup.mjs peers): ${(e as Error).message.split('\n')[0]}`);
  }
}

/** onnxruntime-node, the native cpu execution provider, `threads` intra-op threads. */
export async function ortNodePeer(threads: number): Promise<Peer> {
  const ort = loadOrtNode();
  const peer = new OrtPeer('ort-node', threads, ort, {
    ...quiet,
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
  });
  await smokeTest(peer);
  return peer;
}

/** A session on a 1x1 layer: fails here, with the library's message, when the runtime cannot start. */
async function smokeTest(peer: Peer): Promise<void> {
  const one = Float32Array.of(1);
  const spec: LayerSpec = {
    name: 'smoke', N: 1, Ci: 1, H: 1, W: 1, Co: 1, K: 1, L: 1, sh: 1, sw: 1, dh: 1, dw: 1,
    pt: 0, pb: 0, pl: 0, pr: 0, groups: 1, act: 'none', layout: 'nchw', Ho: 1, Wo: 1,
  };
  const p = await peer.prepare(spec, 'forward', [{ x: one, w: one, b: one, y: one, dy: one, lr: 1 }]);
  const y = await p.output(0);
  await p.dispose();
  if (y[0] !== 2) throw new Error(`${peer.name}: a 1x1 convolution gave ${y[0]}, not 2`);
}
