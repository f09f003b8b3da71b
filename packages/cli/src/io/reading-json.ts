import type { Reading } from '@undertone/engine'

/** The JSON shape of a reading in CLI output: every Reading field, cues with their spans. */
export function readingToJson(r: Reading): Record<string, unknown> {
  return {
    sentiment: r.sentiment,
    emotions: r.emotions,
    sarcastic: r.sarcastic,
    intensity: r.intensity,
    cues: r.cues,
    needsReview: r.needsReview,
    reviewReasons: r.reviewReasons,
    language: r.language,
    languageSupported: r.languageSupported,
    ignored: r.ignored,
    domain: r.domain,
    modelVersion: r.modelVersion,
    ...(r.goemotions === undefined ? {} : { goemotions: r.goemotions, goemotionsLabels: r.goemotionsLabels }),
  }
}
