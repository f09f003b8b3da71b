/** Polarity classes, in the order the model's probabilities use. */
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const
/** negative | neutral | positive */
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number]

/** The emotions every reading scores, each 0..1. */
export const EMOTIONS = [
  'frustration',
  'anger',
  'confusion',
  'urgency',
  'satisfaction',
  'gratitude',
  'disappointment',
  'sarcasm',
] as const
/** One of {@link EMOTIONS}. */
export type Emotion = (typeof EMOTIONS)[number]
/** A score per emotion, each 0..1. */
export type EmotionScores = Record<Emotion, number>

/** Kinds of cue the reader reports. Kebab-case names are part of the public contract. */
export const CUE_KINDS = [
  'explicit-emotion',
  'repeat-contact',
  'time-pressure',
  'grudging-acceptance',
  'sarcasm',
  'clipped-sentences',
  'exclamation',
  'caps',
  'elongation',
  'intensifier',
  'hedge',
  'question',
  'churn-threat',
  'human-request',
  'issue-report',
  'negation',
  'contrast',
  'politeness',
  'gratitude',
  'praise',
  'profanity',
  'emoji',
  'emoticon',
  'domain-term',
  'ambiguous-term',
  'escalating-intensity',
  'restated-ask',
  'acknowledgement',
  // Waiting on the outcome ("fingers crossed", "I'll keep checking my email"): not a feature of the
  // models (see distinctCueKinds), read by the conversation analysis.
  'awaiting',
] as const
/** One of {@link CUE_KINDS}. */
export type CueKind = (typeof CUE_KINDS)[number]

/** Cue kinds that carry intensity: the spec's "intensity" cue family. */
export const INTENSITY_CUES: ReadonlySet<CueKind> = new Set(['exclamation', 'caps', 'elongation', 'intensifier'])

/**
 * One piece of evidence in the text. `start`/`end` are UTF-16 offsets into the input given to
 * `read`, so `text.slice(start, end)` is the cue's words.
 */
export interface Cue {
  readonly kind: CueKind
  readonly start: number
  readonly end: number
  /** True when the emotion is stated ("I'm frustrated"); false when it is read between the lines. */
  readonly explicit: boolean
  /** Signed pull on sentiment, -1 (negative) .. 1 (positive); 0 for cues without polarity. */
  readonly weight: number
  /** The emotion this cue speaks for, when it speaks for one. */
  readonly emotion?: Emotion
  /** The matched words, for display. */
  readonly text: string
  /**
   * On a repeat-contact cue that counts the contacts, the count the customer states ("my fourth
   * time contacting you" 4, "I've reported this three times" 3); absent otherwise.
   */
  readonly count?: number
}

/** The sentiment part of a reading. */
export interface SentimentReading {
  readonly label: SentimentLabel
  /** P(positive) − P(negative), -1..1. */
  readonly score: number
  /** How sure the reader is of `label`, 0..1. */
  readonly confidence: number
  readonly probabilities: Readonly<Record<SentimentLabel, number>>
}

/** A span of the input the reader skipped: quoted history or a signature. */
export interface IgnoredSpan {
  readonly kind: 'quote' | 'signature'
  readonly start: number
  readonly end: number
}

/** Why a reading was flagged for human review. */
export type ReviewReason =
  | 'low-confidence'
  | 'conflicting-cues'
  | 'ambiguous-term'
  | 'unsupported-language'
  | 'empty-text'
  | 'truncated'

/** Everything the reader says about one message. */
export interface Reading {
  readonly sentiment: SentimentReading
  readonly emotions: EmotionScores
  /** How strongly the message is expressed, 0 (flat) .. 1 (shouting). */
  readonly intensity: number
  /** The cues behind the reading, in text order: every kind found, at most 20 of each (`CUES_SHOWN_PER_KIND`). */
  readonly cues: readonly Cue[]
  readonly needsReview: boolean
  readonly reviewReasons: readonly ReviewReason[]
  /** ISO 639-1 code, or "und" when the text has no language (only emoji, only a URL, empty). */
  readonly language: string
  readonly languageSupported: boolean
  /** Quoted replies and signatures that were left out of the reading. */
  readonly ignored: readonly IgnoredSpan[]
  /** Number of sentences read (after removing quotes and signatures). */
  readonly sentences: number
  readonly domain: string
  readonly modelVersion: string
  /** Sarcasm at or above its tuned decision threshold. */
  readonly sarcastic: boolean
  /** With `context.taxonomy = 'goemotions'`: the 28 GoEmotions probabilities and the labels over their thresholds. */
  readonly goemotions?: Readonly<Record<string, number>>
  readonly goemotionsLabels?: readonly string[]
  /** With `context.explain`: per emotion, the cues and terms that raised it most. */
  readonly explanations?: Readonly<Partial<Record<Emotion, { readonly cues: readonly string[]; readonly terms: readonly string[] }>>>
}

/** What the caller knows about a message besides its text. */
export interface ReadContext {
  /** A domain profile id (saas, developer-tools, ecommerce, gaming, healthcare, finance, telecom). */
  readonly domain?: string
  /** Earlier messages of the same customer or conversation, oldest first. */
  readonly previous?: readonly (string | { readonly text: string })[]
  /** A BCP 47 locale hint such as "en-GB"; used when detection is unsure. */
  readonly locale?: string
  /** Also score the 28-label GoEmotions taxonomy (needs a reader created with it loaded). */
  readonly taxonomy?: 'goemotions'
  /** Also list, per emotion, the cues and terms behind it (costs a few more passes). */
  readonly explain?: boolean
}
