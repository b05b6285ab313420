/** The layer spec: what a convolution layer is, independent of how any kernel computes it. */

export const ACTIVATIONS = ['none', 'relu', 'sigmoid', 'tanh'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const LAYOUTS = ['nchw', 'nhwc'] as const;
/** `nchw`: activations [N][C][H][W], weights OIHW [Co][Ci][K][L]. `nhwc`: activations [N][H][W][C], weights HWIO [K][L][Ci][Co]. */
export type Layout = (typeof LAYOUTS)[number];

/** Every pass convgen compiles; what each one is lives in src/passes (the registry). */
export const PASSES = ['forward', 'input-grad', 'weight-grad', 'bias-grad', 'weight-update'] as const;
export type Pass = (typeof PASSES)[number];

/** Padding as a user may write it. */
export type PadInput = number | [number, number] | [number, number, number, number] | 'valid' | 'same';

/** A layer as a user may write it (CLI flags or JSON): loose, not yet validated. */
export interface LayerInput {
  name?: string;
  N?: number;
  Ci: number;
  H: number;
  W: number;
  Co: number;
  K: number;
  L: number;
  stride?: number | [number, number];
  pad?: PadInput;
  dilation?: number | [number, number];
  /** G: input and output channels split into G groups (G divides Ci and Co); default 1 */
  groups?: number;
  act?: Activation;
  layout?: Layout;
}

/** A validated, normalized layer: every field explicit, padding resolved to four sides. */
export interface LayerSpec {
  readonly name: string;
  readonly N: number;
  readonly Ci: number;
  readonly H: number;
  readonly W: number;
  readonly Co: number;
  readonly K: number;
  readonly L: number;
  /** stride rows, columns */
  readonly sh: number;
  readonly sw: number;
  /** dilation rows, columns */
  readonly dh: number;
  readonly dw: number;
  /** padding top, bottom, left, right */
  readonly pt: number;
  readonly pb: number;
  readonly pl: number;
  readonly pr: number;
  /** groups G (1: dense; Ci: depthwise); each output channel reads the Ci/G input channels of its group */
  readonly groups: number;
  readonly act: Activation;
  readonly layout: Layout;
  /** output height and width */
  readonly Ho: number;
  readonly Wo: number;
}

/** Logical tensor shapes of a layer, in the layer's layout order. */
export interface TensorShapes {
  x: number[];
  w: number[];
  b: number[];
  y: number[];
}
