/**
 * A generated package in a real browser: `convgen build` of two layers, its TypeScript modules
 * transpiled to JavaScript (what a user's bundler or tsc does), served with convgen's runtime by a
 * static server on 127.0.0.1, opened in Debian's headless Chromium (playwright-core with
 * executablePath). Every wasm pass of both layers runs in the page on inputs from Node, and the
 * outputs are checked here against the float64 reference. The WGSL kernels are tried too, on
 * whatever WebGPU adapter the browser exposes (SwiftShader); where it exposes none, the test says
 * so (see the note in the README) and checks the wasm passes only.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpec } from '../src/layer/parse.js';
import { buildPackage } from '../src/aot/build.js';
import { writeOutput } from '../src/cli/output.js';
import { LayerCase, judge } from '../src/verify/index.js';
import type { LayerInput, Pass } from '../src/layer/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = [process.env.CONVGEN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
const LAYERS: LayerInput[] = [
  { name: 'page-a', N: 1, Ci: 3, H: 8, W: 8, Co: 8, K: 3, L: 3, stride: 2, pad: 'same', act: 'relu' },
  { name: 'page-b', N: 2, Ci: 4, H: 6, W: 7, Co: 4, K: 3, L: 5, pad: 1, act: 'tanh', layout: 'nhwc' },
];
const PASSES: Pass[] = ['forward', 'input-grad', 'weight-grad', 'bias-grad', 'weight-update'];

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.wgsl': 'text/plain', '.html': 'text/html', '.json': 'application/json' };

describe.skipIf(!CHROMIUM)(`a generated package in headless Chromium${CHROMIUM ? '' : ' (skipped: no Chromium; node scripts/setup.mjs chromium installs it)'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'convgen-page-'));
  let server: Server;
  let base = '';
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const specs = LAYERS.map((l) => parseSpec(l));
    const built = await buildPackage(specs, { targets: ['wasm', 'webgpu'], fma: false, threads: 1, verify: false });
    // the modules as JavaScript, beside their kernel files
    const folders = Object.fromEntries(
      Object.entries(built.folders).map(([f, files]) => [
        f,
        Object.fromEntries(Object.entries(files).map(([n, c]) => (n.endsWith('.ts') ? [n.replace(/\.ts$/, '.js'), ts.transpileModule(String(c), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText] : [n, c]))),
      ]),
    );
    const top = { 'index.js': ts.transpileModule(String(built.files['index.ts']), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText };
    writeOutput(join(dir, 'pkg'), folders, top);
    // / -> the test folder (the page, the package), /convgen/ -> the repository (dist/runtime)
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const [root, rel] = url.pathname.startsWith('/convgen/') ? [ROOT, url.pathname.slice('/convgen/'.length)] : [dir, url.pathname.slice(1)];
      const file = normalize(join(root, decodeURIComponent(rel)));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const page = `<!doctype html><meta charset="utf-8"><title>convgen package</title>
<script type="importmap">{"imports": {"convgen/runtime": "/convgen/dist/runtime/index.js"}}</script>
<script type="module">import * as pkg from '/pkg/index.js'; window.pkg = pkg; window.ready = true;</script>`;
    writeOutput(dir, {}, { 'index.html': page });
  });

  /** Runs every pass of both layers in the page on `target`; null when the page has no WebGPU adapter. */
  async function runInPage(target: 'wasm' | 'webgpu'): Promise<string | null> {
    const { chromium } = await import('playwright-core');
    // no --disable-gpu: Chromium's WebGPU then runs on SwiftShader (a CPU Vulkan) where there is no GPU
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-webgpu', '--use-webgpu-adapter=swiftshader'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, null, { timeout: 20_000 });
      expect(errors).toEqual([]);
      let adapter = 'wasm';
      if (target === 'webgpu') {
        const info = await page.evaluate(async () => {
          const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<{ info: Record<string, string> } | null> } }).gpu;
          const a = gpu ? await gpu.requestAdapter() : null;
          return a ? `${a.info.vendor} ${a.info.architecture} ${a.info.description}`.trim() : null;
        });
        if (!info) return null;
        adapter = info;
      }
      for (const [i, input] of LAYERS.entries()) {
        const spec = parseSpec(input);
        const c = new LayerCase(spec, 11 + i);
        const t = { x: [...c.x], w: [...c.w], b: [...c.b], y: [...c.y], dy: [...c.dy], lr: c.lr };
        const outs = (await page.evaluate(
          async ({ cls, t, target }) => {
            const f = (a: number[]) => Float32Array.from(a);
            const pkg = (window as unknown as { pkg: Record<string, { load(t: string): Promise<Record<string, (...a: unknown[]) => Promise<Float32Array>> & { close(): void }> }> }).pkg;
            const l = await pkg[cls]!.load(target);
            const r = {
              forward: [...(await l.forward!(f(t.x), f(t.w), f(t.b)))],
              'input-grad': [...(await l.inputGrad!(f(t.w), f(t.y), f(t.dy)))],
              'weight-grad': [...(await l.weightGrad!(f(t.x), f(t.y), f(t.dy)))],
              'bias-grad': [...(await l.biasGrad!(f(t.y), f(t.dy)))],
              'weight-update': [...(await l.weightUpdate!(f(t.x), f(t.w), f(t.y), f(t.dy), t.lr))],
            };
            l.close();
            return r;
          },
          { cls: ['PageA', 'PageB'][i]!, t, target },
        )) as Record<Pass, number[]>;
        for (const pass of PASSES) {
          const v = judge(outs[pass], c, pass);
          expect(v.ok, `${spec.name} ${pass} in Chromium (${target}): rel error ${v.relError}`).toBe(true);
        }
      }
      return adapter;
    } finally {
      await browser.close();
    }
  }

  it('runs every wasm pass of two layers in the page; the outputs match the float64 reference', async () => {
    expect(await runInPage('wasm')).toBe('wasm');
  });

  it("runs the WGSL kernels on the page's WebGPU adapter (SwiftShader here) within the same bound", async (ctx) => {
    const adapter = await runInPage('webgpu');
    if (adapter === null) ctx.skip(); // Chromium exposed no adapter: the wasm test above still ran
    expect(adapter).toBeTruthy();
  });
});
