/** Serialized calls on one kernel (its one set of tensors): shared by convgen's kernels and the AOT runtime; loads in a page too. */

/**
 * One kernel's sections, run one after another in the order they were asked for. A section that
 * fails does not stop the ones after it.
 */
export class CallQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
