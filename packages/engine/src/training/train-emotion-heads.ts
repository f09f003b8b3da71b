import {
  type EmotionHeadsModel,
  GOEMOTIONS_LABELS,
  HEAD_COUNT,
  HEAD_DENSE_COUNT,
  HEAD_NAMES,
  type HeadBlock,
  headDenseInputs,
  headLogits,
} from '../model/emotion-heads.js'
import { pearson } from '../model/classification-metrics.js'
import { FeatureBuffer } from '../model/feature-buffer.js'
import { hashString } from '../model/hash.js'
import { sigmoid } from '../model/sigmoid.js'
import { quantizeHeadWeights } from '../model/model-codec.js'
import { createRng, type Rng, shuffleInPlace } from '../model/rng.js'
import { type SentimentModel, SentimentScratch, predictSentiment, sentimentFeatures } from '../model/sentiment-model.js'
import type { Token } from '../text/token.js'
import { tokenize } from '../text/tokenize.js'
import { unescapeHtml } from './train-sentiment.js'

// ---------------------------------------------------------------------------------------------
// Label mappings (documented; see also the report in scripts/exp-emotions.ts)
// ---------------------------------------------------------------------------------------------

/**
 * GoEmotions labels that count as each of our learned emotions (a row is positive for an emotion when
 * it carries any of its labels, negative otherwise). Why:
 * - frustration ← annoyance: GoEmotions' "annoyance" (mild anger, irritation) is what support calls frustration.
 * - anger ← anger, disgust: strong hostility; disgust in complaints is revulsion at the service ("this is disgusting").
 * - confusion ← confusion only: "curiosity" is mostly neutral questions, which are not confusion in support text.
 * - satisfaction ← joy, admiration, approval, relief, love: being pleased with something / someone
 *   ("works now, great", "love the app"); excitement and optimism are about the future, not a verdict.
 * - gratitude ← gratitude.
 * - disappointment ← disappointment, sadness: expectations let down; sadness in complaints is the same feeling.
 * `urgency` and `sarcasm` have no GoEmotions labels (masked).
 */
export const GOEMOTIONS_TO_HEADS: Readonly<Record<string, readonly string[]>> = {
  frustration: ['annoyance'],
  anger: ['anger', 'disgust'],
  confusion: ['confusion'],
  satisfaction: ['joy', 'admiration', 'approval', 'relief', 'love'],
  gratitude: ['gratitude'],
  disappointment: ['disappointment', 'sadness'],
}

/**
 * TweetEval-emotion (single label per tweet) → targets for our heads; heads not listed are unknown
 * (masked, no gradient). anger → anger; joy → satisfaction; sadness → disappointment; optimism says
 * only that the tweet is not angry / let down. Single-label data can only rule out the opposite
 * valence, so e.g. an anger tweet is not satisfaction but may well be disappointment (masked).
 */
export const TWEETEVAL_EMOTION_TO_HEADS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  anger: { anger: 1, satisfaction: 0, gratitude: 0 },
  joy: { satisfaction: 1, anger: 0, frustration: 0, disappointment: 0 },
  optimism: { anger: 0, frustration: 0, disappointment: 0 },
  sadness: { disappointment: 1, satisfaction: 0 },
}

/** Maps a MOOC urgency rating (1–7) to the head's 0..1 target. */
export function urgencyTarget(score: number): number {
  return (Math.min(7, Math.max(1, score)) - 1) / 6
}

// ---------------------------------------------------------------------------------------------
// Featurisation
// ---------------------------------------------------------------------------------------------

/** A featurised message: the sentiment feature vector plus the dense head inputs. */
export interface HeadExample {
  readonly indices: Int32Array
  readonly values: Float32Array
  readonly dense: Float32Array
}

/**
 * Featurises texts exactly as the reader will: tokenise (after HTML unescaping), cue kinds, the
 * sentiment model's feature vector, and the dense inputs from the sentiment model's probabilities.
 */
export function featurizeHeadTexts(
  texts: readonly string[],
  sentiment: SentimentModel,
  cueKindsOf?: (text: string, tokens: readonly Token[]) => string[],
): HeadExample[] {
  const scratch = new SentimentScratch()
  const out: HeadExample[] = []
  for (const raw of texts) {
    const text = unescapeHtml(raw)
    const tokens = tokenize(text)
    const kinds = cueKindsOf ? cueKindsOf(text, tokens) : []
    const p = predictSentiment(sentiment, tokens, kinds, scratch)
    const dense = new Float32Array(HEAD_DENSE_COUNT)
    headDenseInputs(p.negative, p.positive, tokens.length, dense)
    const snap = sentimentFeatures(sentiment, tokens, kinds, scratch).snapshot()
    out.push({ indices: snap.indices, values: snap.values, dense })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Training a block of heads
// ---------------------------------------------------------------------------------------------

/** Hyper-parameters of one block of heads. */
export interface HeadRecipe {
  readonly epochs: number
  readonly learningRate: number
  readonly l2: number
  /** Runs on differently shuffled orders, averaged. */
  readonly bags: number
  /** Positive-class loss weight of a logistic head = min(maxPosWeight, (neg/pos)^posWeightPower). */
  readonly posWeightPower: number
  readonly maxPosWeight: number
  /** Scale of the dense inputs (0 switches them off). */
  readonly denseScale: number
  /** Polyak-average the weights over steps. */
  readonly average: boolean
  /**
   * One softmax over all heads (targets = the row's labels, spread evenly) instead of independent
   * sigmoids; for mostly single-label taxonomies such as GoEmotions. Class weights then follow
   * (total / (k · count))^posWeightPower, capped at maxPosWeight.
   */
  readonly softmax?: boolean
}

export const DEFAULT_HEAD_RECIPE: HeadRecipe = {
  epochs: 4,
  learningRate: 0.1,
  l2: 0,
  bags: 2,
  posWeightPower: 0.5,
  maxPosWeight: 10,
  denseScale: 1,
  average: false,
}

/** Training targets of one block: `targets[i * k + h]`, NaN = unknown (no gradient). */
export interface HeadTargets {
  readonly k: number
  readonly targets: Float32Array
  /** Per-example loss weight (default 1). */
  readonly weights?: Float32Array
}

/** Raw weights of a trained block (before calibration). */
export interface RawHeads {
  readonly weights: Float32Array
  readonly bias: Float32Array
  readonly dense: Float32Array
}

/**
 * Trains k independent linear heads (logistic or squared loss) with AdaGrad over the same sparse
 * features. Deterministic for a given rng. `bits` is the (possibly folded) bucket space.
 */
export function trainHeadsOnce(
  examples: readonly HeadExample[],
  t: HeadTargets,
  kinds: readonly ('logistic' | 'regression')[],
  bits: number,
  recipe: HeadRecipe,
  rng: Rng,
): RawHeads {
  const k = t.k
  const dim = 1 << bits
  const fold = dim - 1
  const w = new Float64Array(dim * k)
  const g2 = new Float32Array(dim * k)
  const acc = recipe.average ? new Float64Array(dim * k) : undefined
  const b = new Float64Array(k)
  const bG2 = new Float64Array(k)
  const dw = new Float64Array(k * HEAD_DENSE_COUNT)
  const dG2 = new Float64Array(k * HEAD_DENSE_COUNT)
  // Positive weights of logistic heads from label frequencies.
  const pos = new Float64Array(k)
  const neg = new Float64Array(k)
  for (let i = 0; i < examples.length; i++) {
    for (let h = 0; h < k; h++) {
      const y = t.targets[i * k + h] as number
      if (Number.isNaN(y)) continue
      if (y >= 0.5) pos[h] = (pos[h] as number) + 1
      else neg[h] = (neg[h] as number) + 1
    }
  }
  const pw = Array.from(pos, (p, h) =>
    kinds[h] === 'regression' || p === 0 ? 1 : Math.min(recipe.maxPosWeight, Math.max(1, ((neg[h] as number) / p) ** recipe.posWeightPower)),
  )
  const softmax = recipe.softmax === true
  let total = 0
  for (let h = 0; h < k; h++) total += pos[h] as number
  const cw = Array.from(pos, (p) => (p > 0 ? Math.min(recipe.maxPosWeight, (total / (k * p)) ** recipe.posWeightPower) : 1))
  const order = examples.map((_, i) => i)
  const z = new Float64Array(k)
  const g = new Float64Array(k)
  const active = new Int32Array(k)
  const ds = recipe.denseScale
  const l2 = recipe.l2
  let step = 1
  for (let epoch = 0; epoch < recipe.epochs; epoch++) {
    shuffleInPlace(order, rng)
    const lr = recipe.learningRate / Math.sqrt(1 + epoch * 0.5)
    for (const n of order) {
      const ex = examples[n] as HeadExample
      const exw = t.weights === undefined ? 1 : (t.weights[n] as number)
      let na = 0
      for (let h = 0; h < k; h++) if (!Number.isNaN(t.targets[n * k + h] as number)) active[na++] = h
      if (na === 0) continue
      const idx = ex.indices
      const val = ex.values
      for (let a = 0; a < na; a++) {
        const h = active[a] as number
        let s = b[h] as number
        if (ds > 0) for (let d = 0; d < HEAD_DENSE_COUNT; d++) s += (dw[h * HEAD_DENSE_COUNT + d] as number) * (ex.dense[d] as number) * ds
        z[h] = s
      }
      for (let i = 0; i < idx.length; i++) {
        const base = ((idx[i] as number) & fold) * k
        const v = val[i] as number
        for (let a = 0; a < na; a++) {
          const h = active[a] as number
          z[h] = (z[h] as number) + (w[base + h] as number) * v
        }
      }
      if (softmax) {
        let m = Number.NEGATIVE_INFINITY
        let ysum = 0
        let cwt = 0
        for (let h = 0; h < k; h++) {
          if ((z[h] as number) > m) m = z[h] as number
          const y = t.targets[n * k + h] as number
          ysum += y
          cwt += y * (cw[h] as number)
        }
        let se = 0
        for (let h = 0; h < k; h++) se += Math.exp((z[h] as number) - m)
        const sc = (ysum > 0 ? cwt / ysum : 1) * exw
        for (let h = 0; h < k; h++) {
          const y = ysum > 0 ? (t.targets[n * k + h] as number) / ysum : 0
          g[h] = (Math.exp((z[h] as number) - m) / se - y) * sc
        }
      } else {
        for (let a = 0; a < na; a++) {
          const h = active[a] as number
          const y = t.targets[n * k + h] as number
          if (kinds[h] === 'regression') g[h] = ((z[h] as number) - y) * exw
          else g[h] = (sigmoid(z[h] as number) - y) * (y >= 0.5 ? (pw[h] as number) : 1) * exw
        }
      }
      for (let i = 0; i < idx.length; i++) {
        const base = ((idx[i] as number) & fold) * k
        const v = val[i] as number
        for (let a = 0; a < na; a++) {
          const h = active[a] as number
          const j = base + h
          const wj = w[j] as number
          const gj = (g[h] as number) * v + l2 * wj
          if (gj === 0) continue
          const hh = (g2[j] as number) + gj * gj
          g2[j] = hh
          const d = (lr * gj) / (Math.sqrt(hh) + 1e-8)
          w[j] = wj - d
          if (acc !== undefined) acc[j] = (acc[j] as number) + step * d
        }
      }
      for (let a = 0; a < na; a++) {
        const h = active[a] as number
        const gh = g[h] as number
        bG2[h] = (bG2[h] as number) + gh * gh
        b[h] = (b[h] as number) - (lr * gh) / (Math.sqrt(bG2[h] as number) + 1e-8)
        if (ds > 0) {
          for (let d = 0; d < HEAD_DENSE_COUNT; d++) {
            const j = h * HEAD_DENSE_COUNT + d
            const gd = gh * (ex.dense[d] as number) * ds
            dG2[j] = (dG2[j] as number) + gd * gd
            if ((dG2[j] as number) > 0) dw[j] = (dw[j] as number) - (lr * gd) / (Math.sqrt(dG2[j] as number) + 1e-8)
          }
        }
      }
      step++
    }
  }
  const weights = new Float32Array(dim * k)
  for (let j = 0; j < w.length; j++) weights[j] = acc !== undefined ? (w[j] as number) + (acc[j] as number) / step : (w[j] as number)
  const dense = new Float32Array(k * HEAD_DENSE_COUNT)
  for (let j = 0; j < dense.length; j++) dense[j] = (dw[j] as number) * ds
  return { weights, bias: Float32Array.from(b), dense }
}

/** {@link trainHeadsOnce} averaged over `recipe.bags` seeds derived from `seed`. */
export function trainHeads(
  examples: readonly HeadExample[],
  t: HeadTargets,
  kinds: readonly ('logistic' | 'regression')[],
  bits: number,
  recipe: HeadRecipe,
  seed: number,
): RawHeads {
  const bags = Math.max(1, recipe.bags)
  let sum: { weights: Float32Array; bias: Float32Array; dense: Float32Array } | undefined
  for (let bag = 0; bag < bags; bag++) {
    const m = trainHeadsOnce(examples, t, kinds, bits, recipe, createRng((seed + bag * 0x9e3779b9) >>> 0))
    if (sum === undefined) sum = { weights: m.weights, bias: m.bias, dense: m.dense }
    else {
      for (let j = 0; j < sum.weights.length; j++) sum.weights[j] = (sum.weights[j] as number) + (m.weights[j] as number)
      for (let j = 0; j < sum.bias.length; j++) sum.bias[j] = (sum.bias[j] as number) + (m.bias[j] as number)
      for (let j = 0; j < sum.dense.length; j++) sum.dense[j] = (sum.dense[j] as number) + (m.dense[j] as number)
    }
  }
  const s = sum as RawHeads
  if (bags > 1) {
    for (let j = 0; j < s.weights.length; j++) s.weights[j] = (s.weights[j] as number) / bags
    for (let j = 0; j < s.bias.length; j++) s.bias[j] = (s.bias[j] as number) / bags
    for (let j = 0; j < s.dense.length; j++) s.dense[j] = (s.dense[j] as number) / bags
  }
  return s
}

// ---------------------------------------------------------------------------------------------
// Calibration and thresholds
// ---------------------------------------------------------------------------------------------

/**
 * Platt scaling: fits p = σ(a·z + b) to binary labels by Newton's method on the log-loss (with
 * Platt's smoothed targets). Returns [a, b].
 */
export function fitPlatt(z: ArrayLike<number>, y: ArrayLike<number>): [number, number] {
  const n = z.length
  let np = 0
  for (let i = 0; i < n; i++) if ((y[i] as number) >= 0.5) np++
  const nn = n - np
  const tp = (np + 1) / (np + 2)
  const tn = 1 / (nn + 2)
  let a = 1
  let b = 0
  for (let it = 0; it < 100; it++) {
    let ga = 0
    let gb = 0
    let haa = 1e-9
    let hab = 0
    let hbb = 1e-9
    for (let i = 0; i < n; i++) {
      const zi = z[i] as number
      const p = sigmoid(a * zi + b)
      const t = (y[i] as number) >= 0.5 ? tp : tn
      const d = p - t
      const wgt = p * (1 - p)
      ga += d * zi
      gb += d
      haa += wgt * zi * zi
      hab += wgt * zi
      hbb += wgt
    }
    const det = haa * hbb - hab * hab
    if (Math.abs(det) < 1e-18) break
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    a -= da
    b -= db
    if (Math.abs(da) + Math.abs(db) < 1e-9) break
  }
  return [a, b]
}

/** Least-squares line mapping scores z to targets y. Returns [a, b]. */
export function fitLine(z: ArrayLike<number>, y: ArrayLike<number>): [number, number] {
  const n = z.length
  let mz = 0
  let my = 0
  for (let i = 0; i < n; i++) {
    mz += z[i] as number
    my += y[i] as number
  }
  mz /= n
  my /= n
  let szz = 0
  let szy = 0
  for (let i = 0; i < n; i++) {
    const dz = (z[i] as number) - mz
    szz += dz * dz
    szy += dz * ((y[i] as number) - my)
  }
  const a = szz > 0 ? szy / szz : 0
  return [a, my - a * mz]
}

/**
 * The honest F1 of a tuned threshold: chosen on one half of the rows (by index parity), measured on
 * the other, both ways, averaged. Reporting F1 at a threshold tuned on the same rows flatters it.
 */
export function crossFittedF1(scores: readonly number[], gold: readonly number[]): number {
  let sum = 0
  for (const part of [0, 1]) {
    const fit = scores.map((_, i) => i).filter((i) => i % 2 !== part)
    const held = scores.map((_, i) => i).filter((i) => i % 2 === part)
    const t = tuneThreshold(fit.map((i) => scores[i] as number), fit.map((i) => gold[i] as number)).threshold
    sum += f1At(held.map((i) => scores[i] as number), held.map((i) => gold[i] as number), t) / 2
  }
  return sum
}

/** F1 of the positive class when predicting `score >= threshold`. */
export function f1At(scores: ArrayLike<number>, gold: ArrayLike<number>, threshold: number): number {
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < scores.length; i++) {
    const p = (scores[i] as number) >= threshold
    const g = (gold[i] as number) >= 0.5
    if (p && g) tp++
    else if (p) fp++
    else if (g) fn++
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}

/**
 * The threshold on `scores` that maximises the positive class's F1 against `gold` (0/1). Candidates
 * are midpoints between consecutive distinct scores; ties go to the higher threshold (fewer alerts).
 * Returns the threshold and its F1.
 */
export function tuneThreshold(scores: ArrayLike<number>, gold: ArrayLike<number>): { threshold: number; f1: number } {
  const n = scores.length
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number))
  let totalPos = 0
  for (let i = 0; i < n; i++) if ((gold[i] as number) >= 0.5) totalPos++
  if (totalPos === 0 || n === 0) return { threshold: 1, f1: 0 }
  let tp = 0
  let fp = 0
  let best = { threshold: 1, f1: 0 }
  for (let r = 0; r < n; r++) {
    const i = order[r] as number
    if ((gold[i] as number) >= 0.5) tp++
    else fp++
    const s = scores[i] as number
    const next = r + 1 < n ? (scores[order[r + 1] as number] as number) : Number.NEGATIVE_INFINITY
    if (next === s) continue // cut only between distinct scores
    const f1 = (2 * tp) / (tp + fp + totalPos)
    if (f1 > best.f1 + 1e-12) best = { threshold: next === Number.NEGATIVE_INFINITY ? s : (s + next) / 2, f1 }
  }
  return best
}

/** Logits of a raw (uncalibrated) block for featurised examples: `out[i * k + h]`. */
export function blockLogits(block: Pick<HeadBlock, 'names' | 'bits' | 'weights' | 'bias' | 'dense' | 'softmax'>, examples: readonly HeadExample[]): Float64Array {
  const k = block.names.length
  const out = new Float64Array(examples.length * k)
  const buf = new FeatureBuffer(1)
  const z = new Float64Array(k)
  const full = { ...block, kinds: [], calA: new Float32Array(0), calB: new Float32Array(0), thresholds: new Float32Array(0) } as HeadBlock
  examples.forEach((ex, i) => {
    buf.indices = ex.indices
    buf.values = ex.values
    buf.length = ex.indices.length
    headLogits(full, buf, ex.dense, z)
    out.set(z, i * k)
  })
  return out
}

/**
 * Calibrates a raw block on validation targets (`targets[i * k + h]`, NaN = unknown): Platt scaling
 * for logistic heads, a least-squares line for regression heads, then per-head F1-optimal thresholds
 * on the calibrated output (regression heads: against `target ≥ regressionPositive`).
 */
export function calibrateBlock(
  names: readonly string[],
  kinds: readonly ('logistic' | 'regression')[],
  bits: number,
  raw: RawHeads,
  validation: readonly HeadExample[],
  targets: Float32Array,
  regressionPositive = urgencyTarget(5),
  softmax = false,
): HeadBlock {
  const k = names.length
  const z = blockLogits({ names, bits, ...raw, softmax }, validation)
  const calA = new Float32Array(k).fill(1)
  const calB = new Float32Array(k)
  const thresholds = new Float32Array(k).fill(0.5)
  for (let h = 0; h < k; h++) {
    const zs: number[] = []
    const ys: number[] = []
    for (let i = 0; i < validation.length; i++) {
      const y = targets[i * k + h] as number
      if (Number.isNaN(y)) continue
      zs.push(z[i * k + h] as number)
      ys.push(y)
    }
    if (zs.length === 0) continue
    if (kinds[h] === 'regression') {
      const [a, b] = fitLine(zs, ys)
      calA[h] = a
      calB[h] = b
      const out = zs.map((v) => Math.min(1, Math.max(0, a * v + b)))
      thresholds[h] = tuneThreshold(out, ys.map((y) => (y >= regressionPositive - 1e-9 ? 1 : 0))).threshold
    } else {
      const [a, b] = fitPlatt(zs, ys)
      calA[h] = a
      calB[h] = b
      thresholds[h] = tuneThreshold(zs.map((v) => sigmoid(a * v + b)), ys).threshold
    }
  }
  const block: HeadBlock = { names, kinds, bits, weights: raw.weights, bias: raw.bias, dense: raw.dense, calA, calB, thresholds }
  return softmax ? { ...block, softmax } : block
}

/** Calibrated outputs of a block for featurised examples: `out[i * k + h]`. */
export function blockOutputs(block: HeadBlock, examples: readonly HeadExample[]): Float64Array {
  const k = block.names.length
  const z = blockLogits(block, examples)
  for (let i = 0; i < examples.length; i++) {
    for (let h = 0; h < k; h++) {
      const s = (block.calA[h] as number) * (z[i * k + h] as number) + (block.calB[h] as number)
      z[i * k + h] = block.kinds[h] === 'regression' ? Math.min(1, Math.max(0, s)) : sigmoid(s)
    }
  }
  return z
}

// ---------------------------------------------------------------------------------------------
// The whole thing: data sets → EmotionHeadsModel
// ---------------------------------------------------------------------------------------------

/** Parsed rows of the (shippable) data sets the heads are trained on. */
export interface EmotionHeadSets {
  /** goemotions train: `{text, labels}`. */
  readonly goemotions: readonly { readonly text: string; readonly labels: readonly string[] }[]
  /** tweeteval-emotion train: `{text, label}` (anger/joy/optimism/sadness). */
  readonly tweetevalEmotion?: readonly { readonly text: string; readonly label: string }[]
  /** isarcasmeval-en train: `{text, label, rephrase?}` (sarcastic/not_sarcastic). */
  readonly isarcasm: readonly { readonly text: string; readonly label: string; readonly rephrase?: string | null }[]
  /** mooc-forum-urgency train: `{text, score}` (1–7). */
  readonly mooc: readonly { readonly text: string; readonly score: number }[]
}

/** Validation rows for calibration and thresholds (never trained on). */
export interface EmotionHeadValidation {
  /** goemotions validation: calibrates the six GoEmotions-mapped heads and the 28-label block. */
  readonly goemotions: readonly { readonly text: string; readonly labels: readonly string[] }[]
  /** mooc-forum-urgency validation: calibrates urgency. */
  readonly mooc: readonly { readonly text: string; readonly score: number }[]
}

/** Everything that decides the heads besides data and seed. */
export interface EmotionHeadsRecipe {
  readonly emotions: HeadRecipe
  readonly sarcasm: HeadRecipe
  readonly urgency: HeadRecipe
  readonly goemotions: HeadRecipe
  /** Bucket bits of the on-demand GoEmotions block (sentiment indices folded to this width). */
  readonly goemotionsBits: number
  /** Stored code width of the GoEmotions block: 8 (int8) or 4 (half the size, slightly less accurate). */
  readonly goemotionsCodeBits: 4 | 8
  /**
   * Bucket bits of the always-on heads (sentiment indices folded to this width; at most the
   * sentiment model's bits). Costs nothing at reading time: the predictor unfolds them into its
   * table; it only shrinks the file.
   */
  readonly headsBits: number
  /** Loss weight of TweetEval-emotion rows in the emotion heads (0 = unused). */
  readonly tweetevalEmotionWeight: number
  /** Loss weight of the authors' non-sarcastic rephrases of sarcastic tweets (extra negatives; 0 = unused). */
  readonly rephraseWeight: number
  /** Folds of the sarcasm cross-validation that sets its Platt scaling and threshold. */
  readonly sarcasmFolds: number
  /** λ of the exact ridge regression that trains urgency (0 = AdaGrad with `urgency` instead). */
  readonly urgencyRidge: number
}

export const DEFAULT_EMOTION_HEADS_RECIPE: EmotionHeadsRecipe = {
  emotions: { ...DEFAULT_HEAD_RECIPE, epochs: 3, bags: 1 },
  sarcasm: { ...DEFAULT_HEAD_RECIPE },
  urgency: { ...DEFAULT_HEAD_RECIPE, epochs: 20, learningRate: 0.01, bags: 1, denseScale: 3 },
  // Bagging (6 shuffles averaged) is what lifts the 28-label block most: about +0.015 macro-F1 on
  // validation over one run (scripts/exp-go.ts); 18 bits (unfolded) another +0.005 over 16.
  goemotions: { ...DEFAULT_HEAD_RECIPE, epochs: 3, learningRate: 0.15, bags: 6, softmax: true },
  goemotionsBits: 18,
  goemotionsCodeBits: 8,
  // 16 bits would cut the always-on file from 2.8 to 0.7 MB but costs sarcasm (0.433 → 0.426 CV F1)
  // and anger (0.489 → 0.476 F1).
  headsBits: 18,
  tweetevalEmotionWeight: 0.5,
  rephraseWeight: 0,
  sarcasmFolds: 5,
  urgencyRidge: 1,
}

export interface TrainEmotionHeadsOptions {
  readonly seed: number
  readonly cueKindsOf?: (text: string, tokens: readonly Token[]) => string[]
  readonly recipe?: Partial<EmotionHeadsRecipe>
  /** Skip the on-demand GoEmotions block. */
  readonly skipGoemotions?: boolean
  readonly log?: (line: string) => void
}

/** Validation figures computed while training (for provenance / the model card). */
export interface EmotionHeadsReport {
  /** F1 per head on its validation data (sarcasm: cross-validated on the train set). */
  readonly headF1: Record<string, number>
  /** Pearson r of urgency vs the 1–7 ratings on MOOC validation. */
  readonly urgencyPearson: number
  /** GoEmotions 28-label macro-F1 at tuned thresholds, and per-label F1. */
  readonly goemotionsMacroF1?: number
  /** The same with each threshold chosen on the other half of validation (the figure to quote). */
  readonly goemotionsMacroF1CrossFitted?: number
  readonly goemotionsF1?: Record<string, number>
}

/** Multi-hot GoEmotions-mapped targets for the always-on heads (NaN for urgency and sarcasm). */
export function goemotionsHeadTargets(labels: readonly string[], out: Float32Array, offset: number): void {
  for (let h = 0; h < HEAD_COUNT; h++) {
    const name = HEAD_NAMES[h] as string
    const src = GOEMOTIONS_TO_HEADS[name]
    out[offset + h] = src === undefined ? Number.NaN : labels.some((l) => src.includes(l)) ? 1 : 0
  }
}

/** Deterministic fold (0..folds−1) of a text, for cross-validation without a validation split. */
export function foldOf(text: string, folds: number): number {
  return hashString(text, 0x5eed) % folds
}

/**
 * Trains the always-on heads (7 emotions incl. urgency, sarcasm) and the on-demand GoEmotions block
 * on the sentiment model's feature space. Deterministic for a seed. Calibration: GoEmotions
 * validation (six emotions, 28 labels), MOOC validation (urgency), cross-validation folds of the
 * iSarcasmEval train set (sarcasm).
 */
export function trainEmotionHeads(
  sentiment: SentimentModel,
  sets: EmotionHeadSets,
  validation: EmotionHeadValidation,
  opts: TrainEmotionHeadsOptions,
): { model: EmotionHeadsModel; report: EmotionHeadsReport } {
  const recipe: EmotionHeadsRecipe = { ...DEFAULT_EMOTION_HEADS_RECIPE, ...opts.recipe }
  const bits = Math.min(recipe.headsBits, sentiment.features.bits)
  const log = opts.log
  const feat = (texts: readonly string[]) => featurizeHeadTexts(texts, sentiment, opts.cueKindsOf)
  const k = HEAD_COUNT
  const kinds = HEAD_NAMES.map((n) => (n === 'urgency' ? 'regression' : 'logistic')) as ('logistic' | 'regression')[]
  const H = Object.fromEntries(HEAD_NAMES.map((n, i) => [n, i])) as Record<string, number>

  // --- emotions: GoEmotions (+ TweetEval-emotion) ---
  const emoTexts: string[] = []
  const emoT: number[] = []
  const emoW: number[] = []
  const row = new Float32Array(k)
  for (const r of sets.goemotions) {
    goemotionsHeadTargets(r.labels, row, 0)
    emoTexts.push(r.text)
    emoT.push(...row)
    emoW.push(1)
  }
  if (recipe.tweetevalEmotionWeight > 0) {
    for (const r of sets.tweetevalEmotion ?? []) {
      const map = TWEETEVAL_EMOTION_TO_HEADS[r.label]
      if (map === undefined) continue
      row.fill(Number.NaN)
      for (const [name, y] of Object.entries(map)) row[H[name] as number] = y
      emoTexts.push(r.text)
      emoT.push(...row)
      emoW.push(recipe.tweetevalEmotionWeight)
    }
  }
  const emoX = feat(emoTexts)
  const goVal = feat(validation.goemotions.map((r) => r.text))
  const goValT = new Float32Array(goVal.length * k)
  validation.goemotions.forEach((r, i) => {
    goemotionsHeadTargets(r.labels, goValT, i * k)
  })
  log?.(`emotion heads: ${emoX.length} rows`)
  const emoRaw = trainHeads(emoX, { k, targets: Float32Array.from(emoT), weights: Float32Array.from(emoW) }, kinds, bits, recipe.emotions, opts.seed)

  // --- urgency: MOOC ---
  const moocX = feat(sets.mooc.map((r) => r.text))
  const moocT = new Float32Array(moocX.length * k).fill(Number.NaN)
  sets.mooc.forEach((r, i) => {
    moocT[i * k + (H.urgency as number)] = urgencyTarget(r.score)
  })
  log?.(`urgency head: ${moocX.length} rows`)
  let urgRaw: RawHeads
  if (recipe.urgencyRidge <= 0) urgRaw = trainHeads(moocX, { k, targets: moocT }, kinds, bits, recipe.urgency, opts.seed + 1)
  else {
    const r = trainRidgeHead(moocX, sets.mooc.map((row) => urgencyTarget(row.score)), bits, recipe.urgencyRidge)
    const u = H.urgency as number
    const w = new Float32Array((1 << bits) * k)
    for (let j = 0; j < r.weights.length; j++) w[j * k + u] = r.weights[j] as number
    const bias = new Float32Array(k)
    bias[u] = r.bias
    const dense = new Float32Array(k * HEAD_DENSE_COUNT)
    for (let d = 0; d < HEAD_DENSE_COUNT; d++) dense[u * HEAD_DENSE_COUNT + d] = r.dense[d] as number
    urgRaw = { weights: w, bias, dense }
  }
  const moocVal = feat(validation.mooc.map((r) => r.text))
  const moocValT = new Float32Array(moocVal.length * k).fill(Number.NaN)
  validation.mooc.forEach((r, i) => {
    moocValT[i * k + (H.urgency as number)] = urgencyTarget(r.score)
  })

  // --- sarcasm: iSarcasmEval (+ rephrases as negatives); calibrated by cross-validation ---
  const sar = sarcasmRows(sets.isarcasm, recipe.rephraseWeight)
  const sarX = feat(sar.texts)
  const sarT = (idx: readonly number[]): HeadTargets => {
    const t = new Float32Array(idx.length * k).fill(Number.NaN)
    const w = new Float32Array(idx.length)
    idx.forEach((j, i) => {
      t[i * k + (H.sarcasm as number)] = sar.labels[j] as number
      w[i] = sar.weights[j] as number
    })
    return { k, targets: t, weights: w }
  }
  const cv = crossValidateSarcasm(sarX, sar, recipe, bits, opts.seed + 2, kinds)
  log?.(`sarcasm: ${sarX.length} rows; ${recipe.sarcasmFolds}-fold CV F1 ${cv.f1.toFixed(4)} (threshold ${cv.threshold.toFixed(3)})`)
  const allIdx = sar.texts.map((_, i) => i)
  const sarRaw = trainHeads(sarX, sarT(allIdx), kinds, bits, recipe.sarcasm, opts.seed + 2)

  // --- assemble the always-on block: each head's weights come from the run that trained it ---
  const dim = 1 << bits
  const weights = new Float32Array(dim * k)
  const bias = new Float32Array(k)
  const dense = new Float32Array(k * HEAD_DENSE_COUNT)
  for (let h = 0; h < k; h++) {
    const src = h === H.urgency ? urgRaw : h === H.sarcasm ? sarRaw : emoRaw
    for (let j = 0; j < dim; j++) weights[j * k + h] = src.weights[j * k + h] as number
    bias[h] = src.bias[h] as number
    for (let d = 0; d < HEAD_DENSE_COUNT; d++) dense[h * HEAD_DENSE_COUNT + d] = src.dense[h * HEAD_DENSE_COUNT + d] as number
  }
  // Calibrate on exactly the weights that ship (int8 codes × per-head step).
  const raw: RawHeads = { weights: quantizeHeadWeights(weights, k, 8), bias, dense }
  // Calibration set: GoEmotions validation for the six emotions, MOOC validation for urgency.
  const calX = [...goVal, ...moocVal]
  const calT = new Float32Array(calX.length * k).fill(Number.NaN)
  calT.set(goValT, 0)
  for (let i = 0; i < moocVal.length; i++) calT[(goVal.length + i) * k + (H.urgency as number)] = moocValT[i * k + (H.urgency as number)] as number
  const block0 = calibrateBlock(HEAD_NAMES, kinds, bits, raw, calX, calT)
  const s = H.sarcasm as number
  const calA = Float32Array.from(block0.calA)
  const calB = Float32Array.from(block0.calB)
  const thresholds = Float32Array.from(block0.thresholds)
  calA[s] = cv.platt[0]
  calB[s] = cv.platt[1]
  thresholds[s] = cv.threshold
  const heads: HeadBlock = { ...block0, calA, calB, thresholds }

  const headF1: Record<string, number> = {}
  const outs = blockOutputs(heads, calX)
  for (let h = 0; h < k; h++) {
    if (h === s) continue
    const sc: number[] = []
    const gy: number[] = []
    for (let i = 0; i < calX.length; i++) {
      const y = calT[i * k + h] as number
      if (Number.isNaN(y)) continue
      sc.push(outs[i * k + h] as number)
      gy.push(h === H.urgency ? (y >= urgencyTarget(5) - 1e-9 ? 1 : 0) : y)
    }
    headF1[HEAD_NAMES[h] as string] = f1At(sc, gy, thresholds[h] as number)
  }
  headF1.sarcasm = cv.f1
  const urgScores: number[] = []
  const urgGold: number[] = []
  for (let i = 0; i < moocVal.length; i++) {
    urgScores.push(outs[(goVal.length + i) * k + (H.urgency as number)] as number)
    urgGold.push(validation.mooc[i]?.score as number)
  }
  const urgencyPearson = pearson(urgScores, urgGold)
  log?.(`heads F1 ${Object.entries(headF1).map(([n, v]) => `${n} ${v.toFixed(3)}`).join(', ')}; urgency r ${urgencyPearson.toFixed(4)}`)

  const sBits = sentiment.features.bits
  let goemotions: HeadBlock | undefined
  let goReport: Pick<EmotionHeadsReport, 'goemotionsMacroF1' | 'goemotionsMacroF1CrossFitted' | 'goemotionsF1'> = {}
  if (opts.skipGoemotions !== true) {
    const goRecipe = { ...recipe, goemotionsBits: Math.min(recipe.goemotionsBits, sBits) }
    const r = trainGoemotionsBlock(sets.goemotions, emoX.slice(0, sets.goemotions.length), validation.goemotions, goVal, goRecipe, opts.seed + 3)
    goemotions = r.block
    goReport = { goemotionsMacroF1: r.macroF1, goemotionsMacroF1CrossFitted: r.crossFittedMacroF1, goemotionsF1: r.f1 }
    log?.(`goemotions 28 labels: macro-F1 ${r.macroF1.toFixed(4)}`)
  }
  const model: EmotionHeadsModel = goemotions === undefined ? { bits: sBits, heads } : { bits: sBits, heads, goemotions }
  return { model, report: { headF1, urgencyPearson, ...goReport } }
}

/** iSarcasmEval rows as texts/labels/weights (rephrases appended as non-sarcastic). */
export function sarcasmRows(
  rows: EmotionHeadSets['isarcasm'],
  rephraseWeight: number,
): { texts: string[]; labels: number[]; weights: number[]; group: string[]; isRephrase: boolean[] } {
  const texts: string[] = []
  const labels: number[] = []
  const weights: number[] = []
  const group: string[] = []
  const isRephrase: boolean[] = []
  for (const r of rows) {
    const y = r.label === 'sarcastic' ? 1 : r.label === 'not_sarcastic' ? 0 : -1
    if (y < 0) continue
    texts.push(r.text)
    labels.push(y)
    weights.push(1)
    group.push(r.text)
    isRephrase.push(false)
    if (y === 1 && rephraseWeight > 0 && typeof r.rephrase === 'string' && r.rephrase.trim() !== '') {
      texts.push(r.rephrase)
      labels.push(0)
      weights.push(rephraseWeight)
      group.push(r.text)
      isRephrase.push(true)
    }
  }
  return { texts, labels, weights, group, isRephrase }
}

/**
 * k-fold cross-validation of the sarcasm head on the iSarcasmEval train set (folds by hashed text;
 * a rephrase stays in its original's fold and is never scored). Returns out-of-fold Platt scaling,
 * the F1-optimal threshold and its F1, pooled over folds.
 */
export function crossValidateSarcasm(
  x: readonly HeadExample[],
  sar: ReturnType<typeof sarcasmRows>,
  recipe: EmotionHeadsRecipe,
  bits: number,
  seed: number,
  kinds: readonly ('logistic' | 'regression')[],
): { platt: [number, number]; threshold: number; f1: number; oof: Float64Array } {
  const k = HEAD_COUNT
  const s = HEAD_NAMES.indexOf('sarcasm')
  const folds = recipe.sarcasmFolds
  const fold = sar.group.map((g) => foldOf(g, folds))
  const oof = new Float64Array(x.length).fill(Number.NaN)
  for (let f = 0; f < folds; f++) {
    const tr: number[] = []
    const te: number[] = []
    fold.forEach((ff, i) => {
      if (ff !== f) tr.push(i)
      else if (!sar.isRephrase[i]) te.push(i)
    })
    const t = new Float32Array(tr.length * k).fill(Number.NaN)
    const w = new Float32Array(tr.length)
    tr.forEach((j, i) => {
      t[i * k + s] = sar.labels[j] as number
      w[i] = sar.weights[j] as number
    })
    const raw = trainHeads(tr.map((i) => x[i] as HeadExample), { k, targets: t, weights: w }, kinds, bits, recipe.sarcasm, seed + f)
    const z = blockLogits({ names: HEAD_NAMES, bits, ...raw }, te.map((i) => x[i] as HeadExample))
    te.forEach((j, i) => {
      oof[j] = z[i * k + s] as number
    })
  }
  const zs: number[] = []
  const ys: number[] = []
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(oof[i] as number)) continue
    zs.push(oof[i] as number)
    ys.push(sar.labels[i] as number)
  }
  const platt = fitPlatt(zs, ys)
  const ps = zs.map((v) => sigmoid(platt[0] * v + platt[1]))
  const t = tuneThreshold(ps, ys)
  return { platt, threshold: t.threshold, f1: t.f1, oof }
}

/** Trains and calibrates the 28-label GoEmotions block (folded to `recipe.goemotionsBits`). */
export function trainGoemotionsBlock(
  rows: EmotionHeadSets['goemotions'],
  x: readonly HeadExample[],
  valRows: EmotionHeadValidation['goemotions'],
  valX: readonly HeadExample[],
  recipe: EmotionHeadsRecipe,
  seed: number,
): { block: HeadBlock; macroF1: number; crossFittedMacroF1: number; f1: Record<string, number> } {
  const labels = GOEMOTIONS_LABELS as readonly string[]
  const k = labels.length
  const multiHot = (rs: EmotionHeadSets['goemotions']): Float32Array => {
    const t = new Float32Array(rs.length * k)
    rs.forEach((r, i) => {
      for (const l of r.labels) {
        const j = labels.indexOf(l)
        if (j >= 0) t[i * k + j] = 1
      }
    })
    return t
  }
  const kinds = labels.map(() => 'logistic' as const)
  const trained = trainHeads(x, { k, targets: multiHot(rows) }, kinds, recipe.goemotionsBits, recipe.goemotions, seed)
  // Calibrate and tune thresholds on exactly the weights that ship.
  const codeBits = recipe.goemotionsCodeBits
  const raw: RawHeads = { ...trained, weights: quantizeHeadWeights(trained.weights, k, codeBits) }
  const vt = multiHot(valRows)
  const calibrated = calibrateBlock(labels, kinds, recipe.goemotionsBits, raw, valX, vt, undefined, recipe.goemotions.softmax === true)
  const block: HeadBlock = codeBits === 4 ? { ...calibrated, codeBits } : calibrated
  const outs = blockOutputs(block, valX)
  const f1: Record<string, number> = {}
  let sum = 0
  let crossSum = 0
  for (let h = 0; h < k; h++) {
    const sc: number[] = []
    const gy: number[] = []
    for (let i = 0; i < valX.length; i++) {
      sc.push(outs[i * k + h] as number)
      gy.push(vt[i * k + h] as number)
    }
    const v = f1At(sc, gy, block.thresholds[h] as number)
    f1[labels[h] as string] = v
    sum += v
    crossSum += crossFittedF1(sc, gy)
  }
  return { block, macroF1: sum / k, crossFittedMacroF1: crossSum / k, f1 }
}

/**
 * Exact ridge regression of one head by conjugate gradients on the normal equations:
 * minimises Σ_i c_i (x_i·w + d_i·u + b − y_i)² + λ(|w|² + |u|²) over the sparse weights w (in the
 * (folded) `bits` bucket space), dense weights u and an unpenalised bias b. Rows whose target is
 * NaN are skipped. Deterministic (no randomness at all).
 */
export function trainRidgeHead(
  examples: readonly HeadExample[],
  targets: ArrayLike<number>,
  bits: number,
  lambda: number,
  iterations = 300,
  denseScale = 1,
): { weights: Float64Array; dense: Float64Array; bias: number } {
  const dim = 1 << bits
  const fold = dim - 1
  const D = examples[0]?.dense.length ?? HEAD_DENSE_COUNT
  const n = dim + D + 1 // sparse, dense, bias
  const rows: number[] = []
  for (let i = 0; i < examples.length; i++) if (!Number.isNaN(targets[i] as number)) rows.push(i)
  const u = new Float64Array(rows.length)
  // y' = X^T y
  const matvec = (v: Float64Array, out: Float64Array): void => {
    // out = X^T X v + λ v (bias unpenalised)
    for (let r = 0; r < rows.length; r++) {
      const ex = examples[rows[r] as number] as HeadExample
      let s = v[n - 1] as number
      for (let i = 0; i < ex.indices.length; i++) s += (v[(ex.indices[i] as number) & fold] as number) * (ex.values[i] as number)
      for (let d = 0; d < D; d++) s += (v[dim + d] as number) * (ex.dense[d] as number) * denseScale
      u[r] = s
    }
    for (let j = 0; j < n - 1; j++) out[j] = lambda * (v[j] as number)
    out[n - 1] = 1e-6 * (v[n - 1] as number)
    for (let r = 0; r < rows.length; r++) {
      const ex = examples[rows[r] as number] as HeadExample
      const s = u[r] as number
      for (let i = 0; i < ex.indices.length; i++) {
        const j = (ex.indices[i] as number) & fold
        out[j] = (out[j] as number) + s * (ex.values[i] as number)
      }
      for (let d = 0; d < D; d++) out[dim + d] = (out[dim + d] as number) + s * (ex.dense[d] as number) * denseScale
      out[n - 1] = (out[n - 1] as number) + s
    }
  }
  const rhs = new Float64Array(n)
  for (let r = 0; r < rows.length; r++) {
    const ex = examples[rows[r] as number] as HeadExample
    const y = targets[rows[r] as number] as number
    for (let i = 0; i < ex.indices.length; i++) {
      const j = (ex.indices[i] as number) & fold
      rhs[j] = (rhs[j] as number) + y * (ex.values[i] as number)
    }
    for (let d = 0; d < D; d++) rhs[dim + d] = (rhs[dim + d] as number) + y * (ex.dense[d] as number) * denseScale
    rhs[n - 1] = (rhs[n - 1] as number) + y
  }
  const x = new Float64Array(n)
  const res = Float64Array.from(rhs)
  const p = Float64Array.from(rhs)
  const ap = new Float64Array(n)
  let rr = 0
  for (let j = 0; j < n; j++) rr += (res[j] as number) ** 2
  const stop = rr * 1e-12
  for (let it = 0; it < iterations && rr > stop; it++) {
    matvec(p, ap)
    let pap = 0
    for (let j = 0; j < n; j++) pap += (p[j] as number) * (ap[j] as number)
    if (pap <= 0) break
    const alpha = rr / pap
    let rr2 = 0
    for (let j = 0; j < n; j++) {
      x[j] = (x[j] as number) + alpha * (p[j] as number)
      res[j] = (res[j] as number) - alpha * (ap[j] as number)
      rr2 += (res[j] as number) ** 2
    }
    const beta = rr2 / rr
    rr = rr2
    for (let j = 0; j < n; j++) p[j] = (res[j] as number) + beta * (p[j] as number)
  }
  const dense = new Float64Array(D)
  for (let d = 0; d < D; d++) dense[d] = (x[dim + d] as number) * denseScale
  return { weights: x.subarray(0, dim), dense, bias: x[n - 1] as number }
}
