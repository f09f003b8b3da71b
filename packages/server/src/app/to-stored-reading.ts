import type { Reading } from '@undertone/engine'
import type { StoredReading } from '@undertone/storage'

/** Converts an engine reading to its stored form. */
export function toStoredReading(messageId: string, conversationId: string, r: Reading, now: number): StoredReading {
  return {
    messageId,
    conversationId,
    modelVersion: r.modelVersion,
    label: r.sentiment.label,
    score: r.sentiment.score,
    confidence: r.sentiment.confidence,
    emotions: r.emotions,
    intensity: r.intensity,
    cues: r.cues.map((c) => ({ kind: c.kind, start: c.start, end: c.end, explicit: c.explicit, weight: c.weight, ...(c.count === undefined ? {} : { count: c.count }) })),
    needsReview: r.needsReview,
    language: r.language,
    readAt: now,
  }
}
