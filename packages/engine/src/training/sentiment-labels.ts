/** GoEmotions labels that carry a clearly positive or negative sentiment. */
const GO_POSITIVE = new Set([
  'admiration', 'amusement', 'approval', 'caring', 'excitement', 'gratitude', 'joy', 'love', 'optimism', 'pride', 'relief',
])
const GO_NEGATIVE = new Set([
  'anger', 'annoyance', 'disappointment', 'disapproval', 'disgust', 'embarrassment', 'fear', 'grief', 'nervousness',
  'remorse', 'sadness',
])

/**
 * Maps a GoEmotions multi-label row to a sentiment label: only-positive emotions → positive, only-negative →
 * negative, exactly ["neutral"] → neutral; mixed or ambiguous rows (surprise, curiosity, …) → undefined.
 */
export function goEmotionsToSentiment(labels: readonly string[]): 'negative' | 'neutral' | 'positive' | undefined {
  let pos = false
  let neg = false
  for (const l of labels) {
    if (GO_POSITIVE.has(l)) pos = true
    else if (GO_NEGATIVE.has(l)) neg = true
  }
  if (pos && !neg) return 'positive'
  if (neg && !pos) return 'negative'
  if (!pos && !neg && labels.length === 1 && labels[0] === 'neutral') return 'neutral'
  return undefined
}

/** TweetEval-emotion (anger/joy/optimism/sadness) → sentiment polarity. */
export function tweetEvalEmotionToSentiment(label: string): 'negative' | 'positive' | undefined {
  return label === 'anger' || label === 'sadness' ? 'negative' : label === 'joy' || label === 'optimism' ? 'positive' : undefined
}

/** Parsed rows of the data sets the built-in sentiment model may be trained on (all optional). */
export interface SentimentTrainingSets {
  /** semeval-sentiment-2013-2016 train: `{text, label, source_file?}` with negative/neutral/positive. */
  readonly semeval?: readonly { readonly text: string; readonly label: string; readonly source_file?: string }[]
  /** goemotions train: `{text, labels}`. */
  readonly goemotions?: readonly { readonly text: string; readonly labels: readonly string[] }[]
  /** tweeteval-emotion train: `{text, label}`. */
  readonly tweetevalEmotion?: readonly { readonly text: string; readonly label: string }[]
}

/** Auxiliary-set weights of the built-in recipe. */
export const SENTIMENT_AUX_WEIGHTS = { goemotions: 0.3, tweetevalEmotion: 0.5 } as const

/**
 * The latest SemEval releases (by `source_file` prefix) count twice: with the 2016 test file held out,
 * doubling the other 2016 files raised macro-recall on it, on SemEval-2017 tweets and on MELD dialogue
 * alike (research/exp-transfer.ts), and live traffic is always later than training.
 */
export const SENTIMENT_RECENT_RELEASES = { prefix: 'twitter-2016', weight: 2 } as const

/**
 * The built-in model's training rows: SemEval sentiment at weight 1 (its latest releases at
 * {@link SENTIMENT_RECENT_RELEASES}), GoEmotions mapped to sentiment at 0.3,
 * TweetEval-emotion mapped to polarity at 0.5 (see {@link goEmotionsToSentiment}).
 */
export function buildSentimentTrainingRows(
  sets: SentimentTrainingSets,
  weights: { readonly goemotions: number; readonly tweetevalEmotion: number } = SENTIMENT_AUX_WEIGHTS,
): { text: string; label: string; weight: number }[] {
  const rows: { text: string; label: string; weight: number }[] = []
  for (const r of sets.semeval ?? []) {
    const recent = r.source_file?.startsWith(SENTIMENT_RECENT_RELEASES.prefix) === true
    rows.push({ text: r.text, label: r.label, weight: recent ? SENTIMENT_RECENT_RELEASES.weight : 1 })
  }
  if (weights.goemotions > 0) {
    for (const r of sets.goemotions ?? []) {
      const label = goEmotionsToSentiment(r.labels)
      if (label !== undefined) rows.push({ text: r.text, label, weight: weights.goemotions })
    }
  }
  if (weights.tweetevalEmotion > 0) {
    for (const r of sets.tweetevalEmotion ?? []) {
      const label = tweetEvalEmotionToSentiment(r.label)
      if (label !== undefined) rows.push({ text: r.text, label, weight: weights.tweetevalEmotion })
    }
  }
  return rows
}
