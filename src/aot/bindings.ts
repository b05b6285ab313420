/**
 * The typed TypeScript module of a generated package's layer, written with ts-morph: one class per
 * layer with typed methods per pass (forward, inputGrad, weightGrad, biasGrad, backward, sgdStep),
 * the tensors' shapes and layout in the doc comments, the kernels' ABIs inline, and the kernel
 * files loaded from beside the module through convgen/runtime. Pure: text in, text out.
 */
import { Project, Scope, VariableDeclarationKind, type ClassDeclaration, type SourceFile } from 'ts-morph';
import type { LayerSpec, Pass } from '../layer/types.js';
import type { KernelAbi } from '../targets/abi.js';
import { callerWrites } from '../targets/abi.js';

export interface LayerBinding {
  spec: LayerSpec;
  /** e.g. "N=1 Ci=64 H=56 ... -> Ho=56 Wo=56" */
  description: string;
  className: string;
  /** per target, per pass: the ABI and the kernel's file name in the layer's folder */
  kernels: Partial<Record<'wasm' | 'webgpu', Partial<Record<Pass, { abi: KernelAbi; file: string }>>>>;
  generator: string;
}

/** The method of each pass. */
export const METHOD: Record<Pass, string> = {
  forward: 'forward',
  'input-grad': 'inputGrad',
  'weight-grad': 'weightGrad',
  'bias-grad': 'biasGrad',
  'weight-update': 'weightUpdate',
};

const WHAT: Record<Pass, string> = {
  forward: 'y = act(b + x * w): the forward pass',
  'input-grad': 'dx: the gradient of the loss with respect to x, from the saved output y and dy (delta = dy * act\'(y))',
  'weight-grad': 'dw: the gradient with respect to the weights, from x, y and dy',
  'bias-grad': 'db: the gradient with respect to the bias, from y and dy',
  'weight-update': 'w - lr * dW, fused (dW never materialized): one SGD step of the weights',
};

/** A class name for a layer name: PascalCase, a letter first. */
export function className(layer: string): string {
  const words = layer.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Layer';
  return /^[0-9]/.test(name) ? `Layer${name}` : name;
}

function project(): Project {
  return new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: '  ' as never } });
}

/** Text for a value in the module: JSON (a TypeScript expression), arrays of numbers on one line. */
const literal = (v: unknown) => JSON.stringify(v, null, 2).replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g, (_, xs: string) => `[${xs.split(/,\s*/).join(', ')}]`);

/** The order of a method's parameters: the tensors as the math names them, then the scalars. */
const PARAM_ORDER = ['x', 'w', 'b', 'y', 'dy', 'lr'];
const inputsOf = (abi: KernelAbi): string[] =>
  callerWrites(abi).sort((a, b) => (PARAM_ORDER.indexOf(a) + 1 || 99) - (PARAM_ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));

function tensorDoc(abi: KernelAbi, name: string, layout: string): string {
  const t = abi.tensors.find((x) => x.name === name)!;
  return t.shape.length === 0 ? `${name}: a number` : `${name}: Float32Array of ${t.elems} values, shape [${t.shape.join(', ')}] (${layout})`;
}

/** The layer's module, `<layer>/index.ts`. */
export function layerModule(b: LayerBinding): string {
  const p = project();
  const f = p.createSourceFile('index.ts', '', { overwrite: true });
  const targets = (['wasm', 'webgpu'] as const).filter((t) => b.kernels[t]);
  const passes = [...new Set(targets.flatMap((t) => Object.keys(b.kernels[t]!) as Pass[]))];
  const ref = b.kernels[targets[0]!]!;
  f.addImportDeclaration({ moduleSpecifier: 'convgen/runtime', namedImports: ['RuntimeKernel', { name: 'KernelAbi', isTypeOnly: true }, { name: 'RuntimeTarget', isTypeOnly: true }] });
  f.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The layer as convgen compiled it (every offset and bound of its kernels is a constant of this).'],
    declarations: [{ name: 'SPEC', initializer: `${literal(b.spec)} as const` }],
  });
  const files: Record<string, Record<string, string>> = {};
  const abis: Record<string, Record<string, KernelAbi>> = {};
  for (const t of targets) {
    files[t] = {};
    abis[t] = {};
    for (const pass of passes) {
      const k = b.kernels[t]![pass];
      if (!k) continue;
      files[t]![pass] = k.file;
      abis[t]![pass] = k.abi;
    }
  }
  f.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Each kernel's ABI: where its tensors live (wasm: byte offsets in its memory; webgpu: bindings) and what a call returns."],
    declarations: [{ name: 'ABI', type: 'Partial<Record<RuntimeTarget, Record<string, KernelAbi>>>', initializer: literal(abis) }],
  });
  f.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Each kernel's file, beside this module."],
    declarations: [{ name: 'FILES', type: 'Partial<Record<RuntimeTarget, Record<string, string>>>', initializer: literal(files) }],
  });
  const c = f.addClass({
    name: b.className,
    isExported: true,
    docs: [
      [
        `Layer ${b.spec.name}: ${b.description}.`,
        '',
        `Tensors are float32 in the layer's layout (${b.spec.layout}); every method checks its inputs' lengths and`,
        'returns a new array. Calls on one kernel run one at a time.',
        '',
        '@example',
        `const layer = await ${b.className}.load('wasm');`,
        `const y = await layer.forward(x, w, b);`,
      ].join('\n'),
    ],
  });
  c.addProperty({ name: 'spec', isStatic: true, isReadonly: true, initializer: 'SPEC' });
  c.addConstructor({
    scope: Scope.Private,
    parameters: [
      { name: 'kernels', isReadonly: true, scope: Scope.Private, type: 'Record<string, RuntimeKernel>' },
      { name: 'target', isReadonly: true, scope: Scope.Public, type: 'RuntimeTarget' },
    ],
  });
  c.addMethod({
    name: 'load',
    isStatic: true,
    isAsync: true,
    parameters: [{ name: 'target', type: 'RuntimeTarget', initializer: `'${targets[0]}'` }],
    returnType: `Promise<${b.className}>`,
    docs: [`Loads the kernels of \`target\` (${targets.join(' or ')}) from the files beside this module.`],
    statements: [
      'const abis = ABI[target];',
      'const files = FILES[target];',
      `if (!abis || !files) throw new Error(\`${b.className}: built for ${targets.join(', ')}, not \${target}\`);`,
      'const kernels: Record<string, RuntimeKernel> = {};',
      'try {',
      `  for (const [pass, abi] of Object.entries(abis)) kernels[pass] = await RuntimeKernel.load(abi, new URL(\`./\${files[pass]}\`, import.meta.url), \`${b.className}.\${pass}\`);`,
      '} catch (e) {',
      '  for (const k of Object.values(kernels)) k.close();',
      '  throw e;',
      '}',
      `return new ${b.className}(kernels, target);`,
    ],
  });
  c.addMethod({
    name: 'kernel',
    scope: Scope.Private,
    parameters: [{ name: 'pass', type: 'string' }],
    returnType: 'RuntimeKernel',
    statements: [`const k = this.kernels[pass];`, `if (!k) throw new Error(\`${b.className}: pass \${pass} was not built\`);`, 'return k;'],
  });
  for (const pass of passes) addPassMethod(c, pass, ref[pass]?.abi ?? b.kernels[targets[1]!]![pass]!.abi, b.spec.layout);
  if (passes.includes('input-grad') && passes.includes('weight-grad') && passes.includes('bias-grad')) {
    const abi = (pass: Pass) => (ref[pass] ?? b.kernels[targets[1]!]![pass])!.abi;
    c.addMethod({
      name: 'backward',
      isAsync: true,
      parameters: [{ name: 't', type: '{ x: Float32Array; w: Float32Array; y: Float32Array; dy: Float32Array }' }],
      returnType: 'Promise<{ dx: Float32Array; dw: Float32Array; db: Float32Array }>',
      docs: [
        [
          'The three gradients from the saved forward output y and the incoming gradient dy.',
          `@param t ${['x', 'w', 'y', 'dy']
            .map((n) => {
              const has = (['input-grad', 'weight-grad', 'bias-grad'] as Pass[]).map(abi).find((a) => a.tensors.some((t) => t.name === n && t.role !== 'output'));
              return has ? tensorDoc(has, n, b.spec.layout) : `${n}: not read (act ${b.spec.act})`;
            })
            .join('; ')}`,
        ].join('\n'),
      ],
      statements: [
        `return { dx: await this.inputGrad(${args(abi('input-grad'), 't')}), dw: await this.weightGrad(${args(abi('weight-grad'), 't')}), db: await this.biasGrad(${args(abi('bias-grad'), 't')}) };`,
      ],
    });
  }
  if (passes.includes('weight-update') && passes.includes('bias-grad')) {
    const abi = (pass: Pass) => (ref[pass] ?? b.kernels[targets[1]!]![pass])!.abi;
    c.addMethod({
      name: 'sgdStep',
      isAsync: true,
      parameters: [{ name: 't', type: '{ x: Float32Array; w: Float32Array; y: Float32Array; dy: Float32Array; lr: number }' }],
      returnType: 'Promise<{ w: Float32Array; db: Float32Array }>',
      docs: ['One SGD step of the weights, fused (`w - lr * dW`, dW never materialized), and the bias gradient db (the caller updates b). The w passed in is not modified.'],
      statements: [`return { w: await this.weightUpdate(${args(abi('weight-update'), 't')}), db: await this.biasGrad(${args(abi('bias-grad'), 't')}) };`],
    });
  }
  c.addMethod({ name: 'close', docs: ["Frees the kernels' instances, worker threads' copies and device buffers."], statements: ['for (const k of Object.values(this.kernels)) k.close();'] });
  f.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: 'insert' as never });
  const header = [
    `// Generated by convgen ${b.generator} (\`convgen build\`): do not edit.`,
    `// Layer ${b.spec.name}: ${b.description}`,
    `// Kernels: ${targets.join(', ')}; passes: ${passes.join(', ')}. Runtime: convgen/runtime.`,
  ];
  return `${header.join('\n')}\n${f.getFullText()}`;
}

function args(abi: KernelAbi, obj: string): string {
  return inputsOf(abi).map((n) => `${obj}.${n}`).join(', ');
}

function addPassMethod(c: ClassDeclaration, pass: Pass, abi: KernelAbi, layout: string): void {
  const inputs = inputsOf(abi);
  const result = abi.tensors.find((t) => t.name === abi.result)!;
  c.addMethod({
    name: METHOD[pass],
    parameters: inputs.map((n) => ({ name: n, type: abi.scalars.includes(n) ? 'number' : 'Float32Array' })),
    returnType: 'Promise<Float32Array>',
    docs: [
      [
        `${WHAT[pass]}.`,
        ...inputs.map((n) => `@param ${n} ${tensorDoc(abi, n, layout).replace(`${n}: `, '')}`),
        `@returns ${result.name}: ${result.elems} values, shape [${result.shape.join(', ')}] (${layout})`,
      ].join('\n'),
    ],
    statements: [`return this.kernel('${pass}').call({ ${inputs.join(', ')} });`],
  });
}

/** The package's `index.ts`: every layer's class. */
export function packageModule(layers: { className: string; folder: string }[], generator: string): string {
  const p = project();
  const f: SourceFile = p.createSourceFile('index.ts', '', { overwrite: true });
  for (const l of layers) f.addExportDeclaration({ moduleSpecifier: `./${l.folder}/index.js`, namedExports: [l.className] });
  return `// Generated by convgen ${generator} (\`convgen build\`): do not edit. One class per layer.\n${f.getFullText()}`;
}
