import { createRng } from '../model/rng.js'
import type { Token } from '../text/token.js'

/**
 * Word embeddings learned from unlabelled text by our own code: positive PMI of windowed
 * co-occurrence counts, reduced by a randomised truncated SVD (power iteration), plus k-means word
 * clusters over the unit-length vectors. Everything is deterministic for a given seed.
 */

/** The tokens that get a vector: words, hashtags, emoji and emoticons. */
export function embeddable(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'hashtag' || t.kind === 'emoji' || t.kind === 'emoticon'
}

export interface EmbeddingOptions {
  readonly dim: number
  readonly minCount: number
  readonly maxVocab: number
  /** Context words on each side; co-occurrences are weighted 1/distance. */
  readonly window: number
  /** Context-distribution smoothing exponent (0.75 is the usual choice). */
  readonly cds: number
  /** Singular-value weighting exponent of the word vectors (0.5: U·√S). */
  readonly eig: number
  readonly powerIters: number
  readonly seed: number
}

export const DEFAULT_EMBEDDING_OPTIONS: EmbeddingOptions = {
  dim: 64,
  minCount: 5,
  maxVocab: 30000,
  window: 4,
  cds: 0.75,
  eig: 0.5,
  powerIters: 3,
  seed: 7,
}

export interface WordEmbeddings {
  readonly words: readonly string[]
  readonly index: ReadonlyMap<string, number>
  readonly dim: number
  /** Unit-length rows, `vectors[i * dim + j]`. */
  readonly vectors: Float32Array
}

/** Vocabulary by frequency (ties by code-unit order), `minCount` and `maxVocab` applied. */
export function buildVocabulary(docs: readonly (readonly Token[])[], minCount: number, maxVocab: number): string[] {
  const counts = new Map<string, number>()
  for (const doc of docs) for (const t of doc) if (embeddable(t)) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1)
  const words = [...counts].filter(([, c]) => c >= minCount)
  words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return words.slice(0, maxVocab).map(([w]) => w)
}

/** A sparse matrix in compressed-row form. */
export interface Csr {
  readonly rows: number
  readonly cols: number
  readonly ptr: Int32Array
  readonly col: Int32Array
  readonly val: Float64Array
}

/** Windowed, distance-weighted co-occurrence counts → positive PMI (with context smoothing), as CSR. */
export function ppmiMatrix(docs: readonly (readonly Token[])[], index: ReadonlyMap<string, number>, window: number, cds: number): Csr {
  const v = index.size
  const rowMaps: Map<number, number>[] = Array.from({ length: v }, () => new Map())
  const ids: number[] = []
  for (const doc of docs) {
    ids.length = 0
    for (const t of doc) if (embeddable(t)) ids.push(index.get(t.norm) ?? -1)
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i] as number
      if (a < 0) continue
      const m = rowMaps[a] as Map<number, number>
      for (let d = 1; d <= window; d++) {
        const w = 1 / d
        for (const j of [i - d, i + d]) {
          if (j < 0 || j >= ids.length) continue
          const b = ids[j] as number
          if (b < 0) continue
          m.set(b, (m.get(b) ?? 0) + w)
        }
      }
    }
  }
  const rowSum = new Float64Array(v)
  const colSum = new Float64Array(v)
  let total = 0
  rowMaps.forEach((m, i) => {
    for (const [j, c] of m) {
      rowSum[i] = (rowSum[i] as number) + c
      colSum[j] = (colSum[j] as number) + c
      total += c
    }
  })
  let colSmooth = 0
  const cPow = new Float64Array(v)
  for (let j = 0; j < v; j++) {
    cPow[j] = (colSum[j] as number) ** cds
    colSmooth += cPow[j] as number
  }
  const ptr = new Int32Array(v + 1)
  const col: number[] = []
  const val: number[] = []
  for (let i = 0; i < v; i++) {
    const m = rowMaps[i] as Map<number, number>
    const keys = [...m.keys()].sort((a, b) => a - b)
    for (const j of keys) {
      const c = m.get(j) as number
      const pmi = Math.log((c / total) / (((rowSum[i] as number) / total) * ((cPow[j] as number) / colSmooth)))
      if (pmi > 0) {
        col.push(j)
        val.push(pmi)
      }
    }
    ptr[i + 1] = col.length
  }
  return { rows: v, cols: v, ptr, col: Int32Array.from(col), val: Float64Array.from(val) }
}

/** Y = A·X for dense X (cols × k, row-major) → rows × k. */
function mulDense(a: Csr, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(a.rows * k)
  for (let i = 0; i < a.rows; i++) {
    const yo = i * k
    for (let p = a.ptr[i] as number; p < (a.ptr[i + 1] as number); p++) {
      const xo = (a.col[p] as number) * k
      const v = a.val[p] as number
      for (let c = 0; c < k; c++) y[yo + c] = (y[yo + c] as number) + v * (x[xo + c] as number)
    }
  }
  return y
}

/** Y = Aᵀ·X for dense X (rows × k) → cols × k. */
function mulDenseT(a: Csr, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(a.cols * k)
  for (let i = 0; i < a.rows; i++) {
    const xo = i * k
    for (let p = a.ptr[i] as number; p < (a.ptr[i + 1] as number); p++) {
      const yo = (a.col[p] as number) * k
      const v = a.val[p] as number
      for (let c = 0; c < k; c++) y[yo + c] = (y[yo + c] as number) + v * (x[xo + c] as number)
    }
  }
  return y
}

/** Orthonormalises the k columns of an n × k row-major matrix in place (modified Gram–Schmidt). */
export function orthonormalize(q: Float64Array, n: number, k: number): void {
  for (let c = 0; c < k; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0
      for (let i = 0; i < n; i++) dot += (q[i * k + c] as number) * (q[i * k + p] as number)
      for (let i = 0; i < n; i++) q[i * k + c] = (q[i * k + c] as number) - dot * (q[i * k + p] as number)
    }
    let norm = 0
    for (let i = 0; i < n; i++) norm += (q[i * k + c] as number) ** 2
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < n; i++) q[i * k + c] = (q[i * k + c] as number) / norm
  }
}

/** Eigen-decomposition of a symmetric k × k matrix by cyclic Jacobi; returns values and column eigenvectors. */
export function symmetricEigen(m: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m)
  const v = new Float64Array(k * k)
  for (let i = 0; i < k; i++) v[i * k + i] = 1
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += (a[p * k + q] as number) ** 2
    if (off < 1e-22) break
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q] as number
        if (Math.abs(apq) < 1e-300) continue
        const app = a[p * k + p] as number
        const aqq = a[q * k + q] as number
        const theta = (aqq - app) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p] as number
          const arq = a[r * k + q] as number
          a[r * k + p] = c * arp - s * arq
          a[r * k + q] = s * arp + c * arq
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r] as number
          const aqr = a[q * k + r] as number
          a[p * k + r] = c * apr - s * aqr
          a[q * k + r] = s * apr + c * aqr
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p] as number
          const vrq = v[r * k + q] as number
          v[r * k + p] = c * vrp - s * vrq
          v[r * k + q] = s * vrp + c * vrq
        }
      }
    }
  }
  const values = new Float64Array(k)
  for (let i = 0; i < k; i++) values[i] = a[i * k + i] as number
  return { values, vectors: v }
}

/**
 * Rank-`dim` truncated SVD of A by randomised range finding with power iterations; returns the left
 * singular vectors scaled by singular value^eig, rows L2-normalised.
 */
export function truncatedSvdRows(a: Csr, dim: number, powerIters: number, eig: number, seed: number): Float32Array {
  const k = dim + 8
  const rng = createRng(seed)
  const omega = new Float64Array(a.cols * k)
  for (let i = 0; i < omega.length; i++) omega[i] = rng() * 2 - 1
  let q = mulDense(a, omega, k)
  orthonormalize(q, a.rows, k)
  for (let it = 0; it < powerIters; it++) {
    const z = mulDenseT(a, q, k)
    orthonormalize(z, a.cols, k)
    q = mulDense(a, z, k)
    orthonormalize(q, a.rows, k)
  }
  // B = Qᵀ A (k × cols); B Bᵀ = U S² Uᵀ gives the left singular vectors as Q U.
  const bt = mulDenseT(a, q, k) // cols × k = Bᵀ
  const bbt = new Float64Array(k * k)
  for (let r = 0; r < a.cols; r++) {
    const o = r * k
    for (let i = 0; i < k; i++) {
      const x = bt[o + i] as number
      if (x === 0) continue
      for (let j = i; j < k; j++) bbt[i * k + j] = (bbt[i * k + j] as number) + x * (bt[o + j] as number)
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) bbt[i * k + j] = bbt[j * k + i] as number
  const { values, vectors } = symmetricEigen(bbt, k)
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => (values[y] as number) - (values[x] as number) || x - y)
  const out = new Float32Array(a.rows * dim)
  for (let r = 0; r < a.rows; r++) {
    let norm = 0
    for (let d = 0; d < dim; d++) {
      const e = order[d] as number
      let s = 0
      for (let i = 0; i < k; i++) s += (q[r * k + i] as number) * (vectors[i * k + e] as number)
      const x = s * Math.max(values[e] as number, 0) ** (eig / 2)
      out[r * dim + d] = x
      norm += x * x
    }
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dim; d++) out[r * dim + d] = (out[r * dim + d] as number) / norm
  }
  return out
}

/** Learns {@link WordEmbeddings} from tokenised documents. */
export function learnWordEmbeddings(docs: readonly (readonly Token[])[], options: Partial<EmbeddingOptions> = {}): WordEmbeddings {
  const o: EmbeddingOptions = { ...DEFAULT_EMBEDDING_OPTIONS, ...options }
  const words = buildVocabulary(docs, o.minCount, o.maxVocab)
  const index = new Map(words.map((w, i) => [w, i] as const))
  const m = ppmiMatrix(docs, index, o.window, o.cds)
  const vectors = truncatedSvdRows(m, o.dim, o.powerIters, o.eig, o.seed)
  return { words, index, dim: o.dim, vectors }
}

/**
 * Spherical k-means over unit vectors (cosine similarity), initialised with k-means++ from a seeded
 * source; returns the cluster of each row.
 */
export function kmeansClusters(vectors: Float32Array, dim: number, k: number, iterations: number, seed: number): Int32Array {
  const n = vectors.length / dim
  const rng = createRng(seed)
  const cent = new Float64Array(k * dim)
  const best = new Float64Array(n).fill(Infinity)
  let pick = Math.floor(rng() * n)
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < dim; d++) cent[c * dim + d] = vectors[pick * dim + d] as number
    let total = 0
    for (let i = 0; i < n; i++) {
      let dot = 0
      for (let d = 0; d < dim; d++) dot += (vectors[i * dim + d] as number) * (cent[c * dim + d] as number)
      const dist = Math.max(0, 2 - 2 * dot)
      if (dist < (best[i] as number)) best[i] = dist
      total += best[i] as number
    }
    let r = rng() * total
    pick = n - 1
    for (let i = 0; i < n; i++) {
      r -= best[i] as number
      if (r <= 0) {
        pick = i
        break
      }
    }
  }
  const assign = new Int32Array(n)
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let bestC = 0
      let bestDot = -Infinity
      for (let c = 0; c < k; c++) {
        let dot = 0
        for (let d = 0; d < dim; d++) dot += (vectors[i * dim + d] as number) * (cent[c * dim + d] as number)
        if (dot > bestDot) {
          bestDot = dot
          bestC = c
        }
      }
      assign[i] = bestC
    }
    cent.fill(0)
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number
      for (let d = 0; d < dim; d++) cent[c * dim + d] = (cent[c * dim + d] as number) + (vectors[i * dim + d] as number)
    }
    for (let c = 0; c < k; c++) {
      let norm = 0
      for (let d = 0; d < dim; d++) norm += (cent[c * dim + d] as number) ** 2
      norm = Math.sqrt(norm) || 1
      for (let d = 0; d < dim; d++) cent[c * dim + d] = (cent[c * dim + d] as number) / norm
    }
  }
  return assign
}
