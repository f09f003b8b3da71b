import { classificationMetrics } from '../model/classification-metrics.js'
import { hashString } from '../model/hash.js'
import { type Reading, SENTIMENT_LABELS, type SentimentLabel } from '../reader/reading.js'
import { type Adaptation, adaptReading } from './adapt-reading.js'

/** A reviewed message held out from training. */
export interface HeldOutExample {
  readonly text: string
  /** The base model's reading. */
  readonly reading: Reading
  readonly label: SentimentLabel
}

/** How well a reader agrees with held-out reviewed labels. */
export interface AdaptationMetrics {
  readonly n: number
  readonly accuracy: number
  readonly macroF1: number
  readonly perLabel: readonly { readonly label: SentimentLabel; readonly f1: number; readonly support: number }[]
}

/** Scores the base reading (no `adaptation`) or an adapted one against held-out labels. */
export function evaluateAdaptation(examples: readonly HeldOutExample[], adaptation?: Adaptation): AdaptationMetrics {
  const predicted = examples.map((e) => (adaptation === undefined ? e.reading : adaptReading(e.reading, e.text, adaptation)).sentiment.label)
  const m = classificationMetrics(SENTIMENT_LABELS, examples.map((e) => e.label), predicted)
  // Macro-F1 over the labels that occur (in the reviews or the predictions): a workspace that
  // never reviewed a neutral message should not have a zero averaged in for it.
  const seen = m.perClass.filter((c, i) => c.support > 0 || m.confusion.some((row) => (row[i] as number) > 0))
  const macroF1 = seen.length === 0 ? 0 : seen.reduce((a, c) => a + c.f1, 0) / seen.length
  return { n: m.n, accuracy: m.accuracy, macroF1, perLabel: m.perClass.map((c) => ({ label: c.label as SentimentLabel, f1: c.f1, support: c.support })) }
}

/** Whether a candidate version may replace the current one, and why. */
export interface PromotionDecision {
  readonly promote: boolean
  readonly reason: string
}

/**
 * The promotion rule: a candidate replaces the current version only when it reads the
 * workspace's held-out reviewed labels better (higher macro-F1, strictly, by `minGain`) without
 * losing accuracy, and only with enough held-out labels to tell.
 */
export function decidePromotion(candidate: AdaptationMetrics, current: AdaptationMetrics, options: { minLabels?: number; minGain?: number } = {}): PromotionDecision {
  const minLabels = options.minLabels ?? 20
  const minGain = options.minGain ?? 0
  const f = (x: number): string => (x * 100).toFixed(1)
  if (candidate.n < minLabels) return { promote: false, reason: `only ${candidate.n} held-out reviewed labels (need ${minLabels})` }
  if (candidate.macroF1 <= current.macroF1 + minGain) return { promote: false, reason: `macro-F1 ${f(candidate.macroF1)} does not beat the current ${f(current.macroF1)} on ${candidate.n} held-out labels` }
  if (candidate.accuracy < current.accuracy - 0.02) return { promote: false, reason: `accuracy falls from ${f(current.accuracy)} to ${f(candidate.accuracy)}` }
  return { promote: true, reason: `macro-F1 ${f(current.macroF1)} → ${f(candidate.macroF1)} on ${candidate.n} held-out labels` }
}

/**
 * Which reviewed messages are held out from training, decided by the message id alone so the
 * split never moves as corrections arrive: about one in five.
 */
export function isHeldOut(messageId: string): boolean {
  return hashString(messageId, 0) % 5 === 0
}
