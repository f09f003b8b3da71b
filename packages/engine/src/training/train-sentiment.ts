import { classificationMetrics } from '../model/classification-metrics.js'
import { DEFAULT_FEATURES, type FeatureConfig } from '../model/extract-features.js'
import { FeatureBuffer } from '../model/feature-buffer.js'
import type { Lexicon } from '../model/lexicon-features.js'
import { createRng, type Rng, shuffleInPlace } from '../model/rng.js'
import {
  SENTIMENT_CLASSES,
  type SentimentFeatureSpec,
  type SentimentModel,
  SentimentScratch,
  sentimentFeatures,
  sentimentLogits,
} from '../model/sentiment-model.js'
import type { Token } from '../text/token.js'
import { tokenize } from '../text/tokenize.js'
import { adagradStep } from './adagrad-step.js'

/** One labelled training message; `weight` down-weights auxiliary sets (default 1). */
export interface SentimentRow {
  readonly text: string
  readonly label: string
  readonly weight?: number
}

/** Everything that decides the trained weights besides data and seed. */
export interface SentimentRecipe {
  readonly features: FeatureConfig
  readonly lexiconScale: number
  readonly epochs: number
  readonly learningRate: number
  readonly l2: number
  /** Average the weights over all steps (Polyak averaging) instead of keeping the last ones. */
  readonly average: boolean
  /** Models trained on differently shuffled orders and averaged (≥ 1). */
  readonly bags: number
  /** Loss weights per class: inverse frequency ("balanced") or none. */
  readonly balanced: boolean
  /** Largest |offset| tried when tuning class-bias offsets on validation. */
  readonly maxBiasOffset: number
  /** Probability of dropping each sparse feature of an example at each step (0 = off). */
  readonly dropout: number
}

/**
 * The built-in model's recipe. Features were chosen on TweetEval validation by earlier sessions
 * (research/exp-sent.ts); research/exp-transfer.ts re-checked them on a later period and other domains,
 * where no alternative did clearly better (docs/reader-accuracy.md).
 */
export const DEFAULT_SENTIMENT_RECIPE: SentimentRecipe = {
  features: { ...DEFAULT_FEATURES, bits: 18, charMin: 3, trigrams: true },
  lexiconScale: 1,
  epochs: 2,
  learningRate: 0.1,
  l2: 0,
  average: false,
  bags: 4,
  balanced: true,
  maxBiasOffset: 0.6,
  dropout: 0,
}

export interface TrainSentimentOptions {
  readonly seed: number
  readonly cueKindsOf?: (text: string, tokens: readonly Token[]) => string[]
  /**
   * Development sets used only to tune the small per-class bias offsets (never trained on), each
   * weighted equally: sets from other domains and periods than training (see docs/reader-accuracy.md).
   */
  readonly offsetSets?: readonly (readonly { readonly text: string; readonly label: string }[])[]
  readonly lexicon?: Lexicon
  readonly recipe?: Partial<SentimentRecipe>
  readonly log?: (line: string) => void
}

/** A featurised message. */
export interface SentimentExample {
  readonly indices: Int32Array
  readonly values: Float32Array
  readonly target: number
  readonly weight: number
}

/** Light text clean-up shared by training and reading: HTML entities that tweets carry escaped. */
export function unescapeHtml(text: string): string {
  if (text.indexOf('&') < 0) return text
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  )
}

/** Turns rows into sparse examples with the given feature spec. */
export function featurizeRows(
  rows: readonly { readonly text: string; readonly label: string; readonly weight?: number }[],
  spec: SentimentFeatureSpec,
  cueKindsOf?: (text: string, tokens: readonly Token[]) => string[],
): SentimentExample[] {
  const scratch = new SentimentScratch()
  const out: SentimentExample[] = []
  for (const r of rows) {
    const target = SENTIMENT_CLASSES.indexOf(r.label as (typeof SENTIMENT_CLASSES)[number])
    if (target < 0) continue
    const text = r.text
    const tokens = tokenize(text)
    const buf = sentimentFeatures(spec, tokens, cueKindsOf ? cueKindsOf(text, tokens) : [], scratch)
    const snap = buf.snapshot()
    out.push({ indices: snap.indices, values: snap.values, target, weight: r.weight ?? 1 })
  }
  return out
}

/** Softmax regression with AdaGrad (3 classes), optionally Polyak-averaged. Deterministic for a given rng. */
export function trainSoftmax(
  examples: readonly SentimentExample[],
  dim: number,
  recipe: SentimentRecipe,
  rng: Rng,
  /**
   * Per weight (`dim × 3`), a fixed factor it is read through during training (absent: 1); the
   * weights returned have it multiplied in, so they read the unscaled inputs.
   */
  weightScale?: Float32Array,
): { weights: Float32Array; bias: Float32Array } {
  const k = 3
  const w = new Float64Array(dim * k)
  const acc = recipe.average ? new Float64Array(dim * k) : undefined
  const g2 = new Float32Array(dim * k)
  const b = new Float64Array(k)
  const bAcc = new Float64Array(k)
  const bG2 = new Float64Array(k)
  const counts = new Float64Array(k)
  for (const ex of examples) counts[ex.target] = (counts[ex.target] as number) + ex.weight
  let total = 0
  for (let c = 0; c < k; c++) total += counts[c] as number
  const cw = Array.from(counts, (n) => (recipe.balanced && n > 0 ? total / (k * n) : 1))
  const order = examples.map((_, i) => i)
  const z = new Float64Array(k)
  const g = new Float64Array(k)
  const l2 = recipe.l2
  const drop = recipe.dropout
  const keep = 1 / (1 - drop)
  let mask = new Uint8Array(256)
  let step = 1
  for (let epoch = 0; epoch < recipe.epochs; epoch++) {
    shuffleInPlace(order, rng)
    const lr = recipe.learningRate / Math.sqrt(1 + epoch * 0.5)
    for (const n of order) {
      const ex = examples[n] as SentimentExample
      const idx = ex.indices
      const val = ex.values
      if (mask.length < idx.length) mask = new Uint8Array(idx.length * 2)
      if (drop > 0) for (let i = 0; i < idx.length; i++) mask[i] = rng() < drop ? 0 : 1
      const vs = drop > 0 ? keep : 1
      let z0 = b[0] as number
      let z1 = b[1] as number
      let z2 = b[2] as number
      for (let i = 0; i < idx.length; i++) {
        if (drop > 0 && mask[i] === 0) continue
        const base = (idx[i] as number) * 3
        const v = (val[i] as number) * vs
        if (weightScale !== undefined) {
          z0 += (w[base] as number) * v * (weightScale[base] as number)
          z1 += (w[base + 1] as number) * v * (weightScale[base + 1] as number)
          z2 += (w[base + 2] as number) * v * (weightScale[base + 2] as number)
          continue
        }
        z0 += (w[base] as number) * v
        z1 += (w[base + 1] as number) * v
        z2 += (w[base + 2] as number) * v
      }
      const m = Math.max(z0, z1, z2)
      const e0 = Math.exp(z0 - m)
      const e1 = Math.exp(z1 - m)
      const e2 = Math.exp(z2 - m)
      const s = e0 + e1 + e2
      z[0] = e0 / s
      z[1] = e1 / s
      z[2] = e2 / s
      const t = ex.target
      const scale = (cw[t] as number) * ex.weight
      for (let c = 0; c < k; c++) g[c] = ((z[c] as number) - (c === t ? 1 : 0)) * scale
      for (let i = 0; i < idx.length; i++) {
        if (drop > 0 && mask[i] === 0) continue
        const base = (idx[i] as number) * 3
        const v = (val[i] as number) * vs
        if (weightScale !== undefined) for (let c = 0; c < k; c++) adagradStep(w, g2, acc, base + c, (g[c] as number) * v * (weightScale[base + c] as number), l2, lr, step)
        else for (let c = 0; c < k; c++) adagradStep(w, g2, acc, base + c, (g[c] as number) * v, l2, lr, step)
      }
      for (let c = 0; c < k; c++) {
        const gc = g[c] as number
        bG2[c] = (bG2[c] as number) + gc * gc
        const d = (lr * gc) / (Math.sqrt(bG2[c] as number) + 1e-8)
        b[c] = (b[c] as number) - d
        bAcc[c] = (bAcc[c] as number) + step * d
      }
      step++
    }
  }
  // Averaged weights: w_avg = w_T + (Σ_t t·d_t) / T (the standard lazy-averaging identity).
  const weights = new Float32Array(dim * k)
  const bias = new Float32Array(k)
  const T = step
  for (let j = 0; j < w.length; j++) weights[j] = acc !== undefined ? (w[j] as number) + (acc[j] as number) / T : (w[j] as number)
  if (weightScale !== undefined) for (let j = 0; j < w.length; j++) weights[j] = (weights[j] as number) * (weightScale[j] as number)
  for (let c = 0; c < k; c++) bias[c] = recipe.average ? (b[c] as number) + (bAcc[c] as number) / T : (b[c] as number)
  return { weights, bias }
}

/** Predicted class index per example under a model (class-bias offsets included). */
export function predictExamples(model: SentimentModel, examples: readonly SentimentExample[]): number[] {
  const buf = new FeatureBuffer(1)
  const z = new Float64Array(3)
  return examples.map((ex) => {
    buf.indices = ex.indices
    buf.values = ex.values
    buf.length = ex.indices.length
    sentimentLogits(model, buf, z)
    const z0 = z[0] as number
    const z1 = z[1] as number
    const z2 = z[2] as number
    return z0 >= z1 && z0 >= z2 ? 0 : z1 >= z2 ? 1 : 2
  })
}

/** Macro-recall etc. of a model on featurised examples. */
export function evaluateExamples(model: SentimentModel, examples: readonly SentimentExample[]) {
  const pred = predictExamples(model, examples)
  const cls = [...SENTIMENT_CLASSES]
  return classificationMetrics(
    cls,
    examples.map((e) => cls[e.target] as string),
    pred.map((p) => cls[p] as string),
  )
}

/**
 * Grid-searches per-class logit offsets (neutral fixed at 0, step 0.05, |offset| ≤ maxOffset) that
 * maximise the mean over `sets` of each set's macro-recall, every set weighted equally whatever its
 * size; ties go to the smaller offsets. Several sets from different domains and periods keep the
 * offsets from fitting one split's class balance (one TweetEval split's offsets cost a later period).
 */
export function tuneClassBiasAcross(model: SentimentModel, sets: readonly (readonly SentimentExample[])[], maxOffset: number): Float32Array {
  const buf = new FeatureBuffer(1)
  const z = new Float64Array(3)
  const zero: SentimentModel = { ...model, classBias: new Float32Array(3) }
  const prepared = sets
    .filter((examples) => examples.length > 0)
    .map((examples) => {
      const logits = new Float64Array(examples.length * 3)
      const support = new Float64Array(3)
      examples.forEach((ex, i) => {
        buf.indices = ex.indices
        buf.values = ex.values
        buf.length = ex.indices.length
        sentimentLogits(zero, buf, z)
        logits.set(z, i * 3)
        support[ex.target] = (support[ex.target] as number) + 1
      })
      return { examples, logits, support }
    })
  if (prepared.length === 0) return new Float32Array(3)
  let best = { score: -1, a: 0, c: 0 }
  const steps = Math.round(maxOffset / 0.05)
  const hit = new Float64Array(3)
  for (let ia = -steps; ia <= steps; ia++) {
    for (let ic = -steps; ic <= steps; ic++) {
      const a = ia * 0.05
      const c = ic * 0.05
      let score = 0
      for (const { examples, logits, support } of prepared) {
        hit.fill(0)
        for (let i = 0; i < examples.length; i++) {
          const z0 = (logits[i * 3] as number) + a
          const z1 = logits[i * 3 + 1] as number
          const z2 = (logits[i * 3 + 2] as number) + c
          const p = z0 >= z1 && z0 >= z2 ? 0 : z1 >= z2 ? 1 : 2
          const t = (examples[i] as SentimentExample).target
          if (p === t) hit[t] = (hit[t] as number) + 1
        }
        let recall = 0
        let classes = 0
        for (let k = 0; k < 3; k++) {
          if ((support[k] as number) === 0) continue
          recall += (hit[k] as number) / (support[k] as number)
          classes++
        }
        score += recall / classes / prepared.length
      }
      const size = Math.abs(a) + Math.abs(c)
      if (score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && size < Math.abs(best.a) + Math.abs(best.c))) {
        best = { score, a, c }
      }
    }
  }
  return Float32Array.of(best.a, 0, best.c)
}

/** {@link tuneClassBiasAcross} on one set (kept for experiments; the built-in recipe uses several). */
export function tuneClassBias(model: SentimentModel, examples: readonly SentimentExample[], maxOffset: number): Float32Array {
  return tuneClassBiasAcross(model, [examples], maxOffset)
}

/**
 * Trains the built-in sentiment model from labelled rows (negative/neutral/positive), deterministically
 * for a given seed. With `validation`, per-class bias offsets are tuned on it (nothing is trained on it).
 */
export function trainSentimentModel(rows: readonly SentimentRow[], opts: TrainSentimentOptions): SentimentModel {
  const recipe: SentimentRecipe = { ...DEFAULT_SENTIMENT_RECIPE, ...opts.recipe }
  const spec: SentimentFeatureSpec =
    opts.lexicon !== undefined
      ? { features: recipe.features, lexicon: opts.lexicon, lexiconScale: recipe.lexiconScale }
      : { features: recipe.features, lexiconScale: 0 }
  const examples = featurizeRows(rows, spec, opts.cueKindsOf)
  opts.log?.(`featurised ${examples.length} examples`)
  const offsetSets = opts.offsetSets?.map((set) => featurizeRows(set, spec, opts.cueKindsOf))
  return trainOnExamples(examples, spec, recipe, opts.seed, offsetSets, opts.log)
}

/** The training half of {@link trainSentimentModel}, for callers that featurise once and train many times. */
export function trainOnExamples(
  examples: readonly SentimentExample[],
  spec: SentimentFeatureSpec,
  recipe: SentimentRecipe,
  seed: number,
  offsetSets?: readonly (readonly SentimentExample[])[],
  log?: (line: string) => void,
): SentimentModel {
  const dim = 1 << spec.features.bits
  const weights = new Float32Array(dim * 3)
  const bias = new Float32Array(3)
  const bags = Math.max(1, recipe.bags)
  for (let bag = 0; bag < bags; bag++) {
    const rng = createRng((seed + bag * 0x9e3779b9) >>> 0)
    const m = trainSoftmax(examples, dim, recipe, rng)
    for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) + (m.weights[j] as number) / bags
    for (let c = 0; c < 3; c++) bias[c] = (bias[c] as number) + (m.bias[c] as number) / bags
    log?.(`bag ${bag + 1}/${bags} done`)
  }
  const model: SentimentModel = { ...spec, classes: [...SENTIMENT_CLASSES], weights, bias, classBias: new Float32Array(3) }
  if (offsetSets === undefined || offsetSets.every((set) => set.length === 0)) return model
  const classBias = tuneClassBiasAcross(model, offsetSets, recipe.maxBiasOffset)
  const tuned = { ...model, classBias }
  const recalls = offsetSets.map((set) => (evaluateExamples(tuned, set).macroRecall * 100).toFixed(2))
  log?.(`offset sets MR ${recalls.join(' / ')} offsets ${[...classBias].map((x) => x.toFixed(2)).join(',')}`)
  return tuned
}
