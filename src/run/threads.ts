/**
 * Worker threads that run shares of a kernel's `main` on the kernel's shared memory. Started once,
 * reused by every kernel; a call wakes them through Atomics on a control block (no message per call),
 * runs share 0 on the calling thread and waits for the others, so a kernel call stays synchronous.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/**
 * A worker isolate allocates almost nothing (it sits in Atomics.wait), so V8 never collects its
 * garbage by itself: the Instance of an unregistered kernel, and through it the kernel's shared
 * Memory (its whole memory plan), stayed alive until the worker stopped (measured: +0.44 MB per
 * closed 32->32 28x28 layer, 1,000 layers 495 MB). So a worker collects explicitly once the
 * kernels unregistered since its last collection hold GC_BYTES of memory, or when it has been idle
 * IDLE_GC_MS with any pending: a tuner closing thousands of kernels pays one collection (about a
 * millisecond on a worker's tiny heap) per GC_BYTES, and a process that closes a few frees them soon.
 */
const GC_BYTES = 16 * 2 ** 20;
const IDLE_GC_MS = 100;

/**
 * A worker that finished its share, and the calling thread waiting for the workers, first spin
 * this long on the control word before sleeping in Atomics.wait: a futex wake-up cost about 50 us
 * here, twice a call (prologue, main), which made a 2-thread call of a tiny kernel take 100 us
 * against 1.5 us on one thread. The next phase (main after the prologue) or the next call of a
 * loop usually comes within the spin; an idle pool burns at most this much per worker and call.
 */
export const SPIN_MS = 0.2;

/** The worker's whole program: wait for a new generation, take pending registrations, run its share. */
const WORKER_SOURCE = `
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
// gc exists when the process runs with --expose-gc (the flag is process-wide); else a known way to get it
const collectGarbage = globalThis.gc ?? (require('node:v8').setFlagsFromString('--expose-gc'), require('node:vm').runInNewContext('gc'));
const ctl = new Int32Array(workerData.control);
const me = workerData.index;
const port = workerData.port;
/** id -> { exports, bytes }; a registration that failed holds null (running it fails the call, not the worker) */
const kernels = new Map();
/** bytes of memory held by the kernels unregistered since the last collection */
let garbage = 0;
let gen = workerData.gen;
for (;;) {
  for (const t0 = performance.now(); Atomics.load(ctl, 0) === gen && performance.now() - t0 < ${SPIN_MS}; ) {}
  if (garbage >= ${GC_BYTES} || (garbage > 0 && Atomics.wait(ctl, 0, gen, ${IDLE_GC_MS}) === 'timed-out')) {
    collectGarbage();
    garbage = 0;
  }
  Atomics.wait(ctl, 0, gen);
  gen = Atomics.load(ctl, 0);
  for (let m; (m = receiveMessageOnPort(port)); ) {
    const msg = m.message;
    if (msg.type === 'register') {
      let k = null;
      try { k = { exports: new WebAssembly.Instance(msg.module, { env: { memory: msg.memory } }).exports, bytes: msg.memory.buffer.byteLength }; } catch {}
      kernels.set(msg.id, k);
    } else if (msg.type === 'unregister') {
      garbage += kernels.get(msg.id)?.bytes ?? 0;
      kernels.delete(msg.id);
    }
  }
  const id = Atomics.load(ctl, 1);
  if (id === -1) break;
  const parts = Atomics.load(ctl, 2);
  if (id > 0 && me < parts) {
    const k = kernels.get(id);
    if (!k) Atomics.store(ctl, 4, -me);
    else try { k.exports[Atomics.load(ctl, 5) === 0 ? 'prologue' : 'main'](me); } catch (e) { Atomics.store(ctl, 4, me); }
  }
  Atomics.add(ctl, 3, 1);
  Atomics.notify(ctl, 3);
}
`;

/** Control block slots (FAILED: the share that trapped, or minus the share that has no instance of the kernel). */
const GEN = 0;
const KERNEL = 1;
const PARTS = 2;
const DONE = 3;
const FAILED = 4;
/** which function the shares run: 0 prologue, 1 main */
const PHASE = 5;

export class ThreadPool {
  stopped = false;
  private readonly control = new Int32Array(new SharedArrayBuffer(6 * 4));
  private readonly workers: { worker: Worker; port: MessagePort }[] = [];
  private nextId = 1;

  /** Makes sure `n` helper workers (shares 1..n) exist. */
  ensure(n: number): void {
    while (this.workers.length < n) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { control: this.control.buffer, gen: Atomics.load(this.control, GEN), index: this.workers.length + 1, port: port2 },
        transferList: [port2],
      });
      // idle workers block in Atomics.wait; they must not keep the process alive
      worker.unref();
      this.workers.push({ worker, port: port1 });
    }
  }

  /** Instantiates a module in every worker on the given shared memory; returns its id. */
  register(module: WebAssembly.Module, memory: WebAssembly.Memory, parts: number): number {
    this.ensure(parts - 1);
    const id = this.nextId++;
    for (const w of this.workers) w.port.postMessage({ type: 'register', id, module, memory });
    this.broadcast(0, 0);
    return id;
  }

  unregister(id: number): void {
    for (const w of this.workers) w.port.postMessage({ type: 'unregister', id });
    this.broadcast(0, 0);
  }

  /**
   * Runs share 0 of kernel `id`'s prologue (phase 0) or main (phase 1) here via `own`, shares
   * 1..parts-1 on the workers, and waits for all.
   */
  run(id: number, phase: 0 | 1, parts: number, own: () => void): void {
    Atomics.store(this.control, FAILED, 0);
    Atomics.store(this.control, PHASE, phase);
    this.start(id, parts);
    let error: unknown;
    try {
      own();
    } catch (e) {
      error = e;
    }
    this.wait();
    const failed = Atomics.load(this.control, FAILED);
    if (error) throw error;
    if (failed > 0) throw new Error(`kernel share ${failed} trapped in its worker thread`);
    if (failed < 0) throw new Error(`kernel share ${-failed} could not be instantiated in its worker thread`);
  }

  private start(id: number, parts: number): void {
    Atomics.store(this.control, KERNEL, id);
    Atomics.store(this.control, PARTS, parts);
    Atomics.store(this.control, DONE, 0);
    Atomics.add(this.control, GEN, 1);
    Atomics.notify(this.control, GEN);
  }

  private wait(): void {
    for (const t0 = performance.now(); Atomics.load(this.control, DONE) < this.workers.length && performance.now() - t0 < SPIN_MS; ) {
      // spin (see SPIN_MS)
    }
    for (let d; (d = Atomics.load(this.control, DONE)) < this.workers.length; ) Atomics.wait(this.control, DONE, d);
  }

  /** Wakes every worker for `id` (0: only take messages) and waits until each has. */
  private broadcast(id: number, parts: number): void {
    this.start(id, parts);
    this.wait();
  }

  async terminate(): Promise<void> {
    this.stopped = true;
    Atomics.store(this.control, KERNEL, -1);
    Atomics.add(this.control, GEN, 1);
    Atomics.notify(this.control, GEN);
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers.length = 0;
  }
}

let pool: ThreadPool | undefined;

/** The process' worker pool, started on first use. */
export function threadPool(): ThreadPool {
  pool ??= new ThreadPool();
  return pool;
}

/** Stops every worker (they are unref'd, so this is only needed to free them early). */
export async function stopThreads(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.terminate();
}
