/** How long work on the event loop runs before it lets other work (requests, timers) have a turn. */
const SLICE_MS = 20

/**
 * Maps `items` on the event loop in slices of about 20 ms, yielding between slices, so a long
 * list of cheap steps never holds the loop; a step itself is not interrupted. Stops with the
 * signal's reason once it aborts.
 */
export async function mapInSlices<T, R>(items: readonly T[], step: (item: T, index: number) => R, signal?: AbortSignal): Promise<R[]> {
  const out: R[] = []
  let sliceStart = performance.now()
  for (let i = 0; i < items.length; i++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
    signal?.throwIfAborted()
    out.push(step(items[i] as T, i))
  }
  return out
}
