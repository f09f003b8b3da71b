import { createRng } from '@undertone/engine'
import { keyPhrases, topicOfPhrases } from './negative-drivers.js'

/** A cluster of customer messages, named by its strongest terms. */
export interface Topic {
  /** Stable id: the slug of its top term. */
  readonly id: string
  /** Its top terms joined, e.g. "export · csv · download". */
  readonly label: string
  /** The cluster's centroid over key phrases (unit length), strongest first. */
  readonly terms: readonly { readonly term: string; readonly weight: number }[]
  /** Messages of the discovery sample in the cluster. */
  readonly size: number
}

type Vec = Map<string, number>

function normalise(v: Vec): Vec {
  let sq = 0
  for (const x of v.values()) sq += x * x
  const k = sq > 0 ? 1 / Math.sqrt(sq) : 0
  for (const [t, x] of v) v.set(t, x * k)
  return v
}

function dot(a: Vec, b: Vec): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a]
  let s = 0
  for (const [t, x] of small) s += x * (big.get(t) ?? 0)
  return s
}

/**
 * Finds the topics of a set of customer messages: TF-IDF vectors over their key phrases, then
 * spherical k-means (cosine) with k-means++ seeding from a seeded source, so the same sample gives
 * the same topics. Terms seen in fewer than `minDocs` messages are left out; clusters smaller than
 * `minSize` are dropped. Each topic keeps its strongest `maxTerms` terms.
 */
export function discoverTopics(texts: readonly string[], options: { k?: number; seed?: number; iterations?: number; restarts?: number; minDocs?: number; minSize?: number; maxTerms?: number } = {}): Topic[] {
  const k = options.k ?? 12
  const minDocs = options.minDocs ?? Math.max(3, Math.ceil(texts.length * 0.002))
  const docs = texts.map((t) => keyPhrases(t))
  const df = new Map<string, number>()
  for (const d of docs) for (const p of d) df.set(p, (df.get(p) ?? 0) + 1)
  const vecs: Vec[] = []
  for (const d of docs) {
    const v: Vec = new Map()
    for (const p of d) {
      const n = df.get(p) as number
      // Very common terms (in over a third of messages) say nothing about the topic.
      if (n < minDocs || n > texts.length / 3) continue
      v.set(p, Math.log(texts.length / n) * (p.includes(' ') ? 1.5 : 1))
    }
    if (v.size > 0) vecs.push(normalise(v))
  }
  if (vecs.length === 0) return []
  // A few seeded restarts; the clustering with the tightest clusters wins.
  const rng = createRng(options.seed ?? 11)
  let best: { centroids: Vec[]; assign: number[]; objective: number } | undefined
  for (let r = 0; r < (options.restarts ?? 4); r++) {
    const run = kMeans(vecs, k, rng, options.iterations ?? 12)
    if (best === undefined || run.objective > best.objective + 1e-9) best = run
  }
  const { centroids, assign } = best as { centroids: Vec[]; assign: number[] }
  const minSize = options.minSize ?? Math.max(5, Math.ceil(vecs.length * 0.01))
  const maxTerms = options.maxTerms ?? 8
  const topics: Topic[] = []
  const used = new Set<string>()
  centroids.forEach((c, j) => {
    const size = assign.filter((a) => a === j).length
    if (size < minSize) return
    const terms = [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxTerms)
    const top = (terms[0] as [string, number])[0]
    let id = top.replace(/[^\p{L}\p{N}]+/gu, '-')
    for (let n = 2; used.has(id); n++) id = `${top.replace(/[^\p{L}\p{N}]+/gu, '-')}-${n}`
    used.add(id)
    topics.push({ id, label: terms.slice(0, 3).map(([t]) => t).join(' · '), terms: terms.map(([term, weight]) => ({ term, weight: Math.round(weight * 1000) / 1000 })), size })
  })
  return topics.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1))
}

/**
 * The topic a message belongs to: the one whose terms it shares most strongly (the sum of the
 * centroid weights of its key phrases), or undefined when it shares too little with any.
 */
export function assignTopic(text: string, topics: readonly Topic[], minScore = 0.15): string | undefined {
  return topics.length === 0 ? undefined : topicOfPhrases(new Set(keyPhrases(text)), topics, minScore)
}

/** Spherical k-means with k-means++ seeding; returns the centroids, assignment and Σ similarity. */
function kMeans(vecs: readonly Vec[], k: number, rng: () => number, iterations: number): { centroids: Vec[]; assign: number[]; objective: number } {
  const centroids: Vec[] = [new Map(vecs[Math.floor(rng() * vecs.length)] as Vec)]
  while (centroids.length < Math.min(k, vecs.length)) {
    const d2 = vecs.map((v) => Math.max(0, 1 - Math.max(...centroids.map((c) => dot(v, c)))) ** 2)
    const total = d2.reduce((a, b) => a + b, 0)
    if (total === 0) break
    let r = rng() * total
    let i = 0
    while (i < d2.length - 1 && r > (d2[i] as number)) r -= d2[i++] as number
    centroids.push(new Map(vecs[i] as Vec))
  }
  let assign = new Array<number>(vecs.length).fill(-1)
  let objective = 0
  for (let it = 0; it < iterations; it++) {
    objective = 0
    const next = vecs.map((v) => {
      let best = 0
      let bestSim = -1
      centroids.forEach((c, j) => {
        const s = dot(v, c)
        if (s > bestSim) {
          bestSim = s
          best = j
        }
      })
      objective += bestSim
      return best
    })
    const changed = next.some((a, i) => a !== assign[i])
    assign = next
    for (let j = 0; j < centroids.length; j++) {
      const c: Vec = new Map()
      vecs.forEach((v, i) => {
        if (assign[i] !== j) return
        for (const [t, x] of v) c.set(t, (c.get(t) ?? 0) + x)
      })
      if (c.size > 0) centroids[j] = normalise(c)
    }
    if (!changed) break
  }
  return { centroids, assign, objective }
}
