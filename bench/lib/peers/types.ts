/** What the benchmark needs of a peer library: run one pass of one layer on prepared inputs. */
import type { LayerSpec, Pass } from '../../../src/layer/types.js';

/** One set of a layer's tensors, all in the layer's own layout (what convgen's kernels read). */
export interface InputSet {
  x: Float32Array;
  w: Float32Array;
  b: Float32Array;
  /** the saved forward output (float32), the backward passes' input */
  y: Float32Array;
  dy: Float32Array;
  /** the weight update's learning rate (a float32 value) */
  lr: number;
}

/** A pass of a layer, set up in a peer: its inputs converted and uploaded, its model or graph built. */
export interface PreparedPass {
  /** Runs the pass on input set `i` (this is what is timed; outputs stay where the peer keeps them). */
  run(i: number): Promise<void> | void;
  /** Runs the pass on input set `i` and returns its output in the layer's layout (for the check). */
  output(i: number): Promise<Float32Array>;
  /** Frees the peer's tensors and sessions. */
  dispose(): Promise<void> | void;
}

export interface Peer {
  /** short name used in tables and JSON: tfjs-wasm, tfjs-cpu, ort-web, ort-node */
  readonly name: string;
  /** threads the peer computes with */
  readonly threads: number;
  readonly passes: readonly Pass[];
  /** What the peer runs for a pass (shown in the report), e.g. "tf.conv2dTranspose"; for a layer where it depends on it (groups). */
  method(pass: Pass, spec?: LayerSpec): string;
  /**
   * False where another peer of the same library covers this layer's pass (tfjs-cpu runs the
   * input gradient of depthwise layers only, tfjs-wasm the others): no row at all. Absent: true.
   */
  applies?(spec: LayerSpec, pass: Pass): boolean;
  /** Why the peer does not run this layer's pass, or undefined when it does. */
  skip(spec: LayerSpec, pass: Pass): string | undefined;
  /** Sets the pass up on the given input sets (set 0 is the checked one); nothing here is timed. */
  prepare(spec: LayerSpec, pass: Pass, sets: readonly InputSet[]): Promise<PreparedPass>;
  /** Told each speed measured, so that skip() can estimate run times from this machine's figures. */
  observe?(spec: LayerSpec, pass: Pass, gflops: number): void;
  /** Releases what the peer holds for the whole process (thread pools). */
  close?(): Promise<void>;
}

/** A peer that could not be loaded, and why. */
export interface UnavailablePeer {
  name: string;
  reason: string;
}
