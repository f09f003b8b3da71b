import { EMOTIONS, type Emotion, type EmotionScores, type Reading, type ReviewReason, SENTIMENT_LABELS, type SentimentLabel } from '../reader/reading.js'
import { type SparseVector, adapterFeatures, concatSparse, readingFeatures } from './adapter-features.js'
import type { AdapterWeights } from './adapter-weights.js'
import type { CorrectionMemory, Neighbour } from './correction-memory.js'

/** A workspace's adaptation: its promoted weights (if any) and the memory of its corrections. */
export interface Adaptation {
  /** Names the adaptation in `modelVersion`, e.g. "ws-3" (or "base" with only the memory). */
  readonly version: string
  readonly weights?: AdapterWeights
  readonly memory?: CorrectionMemory
  /** Overrides {@link MEMORY_MIN_SIMILARITY}. */
  readonly memoryMin?: number
  /**
   * Cues reviewers keep marking wrong in this workspace, as "kind:matched text" (lower case):
   * they are left out of its readings' cues.
   */
  readonly rejectedCues?: ReadonlySet<string>
}

/** The key of a cue in {@link Adaptation.rejectedCues}. */
export function cueKey(kind: string, matched: string): string {
  return `${kind}:${matched.trim().toLowerCase()}`
}

/** How close a message must be to a corrected one for the correction to carry over. */
export const MEMORY_MIN_SIMILARITY = 0.8
/** Corrected examples of a language after which the adapter reads it. */
export const LANGUAGE_MIN_EXAMPLES = 15

/** Why an adapted reading differs from the base reading. */
export interface AdaptationTrace {
  readonly version: string
  /** Corrected messages this one resembles, most similar first. */
  readonly neighbours: readonly { readonly id: string; readonly similarity: number; readonly label?: SentimentLabel }[]
  /** The base model's label before adaptation. */
  readonly baseLabel: SentimentLabel
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000
const logit = (p: number): number => Math.log((p + 1e-4) / (1 - p + 1e-4))
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/**
 * Applies a workspace's adaptation to a base reading of `text`: the learned weights shift the
 * sentiment log-odds and the corrected emotions, then corrections of near-identical messages pull
 * the result toward what people said. Label, score, confidence and the review flag follow.
 * Without weights and with no similar correction, the reading comes back unchanged.
 * `features` are the text's {@link adapterFeatures} when they were computed already (on the
 * thread that read the text, say): they cost as much as a tokenization of the text.
 */
export function adaptReading(reading: Reading, text: string, adaptation: Adaptation, features?: SparseVector): Reading & { readonly adaptation?: AdaptationTrace } {
  const rejected = adaptation.rejectedCues
  if (rejected !== undefined && rejected.size > 0 && reading.cues.some((c) => rejected.has(cueKey(c.kind, text.slice(c.start, c.end))))) {
    reading = { ...reading, cues: reading.cues.filter((c) => !rejected.has(cueKey(c.kind, text.slice(c.start, c.end)))) }
  }
  const w = adaptation.weights
  const memory = adaptation.memory
  if ((w === undefined && (memory === undefined || memory.size === 0)) || text.trim() === '') return reading
  const vec = features ?? adapterFeatures(text)
  const p = reading.sentiment.probabilities
  const z = [Math.log(p.negative + 1e-6), Math.log(p.neutral + 1e-6), Math.log(p.positive + 1e-6)]
  const e = EMOTIONS.map((name) => reading.emotions[name])
  const languageKnown = w !== undefined && (w.languages[reading.language] ?? 0) >= LANGUAGE_MIN_EXAMPLES
  const applies = reading.languageSupported || languageKnown
  if (w !== undefined && applies) {
    const all = concatSparse(vec, readingFeatures(reading))
    const bias = w.sentimentBias.get(reading.language)
    if (bias !== undefined) for (let c = 0; c < 3; c++) z[c] = (z[c] as number) + (bias[c] as number)
    const ez = e.map((v, k) => (w.emotionTrained[k] === true ? logit(v) + (w.emotionBias[k] as number) : 0))
    for (let i = 0; i < all.idx.length; i++) {
      const b = all.idx[i] as number
      const v = all.val[i] as number
      const s = w.sentiment.get(b)
      if (s !== undefined) for (let c = 0; c < 3; c++) z[c] = (z[c] as number) + (s[c] as number) * v
      const em = w.emotions.get(b)
      if (em !== undefined) for (let k = 0; k < EMOTIONS.length; k++) if (w.emotionTrained[k] === true) ez[k] = (ez[k] as number) + (em[k] as number) * v
    }
    for (let k = 0; k < EMOTIONS.length; k++) if (w.emotionTrained[k] === true) e[k] = sigmoid(ez[k] as number)
  }
  const m = Math.max(...z)
  const ex = z.map((x) => Math.exp(x - m))
  const sum = ex.reduce((a, b) => a + b, 0)
  let probs = ex.map((x) => x / sum)
  const tau = adaptation.memoryMin ?? MEMORY_MIN_SIMILARITY
  const neighbours: Neighbour[] = memory === undefined || memory.size === 0 ? [] : memory.nearest(vec, 5, tau)
  if (w === undefined && neighbours.length === 0) return reading
  const labelled = neighbours.filter((n) => n.label !== undefined)
  if (labelled.length > 0) {
    // Near-duplicates of a corrected message read as it was corrected; looser matches pull less.
    const top = (labelled[0] as Neighbour).similarity
    const lambda = 0.5 + 0.45 * Math.min(1, (top - tau) / (1 - tau))
    const q = [0, 0, 0]
    let total = 0
    for (const n of labelled) {
      const c = SENTIMENT_LABELS.indexOf(n.label as SentimentLabel)
      q[c] = (q[c] as number) + n.similarity
      total += n.similarity
    }
    probs = probs.map((x, c) => (1 - lambda) * x + (lambda * (q[c] as number)) / total)
  }
  for (let k = 0; k < EMOTIONS.length; k++) {
    const name = EMOTIONS[k] as Emotion
    let num = 0
    let den = 0
    for (const n of neighbours) {
      const v = n.emotions?.[name]
      if (v === undefined) continue
      num += n.similarity * v
      den += n.similarity
    }
    if (den > 0) {
      const lambda = 0.5 + 0.45 * Math.min(1, ((neighbours[0] as Neighbour).similarity - tau) / (1 - tau))
      e[k] = (1 - lambda) * (e[k] as number) + (lambda * num) / den
    }
  }
  let best = 1
  for (let c = 0; c < 3; c++) if ((probs[c] as number) > (probs[best] as number)) best = c
  const confidence = probs[best] as number
  const reasons: ReviewReason[] = reading.reviewReasons.filter((r) => r !== 'low-confidence' && !(r === 'unsupported-language' && languageKnown))
  // The base reading was flagged by its language's own threshold (which may sit above 0.5): the flag
  // stays while the adaptation keeps the label and is not clearly surer of it.
  const stillUnsure = reading.reviewReasons.includes('low-confidence') && SENTIMENT_LABELS[best] === reading.sentiment.label && confidence < reading.sentiment.confidence + 0.05
  if ((confidence < 0.5 || stillUnsure) && (applies || labelled.length > 0)) reasons.push('low-confidence')
  const emotions = Object.fromEntries(EMOTIONS.map((name, k) => [name, round(e[k] as number)])) as unknown as EmotionScores
  return {
    ...reading,
    sentiment: {
      label: SENTIMENT_LABELS[best] as SentimentLabel,
      score: round((probs[2] as number) - (probs[0] as number)),
      confidence: round(confidence),
      probabilities: { negative: round(probs[0] as number), neutral: round(probs[1] as number), positive: round(probs[2] as number) },
    },
    emotions,
    languageSupported: reading.languageSupported || languageKnown,
    needsReview: reasons.length > 0 && !(reasons.length === 1 && reasons[0] === 'truncated'),
    reviewReasons: reasons,
    modelVersion: `${reading.modelVersion}+${adaptation.version}`,
    adaptation: { version: adaptation.version, baseLabel: reading.sentiment.label, neighbours: neighbours.map((n) => ({ id: n.id, similarity: round(n.similarity), ...(n.label === undefined ? {} : { label: n.label }) })) },
  }
}
