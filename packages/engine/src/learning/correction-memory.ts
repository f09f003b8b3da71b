import type { Emotion, SentimentLabel } from '../reader/reading.js'
import { type SparseVector, adapterFeatures } from './adapter-features.js'

/** One reviewed message as the memory keeps it. */
export interface RememberedCorrection {
  readonly id: string
  readonly label?: SentimentLabel
  readonly emotions?: Partial<Record<Emotion, number>>
}

/** A remembered correction close to a new message. */
export interface Neighbour extends RememberedCorrection {
  readonly similarity: number
}

/** Fewest words a message needs for the memory to remember it or match it. */
export const MEMORY_MIN_WORDS = 4

interface Slot extends RememberedCorrection {
  readonly vec: SparseVector
  alive: boolean
}

/**
 * The online half of per-workspace adaptation: every correction is remembered at once, and a new
 * message that looks like a corrected one (cosine similarity over {@link adapterFeatures}) is
 * pulled toward the corrected reading. An inverted index keeps lookups proportional to the
 * features shared, not to the number of corrections.
 */
export class CorrectionMemory {
  private readonly slots: Slot[] = []
  private readonly byId = new Map<string, number>()
  private readonly postings = new Map<number, number[]>()

  /** Number of live corrections. */
  get size(): number {
    return this.byId.size
  }

  /**
   * Remembers (or replaces) the correction of message `c.id`. Messages of fewer than
   * {@link MEMORY_MIN_WORDS} words ("What?", "Okay.") are not remembered: so short, the same
   * words carry different feelings, and only the full retrain should learn from them.
   */
  add(c: RememberedCorrection & { readonly text: string }): void {
    this.forget(c.id)
    const vec = adapterFeatures(c.text)
    if ((vec.words ?? 0) < MEMORY_MIN_WORDS) return
    const at = this.slots.length
    this.slots.push({ id: c.id, ...(c.label === undefined ? {} : { label: c.label }), ...(c.emotions === undefined ? {} : { emotions: c.emotions }), vec, alive: true })
    this.byId.set(c.id, at)
    for (let i = 0; i < vec.idx.length; i++) {
      const b = vec.idx[i] as number
      const list = this.postings.get(b)
      if (list === undefined) this.postings.set(b, [at])
      else list.push(at)
    }
  }

  /** Forgets message `id`'s correction (its reviewers now disagree, say); no-op when not remembered. */
  forget(id: string): void {
    const old = this.byId.get(id)
    if (old === undefined) return
    ;(this.slots[old] as Slot).alive = false
    this.byId.delete(id)
  }

  /** The `k` most similar remembered corrections with similarity ≥ `min`, most similar first. */
  nearest(vec: SparseVector, k: number, min: number, exclude?: string): Neighbour[] {
    if (vec.words !== undefined && vec.words < MEMORY_MIN_WORDS) return []
    const dots = new Map<number, number>()
    for (let i = 0; i < vec.idx.length; i++) {
      const list = this.postings.get(vec.idx[i] as number)
      if (list === undefined) continue
      const v = vec.val[i] as number
      for (const at of list) {
        const s = this.slots[at] as Slot
        if (!s.alive) continue
        const j = binarySearch(s.vec.idx, vec.idx[i] as number)
        dots.set(at, (dots.get(at) ?? 0) + v * (s.vec.val[j] as number))
      }
    }
    const out: Neighbour[] = []
    for (const [at, sim] of dots) {
      const s = this.slots[at] as Slot
      if (sim < min || s.id === exclude) continue
      out.push({ id: s.id, similarity: sim, ...(s.label === undefined ? {} : { label: s.label }), ...(s.emotions === undefined ? {} : { emotions: s.emotions }) })
    }
    out.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1))
    return out.slice(0, k)
  }
}

function binarySearch(a: Int32Array, x: number): number {
  let lo = 0
  let hi = a.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = a[mid] as number
    if (v === x) return mid
    if (v < x) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
