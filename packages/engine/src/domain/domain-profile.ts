import type { Emotion, SentimentLabel } from '../reader/reading.js'

/**
 * A term whose meaning depends on the domain. `pattern` uses the cue pattern syntax (one token
 * slot per space-separated element, `a|b` alternatives). `polarity` pulls sentiment (-1..1);
 * `emotions` scales how much the term's words count toward each emotion (0 = not at all).
 */
export interface DomainTerm {
  readonly pattern: string
  readonly polarity: number
  readonly emotions?: Partial<Record<Emotion, number>>
  /** Where the term came from: built in, added by a workspace, or learned from corrections. */
  readonly source?: 'builtin' | 'workspace' | 'learned'
  readonly note?: string
}

/**
 * How a domain reads: prior shifts on the sentiment classes (added to log-odds) and terms
 * whose polarity differs there. Workspaces extend a built-in profile with their own terms, and
 * the learning loop writes learned terms into the same shape.
 */
export interface DomainProfile {
  readonly id: string
  readonly label: string
  readonly extends?: string
  readonly priors?: Partial<Record<SentimentLabel, number>>
  /** Multiplies the emotion scores derived for this domain (e.g. dampen frustration for bug reports). */
  readonly emotionScale?: Partial<Record<Emotion, number>>
  readonly terms: readonly DomainTerm[]
}
