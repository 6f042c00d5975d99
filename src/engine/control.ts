// Cooperative cancellation, shared by every engine that runs long: a run is a generator that yields
// between chunks of a few ms of work, drained at once (CLI, tests) or awaiting a worker's checkpoint
// at every yield. The engine cannot import experiments/ (layering), so it states the part of
// CellControl it needs structurally: experiments' CellControl satisfies it.

/** In a worker: yields every few ms and throws when the cell is cancelled; in the CLI: a no-op. */
export interface Checkpointer {
  checkpoint(): Promise<void> | void;
}

/**
 * Drives a generator that yields between chunks of work: synchronously (tests, CLI) ...
 */
export function drainSync<T>(gen: Generator<void, T>): T {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/** ... or asynchronously, awaiting `checkpoint()` only when it returns a promise. */
export async function drainAsync<T>(gen: Generator<void, T>, ctl: Checkpointer): Promise<T> {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
    const p = ctl.checkpoint();
    if (p) await p;
  }
}

/** A run written as a generator, made a plain synchronous function (tests, CLI)... */
export function syncRunner<A extends unknown[], T>(
  gen: (...args: A) => Generator<void, T>,
): (...args: A) => T {
  return (...args) => drainSync(gen(...args));
}

/** ... or a worker's function: the same arguments and then the Checkpointer awaited at every yield. */
export function asyncRunner<A extends unknown[], T>(
  gen: (...args: A) => Generator<void, T>,
): (...args: [...A, Checkpointer]) => Promise<T> {
  return (...args) => drainAsync(gen(...(args.slice(0, -1) as A)), args[args.length - 1] as Checkpointer);
}
