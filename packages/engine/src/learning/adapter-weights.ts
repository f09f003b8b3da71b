import type { DomainTerm } from '../domain/domain-profile.js'

/**
 * What a full retrain learns for one workspace, on top of the shipped reader: per feature, a
 * correction to the sentiment log-odds (3 per bucket) and to the logit of each emotion (8 per
 * bucket, only for emotions people have corrected). Starting from zero with an L2 pull back to
 * zero means a workspace with few corrections reads like the base model.
 */
export interface AdapterWeights {
  /** The workspace's version label, e.g. "ws-3". */
  readonly version: string
  readonly sentiment: ReadonlyMap<number, Float32Array>
  /** Sentiment log-odds shift per language (ISO 639-1). */
  readonly sentimentBias: ReadonlyMap<string, Float32Array>
  readonly emotions: ReadonlyMap<number, Float32Array>
  readonly emotionBias: Float32Array
  /** Per emotion (EMOTIONS order), whether corrections covered it; others are left as read. */
  readonly emotionTrained: readonly boolean[]
  /** Corrected examples per language; a language with enough of them becomes readable. */
  readonly languages: Readonly<Record<string, number>>
  /** Words the adapter learned to read differently, in the domain-profile shape. */
  readonly terms: readonly DomainTerm[]
  /** Number of examples trained on. */
  readonly examples: number
}
