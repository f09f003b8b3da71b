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
