/**
 * How the data sets' labels become the heads' targets: GoEmotions and TweetEval emotion labels to our
 * emotions, MOOC urgency ratings to 0..1.
 */
import { HEAD_COUNT, HEAD_NAMES } from '../model/emotion-heads.js'

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

/** Multi-hot GoEmotions-mapped targets for the always-on heads (NaN for urgency and sarcasm). */
export function goemotionsHeadTargets(labels: readonly string[], out: Float32Array, offset: number): void {
  for (let h = 0; h < HEAD_COUNT; h++) {
    const name = HEAD_NAMES[h] as string
    const src = GOEMOTIONS_TO_HEADS[name]
    out[offset + h] = src === undefined ? Number.NaN : labels.some((l) => src.includes(l)) ? 1 : 0
  }
}
