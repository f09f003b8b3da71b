import type { DomainTerm } from '../domain/domain-profile.js'
import { createRng, shuffleInPlace } from '../model/rng.js'
import { EMOTIONS, type Emotion, type Reading, SENTIMENT_LABELS, type SentimentLabel } from '../reader/reading.js'
import { type SparseVector, adapterFeatures, concatSparse, readingFeatures } from './adapter-features.js'
import type { AdapterWeights } from './adapter-weights.js'

/** One reviewed message: its text, the base reading of it, and what a person said. */
export interface AdapterExample {
  readonly text: string
  /** The base model's reading (without any adaptation). */
  readonly reading: Reading
  readonly label?: SentimentLabel
  /** Corrected emotions, 0..1 (≥ 0.5 counts as present). */
  readonly emotions?: Partial<Record<Emotion, number>>
}

/** Options for {@link trainAdapter}; the defaults were chosen on the learning simulation. */
export interface TrainAdapterOptions {
  readonly version: string
  readonly seed?: number
  readonly epochs?: number
  /** AdaGrad step size. */
  readonly rate?: number
  /** L2 pull of each weight back to zero (the base model), per update. */
  readonly l2?: number
  /** L2 pull of the per-language bias back to zero; the bias moves every message of a language, so it is held tighter. */
  readonly biasL2?: number
  /** Most learned terms to report. */
  readonly maxTerms?: number
}

const logit = (p: number): number => Math.log((p + 1e-4) / (1 - p + 1e-4))

/**
 * Trains a workspace adapter: logistic corrections on top of the base model's log-odds, so the
 * adapter only has to learn where the workspace differs. Classes are weighted inversely to their
 * frequency (capped) because reviewers correct what the model gets wrong, not a balanced sample.
 * Deterministic for a given seed and example order.
 */
export function trainAdapter(examples: readonly AdapterExample[], options: TrainAdapterOptions): AdapterWeights {
  const epochs = options.epochs ?? 12
  const rate = options.rate ?? 0.4
  const l2 = options.l2 ?? 0.1
  const biasL2 = options.biasL2 ?? 0.1
  const words = new Map<number, string>()
  const docFreq = new Map<number, number>()
  const rows = examples.map((ex) => {
    const vec = concatSparse(adapterFeatures(ex.text, words), readingFeatures(ex.reading))
    for (const b of vec.idx) docFreq.set(b, (docFreq.get(b) ?? 0) + 1)
    const p = ex.reading.sentiment.probabilities
    return {
      vec,
      base: [Math.log(p.negative + 1e-6), Math.log(p.neutral + 1e-6), Math.log(p.positive + 1e-6)],
      y: ex.label === undefined ? -1 : SENTIMENT_LABELS.indexOf(ex.label),
      baseE: EMOTIONS.map((e) => logit(ex.reading.emotions[e])),
      yE: EMOTIONS.map((e) => (ex.emotions?.[e] === undefined ? -1 : (ex.emotions[e] as number) >= 0.5 ? 1 : 0)),
      language: ex.reading.language,
    }
  })
  const counts = [0, 0, 0]
  for (const r of rows) if (r.y >= 0) counts[r.y] = (counts[r.y] as number) + 1
  const labelled = counts.reduce((a, b) => a + b, 0)
  const classWeight = counts.map((n) => (n === 0 ? 1 : Math.min(3, Math.max(0.5, labelled / (3 * n)))))
  const emotionTrained = EMOTIONS.map((_, k) => rows.some((r) => (r.yE[k] as number) >= 0))

  const sentiment = new Map<number, Float32Array>()
  const sentimentG = new Map<number, Float32Array>()
  const emotions = new Map<number, Float32Array>()
  const emotionsG = new Map<number, Float32Array>()
  // One sentiment bias per language: a workspace's French customers may lean differently from
  // its English ones, and a bias learned on one must not shift how the other reads.
  const biases = new Map<string, Float32Array>()
  const biasesG = new Map<string, Float32Array>()
  const biasOf = (m: Map<string, Float32Array>, lang: string): Float32Array => {
    let v = m.get(lang)
    if (v === undefined) {
      v = new Float32Array(3)
      m.set(lang, v)
    }
    return v
  }
  const eBias = new Float32Array(EMOTIONS.length)
  const eBiasG = new Float32Array(EMOTIONS.length)
  const get = (m: Map<number, Float32Array>, b: number, k: number): Float32Array => {
    let v = m.get(b)
    if (v === undefined) {
      v = new Float32Array(k)
      m.set(b, v)
    }
    return v
  }
  const order = rows.map((_, i) => i)
  const rng = createRng(options.seed ?? 17)
  const z = [0, 0, 0]
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, rng)
    for (const i of order) {
      const r = rows[i] as (typeof rows)[number]
      const { idx, val } = r.vec as SparseVector
      if (r.y >= 0) {
        const bias = biasOf(biases, r.language)
        const biasG = biasOf(biasesG, r.language)
        for (let c = 0; c < 3; c++) z[c] = (r.base[c] as number) + (bias[c] as number)
        for (let j = 0; j < idx.length; j++) {
          const w = sentiment.get(idx[j] as number)
          if (w !== undefined) for (let c = 0; c < 3; c++) z[c] = (z[c] as number) + (w[c] as number) * (val[j] as number)
        }
        const m = Math.max(z[0] as number, z[1] as number, z[2] as number)
        const ex = z.map((x) => Math.exp(x - m))
        const s = (ex[0] as number) + (ex[1] as number) + (ex[2] as number)
        const cw = classWeight[r.y] as number
        for (let c = 0; c < 3; c++) {
          const g = cw * ((ex[c] as number) / s - (c === r.y ? 1 : 0))
          const gb = g + biasL2 * (bias[c] as number)
          biasG[c] = (biasG[c] as number) + gb * gb
          bias[c] = (bias[c] as number) - (rate * gb) / Math.sqrt((biasG[c] as number) + 1e-8)
          for (let j = 0; j < idx.length; j++) {
            const b = idx[j] as number
            const w = get(sentiment, b, 3)
            const G = get(sentimentG, b, 3)
            const gj = g * (val[j] as number) + l2 * (w[c] as number)
            G[c] = (G[c] as number) + gj * gj
            w[c] = (w[c] as number) - (rate * gj) / Math.sqrt((G[c] as number) + 1e-8)
          }
        }
      }
      for (let k = 0; k < EMOTIONS.length; k++) {
        const y = r.yE[k] as number
        if (y < 0) continue
        let ze = (r.baseE[k] as number) + (eBias[k] as number)
        for (let j = 0; j < idx.length; j++) {
          const w = emotions.get(idx[j] as number)
          if (w !== undefined) ze += (w[k] as number) * (val[j] as number)
        }
        const g = 1 / (1 + Math.exp(-ze)) - y
        eBiasG[k] = (eBiasG[k] as number) + g * g
        eBias[k] = (eBias[k] as number) - (rate * g) / Math.sqrt((eBiasG[k] as number) + 1e-8)
        for (let j = 0; j < idx.length; j++) {
          const b = idx[j] as number
          const w = get(emotions, b, EMOTIONS.length)
          const G = get(emotionsG, b, EMOTIONS.length)
          const gj = g * (val[j] as number) + l2 * (w[k] as number)
          G[k] = (G[k] as number) + gj * gj
          w[k] = (w[k] as number) - (rate * gj) / Math.sqrt((G[k] as number) + 1e-8)
        }
      }
    }
  }
  const languages: Record<string, number> = {}
  for (const r of rows) if (r.y >= 0) languages[r.language] = (languages[r.language] ?? 0) + 1
  return {
    version: options.version,
    sentiment,
    sentimentBias: biases,
    emotions,
    emotionBias: eBias,
    emotionTrained,
    languages,
    terms: learnedTerms(sentiment, words, docFreq, options.maxTerms ?? 25),
    examples: rows.length,
  }
}

/** Words whose learned weights lean clearly one way, seen in at least two corrected messages. */
function learnedTerms(weights: ReadonlyMap<number, Float32Array>, words: ReadonlyMap<number, string>, docFreq: ReadonlyMap<number, number>, max: number): DomainTerm[] {
  const out: { word: string; lean: number; n: number }[] = []
  for (const [b, word] of words) {
    const w = weights.get(b)
    const n = docFreq.get(b) ?? 0
    if (w === undefined || n < 2 || !/^\p{L}[\p{L}'-]*$/u.test(word)) continue
    const lean = (w[2] as number) - (w[0] as number)
    if (Math.abs(lean) >= 0.3) out.push({ word, lean, n })
  }
  out.sort((a, b) => Math.abs(b.lean) - Math.abs(a.lean) || (a.word < b.word ? -1 : 1))
  return out.slice(0, max).map((t) => ({ pattern: t.word, polarity: Math.round(Math.tanh(t.lean) * 100) / 100, source: 'learned', note: `learned from ${t.n} corrected messages` }))
}
