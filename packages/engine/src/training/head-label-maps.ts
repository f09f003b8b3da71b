/**
 * How the data sets' labels become the heads' targets: GoEmotions (by GOEMOTIONS_TO_HEADS) and
 * TweetEval emotion labels to our emotions, MOOC urgency ratings to 0..1.
 */
import { GOEMOTIONS_TO_HEADS, HEAD_COUNT, HEAD_NAMES } from '../model/emotion-heads.js'

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
