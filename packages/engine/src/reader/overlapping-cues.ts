// Which cues overlap a given few, for domain terms that rescale the emotions of the cues they overlap.
import type { Cue } from './reading.js'

/**
 * For each cue index in `sources`, the indices of the other cues whose spans share a character with
 * it (`o.start < c.end && c.start < o.end`), in no particular order. A sweep in start order keeps
 * the cues still open at each source's start, so the cost is O(n log n) plus the pairs found; a
 * scan of every cue per source made messages with thousands of domain terms quadratic.
 */
export function overlappingCues(cues: readonly Cue[], sources: readonly number[]): number[][] {
  const byStart = (a: number, b: number): number => (cues[a] as Cue).start - (cues[b] as Cue).start
  const order = Array.from(cues.keys()).sort(byStart)
  const sourceOrder = Array.from(sources.keys()).sort((a, b) => byStart(sources[a] as number, sources[b] as number))
  const out: number[][] = sources.map(() => [])
  // Cues that start at or before the current source's start and may still reach past it.
  const open: number[] = []
  let next = 0
  for (const k of sourceOrder) {
    const si = sources[k] as number
    const c = cues[si] as Cue
    const hits = out[k] as number[]
    while (next < order.length && (cues[order[next] as number] as Cue).start <= c.start) open.push(order[next++] as number)
    let kept = 0
    for (const o of open) {
      const oc = cues[o] as Cue
      // Ended before this source starts, so before every later one too.
      if (oc.end <= c.start) continue
      open[kept++] = o
      if (o !== si && oc.start < c.end) hits.push(o)
    }
    open.length = kept
    // Cues that start inside the source overlap it.
    for (let j = next; j < order.length && (cues[order[j] as number] as Cue).start < c.end; j++) hits.push(order[j] as number)
  }
  return out
}
