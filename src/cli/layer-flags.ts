/** Layer flags of the CLI -> the loose LayerInput that spec/ validates (no validation here). */
import type { Command } from 'commander';
import type { LayerInput } from '../layer/types.js';

/** flag -> spec field; `--width`/`--height` are spellings for commands where `--w`/`--h` mean something else. */
const SHAPE_FLAGS = [
  ['n', 'N', 'batch size'],
  ['ci', 'Ci', 'input channels'],
  ['h', 'H', 'input height'],
  ['w', 'W', 'input width'],
  ['co', 'Co', 'output channels'],
  ['k', 'K', 'kernel rows'],
  ['l', 'L', 'kernel columns'],
] as const;

export interface LayerFlagOptions {
  /** `run` uses --w for the weights file: width is then only --width */
  widthFlagTaken?: boolean;
}

export function addLayerFlags(cmd: Command, opts: LayerFlagOptions = {}): Command {
  for (const [flag, field, what] of SHAPE_FLAGS) {
    if (flag === 'w' && opts.widthFlagTaken) continue;
    cmd.option(`--${flag} <int>`, `${what} (${field})`);
  }
  return cmd
    .option('--width <int>', 'input width (W), same as --w')
    .option('--height <int>', 'input height (H), same as --h')
    .option('--stride <s>', 'stride: s or h,w (default 1)')
    .option('--pad <p>', 'padding: p, h,w, top,bottom,left,right, valid or same (default 0)')
    .option('--dilation <d>', 'dilation: d or h,w (default 1)')
    .option('--groups <g>', 'groups G: G divides Ci and Co; weights [Co][Ci/G][K][L] (OIHW) or [K][L][Ci/G][Co] (HWIO); G = Ci is depthwise (default 1)')
    .option('--act <a>', 'activation: none, relu, sigmoid, tanh (default none)')
    .option('--layout <l>', 'layout: nchw (weights OIHW) or nhwc (weights HWIO) (default nchw)')
    .option('--name <name>', 'layer name, used as the output folder name (default layer)');
}

/** A flag's text as the spec would have it in JSON: numbers become numbers, `a,b` arrays; anything else stays a string so validation names it. */
function value(text: string): unknown {
  const one = (t: string): unknown => (/^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(t) ? Number(t) : t);
  return text.includes(',') ? text.split(',').map(one) : one(text);
}

/** The layer fields given as flags (only those given: the rest come from a spec file or defaults). */
export function layerFlags(o: Record<string, string | undefined>, opts: LayerFlagOptions = {}): Partial<LayerInput> {
  const out: Record<string, unknown> = {};
  for (const [flag, field] of SHAPE_FLAGS) {
    if (flag === 'w' && opts.widthFlagTaken) continue;
    if (o[flag] !== undefined) out[field] = value(o[flag]);
  }
  if (o.width !== undefined) out.W = value(o.width);
  if (o.height !== undefined) out.H = value(o.height);
  for (const key of ['stride', 'pad', 'dilation', 'groups'] as const) if (o[key] !== undefined) out[key] = value(o[key]);
  for (const key of ['act', 'layout', 'name'] as const) if (o[key] !== undefined) out[key] = o[key];
  return out as Partial<LayerInput>;
}
