/** Messages as the heads see them: the sentiment model's feature vector plus the dense head inputs. */
import { HEAD_DENSE_COUNT, headDenseInputs } from '../model/emotion-heads.js'
import { predictSentiment, sentimentFeatures, type SentimentModel, SentimentScratch } from '../model/sentiment-model.js'
import { tokenize } from '../text/tokenize.js'
import { unescapeHtml } from './train-sentiment.js'
import type { Token } from '../text/token.js'

/** A featurised message: the sentiment feature vector plus the dense head inputs. */
export interface HeadExample {
  readonly indices: Int32Array
  readonly values: Float32Array
  readonly dense: Float32Array
}

/**
 * Featurises texts exactly as the reader will: tokenise (after HTML unescaping), cue kinds, the
 * sentiment model's feature vector, and the dense inputs from the sentiment model's probabilities.
 */
export function featurizeHeadTexts(
  texts: readonly string[],
  sentiment: SentimentModel,
  cueKindsOf?: (text: string, tokens: readonly Token[]) => string[],
): HeadExample[] {
  const scratch = new SentimentScratch()
  const out: HeadExample[] = []
  for (const raw of texts) {
    const text = unescapeHtml(raw)
    const tokens = tokenize(text)
    const kinds = cueKindsOf ? cueKindsOf(text, tokens) : []
    const p = predictSentiment(sentiment, tokens, kinds, scratch)
    const dense = new Float32Array(HEAD_DENSE_COUNT)
    headDenseInputs(p.negative, p.positive, tokens.length, dense)
    const snap = sentimentFeatures(sentiment, tokens, kinds, scratch).snapshot()
    out.push({ indices: snap.indices, values: snap.values, dense })
  }
  return out
}
