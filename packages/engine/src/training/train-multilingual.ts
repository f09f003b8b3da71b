/**
 * Trains the multilingual sentiment model, chooses its settings by stratified k-fold
 * cross-validation per language, and fits its per-language confidence calibration on out-of-fold
 * predictions (cross-fitted: no row's calibration saw a model trained on that row).
 */
import { classificationMetrics } from '../model/classification-metrics.js'
import { FeatureBuffer } from '../model/feature-buffer.js'
import { type MultilingualFeatureConfig, MultilingualFeaturizer } from '../model/multilingual-features.js'
import { type MultilingualModel, multilingualLogits, softmax3 } from '../model/multilingual-model.js'
import { createRng, shuffleInPlace } from '../model/rng.js'
import { SENTIMENT_CLASSES } from '../model/sentiment-model.js'
import { type ConfidenceCalibration, calibrateProbabilities, expectedCalibrationError, fitConfidenceCalibration } from '../reader/calibration.js'
import { fitReviewThreshold } from '../reader/review-threshold.js'
import type { Token } from '../text/token.js'
import { tokenize } from '../text/tokenize.js'
import { naiveBayesRatio } from './naive-bayes-ratio.js'
import { DEFAULT_SENTIMENT_RECIPE, type SentimentExample, trainSoftmax } from './train-sentiment.js'

/** One labelled message and its language. `weight` down-weights helper sets (default 1). */
export interface MultilingualRow {
  readonly text: string
  readonly label: string
  readonly lang: string
  readonly weight?: number
}

/** Naive-Bayes scaling of the sparse features' weights during training (see `naiveBayesScales`). */
export interface NaiveBayesScaling {
  /** Additive smoothing of the per-class counts of messages holding a bucket. */
  readonly alpha: number
  /** Interpolation: 0 no scaling, 1 scale ∝ |log-count ratio|, above 1 sharper (clamped at 0). */
  readonly beta: number
  /** Exponent on the normalised ratio (default 1); class-shared scaling only. */
  readonly power?: number
  /** One scale per bucket and class (that class's own ratio) instead of one per bucket (the largest). */
  readonly perClass?: boolean
}

/** Everything that decides the weights besides data and seed. */
export interface MultilingualRecipe {
  readonly features: MultilingualFeatureConfig
  readonly epochs: number
  readonly learningRate: number
  readonly l2: number
  /** Models trained on differently shuffled orders, averaged (≥ 1). */
  readonly bags: number
  /** Polyak-average each bag's weights over all its steps instead of keeping the last (default false). */
  readonly average?: boolean
  /** Naive-Bayes scaling of the sparse features (absent: none). */
  readonly nb?: NaiveBayesScaling
  /**
   * Train a word model (words and bigrams) and a character n-gram model apart, both with the dense
   * inputs, and average their weights: with `features.blockNorm`, the average of their logits.
   */
  readonly ensemble?: boolean
}

/**
 * The shipped recipe, chosen by 5-fold cross-validation on XLM-T train (mean macro-recall over the
 * seven languages; `research/exp-multilingual.ts`, docs/reader-accuracy.md). Naive-Bayes scaling
 * per bucket and class (2026-12-07) gained 0.3–0.8 points over the same recipe without it on each
 * of three fold seeds; it changes training only, so the model reads as before.
 */
export const DEFAULT_MULTILINGUAL_RECIPE: MultilingualRecipe = {
  features: { bits: 18, charMin: 2, charMax: 5, charWeight: 0.5, wordWeight: 1, bigrams: true, shared: true, tagged: true, negation: true, english: 1, lexicon: 1 },
  epochs: 4,
  learningRate: 0.1,
  l2: 0,
  bags: 1,
  nb: { alpha: 10, beta: 1, perClass: true },
}

/** The languages the model reads. English stays on the built-in English model. */
export const MULTILINGUAL_LANGUAGES: readonly string[] = ['ar', 'de', 'es', 'fr', 'hi', 'it', 'pt']

/** A featurised row with its language index (−1 for a language the model does not read). */
export interface MultilingualExample extends SentimentExample {
  readonly lang: number
  /** Index of the row it came from. */
  readonly row: number
  /** How many leading entries are the normalised sparse features (the rest are dense inputs). */
  readonly sparse: number
  /** How many of those lead with the word part (the rest are character n-grams). */
  readonly words: number
}

/** Featurises rows; rows with an unknown label are dropped, languages outside `languages` kept as helpers only if listed. */
export function featurizeMultilingual(rows: readonly MultilingualRow[], featurizer: MultilingualFeaturizer, english?: (tokens: readonly Token[], out: Float64Array) => void): MultilingualExample[] {
  const buf = new FeatureBuffer(512)
  const out: MultilingualExample[] = []
  const en = new Float64Array(3)
  for (let row = 0; row < rows.length; row++) {
    const r = rows[row] as MultilingualRow
    const target = SENTIMENT_CLASSES.indexOf(r.label as (typeof SENTIMENT_CLASSES)[number])
    const lang = featurizer.languages.indexOf(r.lang)
    if (target < 0 || lang < 0) continue
    const tokens = tokenize(r.text)
    english?.(tokens, en)
    featurizer.featurize(tokens, lang, buf, english === undefined ? undefined : en)
    const snap = buf.snapshot()
    out.push({ indices: snap.indices, values: snap.values, target, weight: r.weight ?? 1, lang, row, sparse: featurizer.sparseLength, words: featurizer.wordLength })
  }
  return out
}

/**
 * Naive-Bayes (NBSVM-style) scales of the sparse features' weights, from the training examples
 * only. Per bucket j and class c, Bernoulli naive Bayes's one-vs-rest log-count ratio
 * r = log P(j present | c) − log P(j present | not c), each rate within its own side (`alpha`
 * smoothing) so class sizes do not weigh in. Per class (`perClass`), weight (j, c) scales by
 * |r(j, c)|; otherwise every class's weight of j by max over c of |r(j, c)| (raised to `power`).
 * Either way over the mean over the buckets seen, interpolated by `beta` with 1 and clamped at 0:
 * `max(0, 1 − beta + beta × (|r| / mean))`. Buckets no training example's sparse part holds, and
 * any bucket a dense input uses (bias, English probabilities, polarity sums), scale 1.
 *
 * Why: training reads each weight through its scale (`trainSoftmax`'s `weightScale`), so AdaGrad
 * moves the weights of buckets that separate the classes in the training rows faster than those
 * of common or mixed ones (words and n-grams that say little), a prior the 1,839 rows per language
 * cannot learn alone. Returned per weight (`dim × 3`).
 */
export function naiveBayesScales(examples: readonly MultilingualExample[], dim: number, nb: NaiveBayesScaling): Float32Array {
  const counts = new Float64Array(dim * 3)
  const classes = new Float64Array(3)
  const dense = new Uint8Array(dim)
  for (const ex of examples) {
    classes[ex.target] = (classes[ex.target] as number) + 1
    for (let i = 0; i < ex.indices.length; i++) {
      const j = ex.indices[i] as number
      if (i >= ex.sparse) dense[j] = 1
      else counts[j * 3 + ex.target] = (counts[j * 3 + ex.target] as number) + 1
    }
  }
  const total = (classes[0] as number) + (classes[1] as number) + (classes[2] as number)
  const alpha = nb.alpha
  const power = nb.power ?? 1
  const perClass = nb.perClass === true
  // |r| per weight (per class), or the bucket's largest |r| in each of its three slots.
  const ratio = new Float64Array(dim * 3)
  const used = new Uint8Array(dim)
  let sum = 0
  let seen = 0
  for (let j = 0; j < dim; j++) {
    const b = j * 3
    const all = (counts[b] as number) + (counts[b + 1] as number) + (counts[b + 2] as number)
    if (all === 0 || dense[j] === 1) continue
    used[j] = 1
    let best = 0
    for (let c = 0; c < 3; c++) {
      const r = naiveBayesRatio(counts[b + c] as number, all, classes[c] as number, total, alpha)
      ratio[b + c] = r
      best = Math.max(best, r)
    }
    if (perClass) {
      sum += (ratio[b] as number) + (ratio[b + 1] as number) + (ratio[b + 2] as number)
      seen += 3
    } else {
      ratio.fill(best, b, b + 3)
      sum += best
      seen++
    }
  }
  const mean = seen > 0 ? sum / seen : 1
  const scale = new Float32Array(dim * 3).fill(1)
  const beta = nb.beta
  for (let j = 0; j < dim; j++) {
    if (used[j] === 0) continue
    for (let c = 0; c < 3; c++) {
      const r = (ratio[j * 3 + c] as number) / mean
      scale[j * 3 + c] = Math.max(0, 1 - beta + beta * (perClass ? r : r ** power))
    }
  }
  return scale
}

/** An example keeping only its entries from..to and its dense inputs (entries from `dense` on). */
function part(ex: SentimentExample, from: number, to: number, dense: number): SentimentExample {
  const n = to - from + (ex.indices.length - dense)
  const indices = new Int32Array(n)
  const values = new Float32Array(n)
  indices.set(ex.indices.subarray(from, to))
  values.set(ex.values.subarray(from, to))
  indices.set(ex.indices.subarray(dense), to - from)
  values.set(ex.values.subarray(dense), to - from)
  return { indices, values, target: ex.target, weight: ex.weight }
}

/**
 * Trains weights on featurised examples (deterministic for a seed). Naive-Bayes scales, when the
 * recipe has them, are computed from these examples alone (inside each cross-validation fold) and
 * multiplied into the weights returned, so the model reads unscaled features.
 */
export function trainMultilingualWeights(examples: readonly MultilingualExample[], recipe: MultilingualRecipe, seed: number): { weights: Float32Array; bias: Float32Array } {
  const dim = 1 << recipe.features.bits
  const softmaxRecipe = { ...DEFAULT_SENTIMENT_RECIPE, epochs: recipe.epochs, learningRate: recipe.learningRate, l2: recipe.l2, average: recipe.average ?? false, balanced: true, dropout: 0 }
  const scale = recipe.nb === undefined ? undefined : naiveBayesScales(examples, dim, recipe.nb)
  const weights = new Float32Array(dim * 3)
  const bias = new Float32Array(3)
  const parts: (readonly SentimentExample[])[] =
    recipe.ensemble === true
      ? [examples.map((ex) => part(ex, 0, ex.words, ex.sparse)), examples.map((ex) => part(ex, ex.words, ex.sparse, ex.sparse))]
      : [examples]
  const share = recipe.bags * parts.length
  for (let p = 0; p < parts.length; p++)
    for (let bag = 0; bag < recipe.bags; bag++) {
      const t = trainSoftmax(parts[p] as readonly SentimentExample[], dim, softmaxRecipe, createRng(seed + bag * 7919 + p * 104729), scale)
      for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) + (t.weights[j] as number) / share
      for (let c = 0; c < 3; c++) bias[c] = (bias[c] as number) + (t.bias[c] as number) / share
    }
  return { weights, bias }
}

/** Class probabilities of featurised examples under weights, uncalibrated. */
export function probabilitiesOf(model: { weights: Float32Array; bias: Float32Array }, examples: readonly SentimentExample[]): [number, number, number][] {
  const buf = new FeatureBuffer(1)
  const z = new Float64Array(3)
  return examples.map((ex) => {
    buf.indices = ex.indices
    buf.values = ex.values
    buf.length = ex.indices.length
    multilingualLogits(model, buf, z)
    softmax3(z)
    return [z[0] as number, z[1] as number, z[2] as number]
  })
}

/** Stratified fold of each example (by language and label), deterministic for a seed. */
export function stratifiedFolds(examples: readonly MultilingualExample[], k: number, seed: number): Int32Array {
  const folds = new Int32Array(examples.length)
  const groups = new Map<number, number[]>()
  examples.forEach((ex, i) => {
    const key = ex.lang * 3 + ex.target
    let g = groups.get(key)
    if (g === undefined) {
      g = []
      groups.set(key, g)
    }
    g.push(i)
  })
  const rng = createRng(seed ^ 0x5f0d)
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const g = groups.get(key) as number[]
    shuffleInPlace(g, rng)
    g.forEach((i, n) => {
      folds[i] = n % k
    })
  }
  return folds
}

/** Out-of-fold probabilities of every example (each from a model trained on the other folds). */
export function outOfFold(examples: readonly MultilingualExample[], folds: Int32Array, k: number, recipe: MultilingualRecipe, seed: number, trainOnly?: (ex: MultilingualExample) => boolean): [number, number, number][] {
  const out: [number, number, number][] = examples.map(() => [1 / 3, 1 / 3, 1 / 3])
  for (let f = 0; f < k; f++) {
    const train = examples.filter((ex, i) => folds[i] !== f || (trainOnly?.(ex) ?? false))
    const model = trainMultilingualWeights(train, recipe, seed + f)
    const test = examples.map((_, i) => i).filter((i) => folds[i] === f && !(trainOnly?.(examples[i] as MultilingualExample) ?? false))
    const p = probabilitiesOf(model, test.map((i) => examples[i] as MultilingualExample))
    test.forEach((i, n) => {
      out[i] = p[n] as [number, number, number]
    })
  }
  return out
}

/** Index of the largest probability (ties to the lower index, neutral before positive). */
export function argmax3(p: readonly number[]): number {
  let best = 1
  for (let c = 0; c < 3; c++) if ((p[c] as number) > (p[best] as number)) best = c
  return best
}

/** Macro-recall, accuracy and ECE per language of probabilities against gold. */
export interface LanguageFigures {
  readonly n: number
  readonly macroRecall: number
  readonly accuracy: number
  readonly ece: number
}

/** Per-language figures of (calibrated or not) probabilities. */
export function figuresByLanguage(langs: readonly string[], lang: readonly number[], gold: readonly number[], probs: readonly (readonly number[])[]): Record<string, LanguageFigures> {
  const out: Record<string, LanguageFigures> = {}
  const cls = [...SENTIMENT_CLASSES]
  langs.forEach((code, li) => {
    const idx = lang.map((l, i) => (l === li ? i : -1)).filter((i) => i >= 0)
    if (idx.length === 0) return
    const pred = idx.map((i) => argmax3(probs[i] as number[]))
    const m = classificationMetrics(cls, idx.map((i) => cls[gold[i] as number] as string), pred.map((p) => cls[p] as string))
    const conf = idx.map((i, n) => (probs[i] as number[])[pred[n] as number] as number)
    const ece = expectedCalibrationError(conf, idx.map((i, n) => pred[n] === gold[i]))
    out[code] = { n: idx.length, macroRecall: m.macroRecall, accuracy: m.accuracy, ece }
  })
  return out
}

/** Fits one calibration per language on (out-of-fold) probabilities. */
export function fitLanguageCalibration(langs: readonly string[], lang: readonly number[], gold: readonly number[], probs: readonly (readonly number[])[]): Record<string, ConfidenceCalibration> {
  const out: Record<string, ConfidenceCalibration> = {}
  langs.forEach((code, li) => {
    const idx = lang.map((l, i) => (l === li ? i : -1)).filter((i) => i >= 0)
    if (idx.length === 0) return
    const pred = idx.map((i) => argmax3(probs[i] as number[]))
    const conf = idx.map((i, n) => (probs[i] as number[])[pred[n] as number] as number)
    const cal = fitConfidenceCalibration(pred, conf, idx.map((i, n) => pred[n] === gold[i]))
    out[code] = { perLabel: cal.perLabel.map((x) => ({ a: Math.round(x.a * 1e4) / 1e4, b: Math.round(x.b * 1e4) / 1e4 })) }
  })
  return out
}

/** Applies per-language calibration to probabilities. */
export function calibrateByLanguage(langs: readonly string[], lang: readonly number[], probs: readonly (readonly number[])[], cal: Readonly<Record<string, ConfidenceCalibration>>): [number, number, number][] {
  return probs.map((p, i) => calibrateProbabilities([p[0] as number, p[1] as number, p[2] as number], argmax3(p), cal[langs[lang[i] as number] as string]))
}

/**
 * The review flag per language, cross-fitted: each fold's readings flagged with the threshold
 * `fit` gives on the other folds' readings (indices into `gold`).
 */
function reviewByLanguage(
  langs: readonly string[],
  foldOf: readonly number[],
  k: number,
  lang: readonly number[],
  gold: readonly number[],
  probs: readonly (readonly number[])[],
  fit: (rows: readonly number[]) => number,
): Record<string, { flagged: number; keptAccuracy: number }> {
  const out: Record<string, { flagged: number; keptAccuracy: number }> = {}
  langs.forEach((code, li) => {
    let flagged = 0
    let kept = 0
    let right = 0
    let n = 0
    for (let f = 0; f < k; f++) {
      const threshold = fit(lang.map((l, i) => (l === li && foldOf[i] !== f ? i : -1)).filter((i) => i >= 0))
      lang.forEach((l, i) => {
        if (l !== li || foldOf[i] !== f) return
        n++
        const p = probs[i] as number[]
        if (Math.max(...p) < threshold) flagged++
        else {
          kept++
          if (argmax3(p) === gold[i]) right++
        }
      })
    }
    if (n > 0) out[code] = { flagged: flagged / n, keptAccuracy: kept === 0 ? 0 : right / kept }
  })
  return out
}

/**
 * The languages whose readings come out better from the English model's probabilities than from the
 * multilingual model's out-of-fold ones (both with the language's cues fused, compared on macro-recall
 * by `margin`): where the training labels teach the model less than an English model already knows,
 * as for XLM-T's romanised Hindi. Replaces those languages' rows of `probs` in place with the English
 * readings, so calibration and every reported figure are of what ships.
 */
function chooseEnglishRead(
  rows: readonly MultilingualRow[],
  examples: readonly MultilingualExample[],
  target: readonly number[],
  languages: readonly string[],
  lang: readonly number[],
  gold: readonly number[],
  probs: [number, number, number][],
  english: (tokens: readonly Token[], out: Float64Array) => void,
  fuse: ((row: MultilingualRow, p: [number, number, number]) => [number, number, number]) | undefined,
  margin: number,
  log: ((line: string) => void) | undefined,
): string[] {
  const en = new Float64Array(3)
  const englishProbs = target.map((i): [number, number, number] => {
    const row = rows[(examples[i] as MultilingualExample).row] as MultilingualRow
    english(tokenize(row.text), en)
    const p: [number, number, number] = [en[0] as number, en[1] as number, en[2] as number]
    return fuse === undefined ? p : fuse(row, p)
  })
  const own = figuresByLanguage(languages, lang, gold, probs)
  const byEnglish = figuresByLanguage(languages, lang, gold, englishProbs)
  const chosen = languages.filter((l) => (byEnglish[l]?.macroRecall ?? 0) >= (own[l]?.macroRecall ?? 0) + margin)
  for (const l of languages) {
    const mine = ((own[l]?.macroRecall ?? 0) * 100).toFixed(2)
    const theirs = ((byEnglish[l]?.macroRecall ?? 0) * 100).toFixed(2)
    log?.(`${l}: out of fold, the model's readings ${mine}, the English model's ${theirs}: ${chosen.includes(l) ? "read by the English model's probabilities" : 'read by the model'}`)
  }
  for (let n = 0; n < probs.length; n++) if (chosen.includes(languages[lang[n] as number] as string)) probs[n] = englishProbs[n] as [number, number, number]
  return chosen
}

/** What `trainMultilingualModel` reports besides the model. */
export interface MultilingualReport {
  /** Out-of-fold figures per language, uncalibrated (macro-recall, accuracy, ECE). */
  readonly cv: Record<string, LanguageFigures>
  /** Out-of-fold ECE per language after calibration fitted on the other folds' out-of-fold predictions. */
  readonly cvCalibratedEce: Record<string, number>
  /**
   * Per language, the review flag cross-fitted (threshold fitted on the other folds' calibrated
   * out-of-fold readings): the share of readings it flags and the accuracy of those it does not.
   */
  readonly cvReview: Record<string, { readonly flagged: number; readonly keptAccuracy: number }>
  readonly folds: number
  readonly rows: number
}

/**
 * Trains the shipped model on all rows, with per-language calibration fitted on out-of-fold
 * predictions of `folds`-fold cross-validation (which also gives the reported CV figures).
 */
export function trainMultilingualModel(
  rows: readonly MultilingualRow[],
  options: {
    readonly seed: number
    readonly recipe?: MultilingualRecipe
    readonly folds?: number
    readonly languages?: readonly string[]
    /** Languages trained on (shared features) but neither read nor scored, e.g. English. */
    readonly helperLanguages?: readonly string[]
    /** The English model's probabilities of a message, for a recipe that reads them. */
    readonly english?: (tokens: readonly Token[], out: Float64Array) => void
    /**
     * What the reader makes of the model's probabilities for a row (its cues fused in): the CV
     * figures and the calibration are those of the reading, not of the model alone. Absent: the model's.
     */
    readonly fuse?: (row: MultilingualRow, p: [number, number, number]) => [number, number, number]
    /**
     * How much higher (macro-recall, 0..1) a language's out-of-fold readings from the English
     * model's probabilities (`english`, its cues fused alike) must be than the model's own for the
     * language to be read by them (`MultilingualModel.englishRead`). Default 0.01.
     */
    readonly englishReadMargin?: number
    readonly log?: (line: string) => void
  },
): { model: MultilingualModel; report: MultilingualReport } {
  const recipe = options.recipe ?? DEFAULT_MULTILINGUAL_RECIPE
  const k = options.folds ?? 5
  const languages = options.languages ?? MULTILINGUAL_LANGUAGES
  const helpers = options.helperLanguages ?? []
  const all = [...languages, ...helpers]
  const featurizer = new MultilingualFeaturizer(recipe.features, all)
  const examples = featurizeMultilingual(rows, featurizer, (recipe.features.english ?? 0) > 0 ? options.english : undefined)
  const isHelper = (ex: MultilingualExample): boolean => ex.lang >= languages.length
  const folds = stratifiedFolds(examples, k, options.seed)
  const oof = outOfFold(examples, folds, k, recipe, options.seed, isHelper)
  const target = examples.map((_, i) => i).filter((i) => !isHelper(examples[i] as MultilingualExample))
  const lang = target.map((i) => (examples[i] as MultilingualExample).lang)
  const gold = target.map((i) => (examples[i] as MultilingualExample).target)
  const fuse = options.fuse
  const probs = target.map((i) => {
    const p = oof[i] as [number, number, number]
    return fuse === undefined ? p : fuse(rows[(examples[i] as MultilingualExample).row] as MultilingualRow, p)
  })
  const englishRead = options.english === undefined ? [] : chooseEnglishRead(rows, examples, target, languages, lang, gold, probs, options.english, fuse, options.englishReadMargin ?? 0.01, options.log)
  const cv = figuresByLanguage(languages, lang, gold, probs)
  // Calibration's own honest error: for each fold, curves fitted on the other folds' out-of-fold rows.
  const calibrated: [number, number, number][] = probs.map((p) => [p[0], p[1], p[2]])
  for (let f = 0; f < k; f++) {
    const fit = target.map((i, n) => (folds[i] !== f ? n : -1)).filter((n) => n >= 0)
    const cal = fitLanguageCalibration(languages, fit.map((n) => lang[n] as number), fit.map((n) => gold[n] as number), fit.map((n) => probs[n] as number[]))
    const apply = target.map((i, n) => (folds[i] === f ? n : -1)).filter((n) => n >= 0)
    const out = calibrateByLanguage(languages, apply.map((n) => lang[n] as number), apply.map((n) => probs[n] as number[]), cal)
    apply.forEach((n, j) => {
      calibrated[n] = out[j] as [number, number, number]
    })
  }
  const after = figuresByLanguage(languages, lang, gold, calibrated)
  const cvCalibratedEce = Object.fromEntries(Object.entries(after).map(([l, f]) => [l, f.ece]))
  const reviewBelow = (rows: readonly number[]): number =>
    fitReviewThreshold(
      rows.map((n) => Math.max(...(calibrated[n] as number[]))),
      rows.map((n) => argmax3(calibrated[n] as number[]) === gold[n]),
    )
  const cvReview = reviewByLanguage(languages, target.map((i) => folds[i] as number), k, lang, gold, calibrated, reviewBelow)
  const calibration = Object.fromEntries(
    Object.entries(fitLanguageCalibration(languages, lang, gold, probs)).map(([l, cal]) => [l, { ...cal, reviewBelow: reviewBelow(lang.map((x, n) => (languages[x] === l ? n : -1)).filter((n) => n >= 0)) }]),
  )
  for (const l of languages) {
    const r = cvReview[l]
    options.log?.(`${l}: CV macro-recall ${((cv[l]?.macroRecall ?? 0) * 100).toFixed(2)}, ECE ${(cv[l]?.ece ?? 0).toFixed(4)} → ${(cvCalibratedEce[l] ?? 0).toFixed(4)} calibrated (cross-fitted); review below ${calibration[l]?.reviewBelow}: flags ${((r?.flagged ?? 0) * 100).toFixed(1)}%, the rest ${((r?.keptAccuracy ?? 0) * 100).toFixed(1)}% right (cross-fitted)`)
  }
  const { weights, bias } = trainMultilingualWeights(examples, recipe, options.seed)
  return {
    model: { languages: all, features: recipe.features, weights, bias, calibration, ...(englishRead.length > 0 ? { englishRead } : {}) },
    report: { cv, cvCalibratedEce, cvReview, folds: k, rows: examples.length },
  }
}
