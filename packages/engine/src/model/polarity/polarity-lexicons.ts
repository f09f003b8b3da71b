/**
 * The hand-written polarity word lists the multilingual model reads, by language (ISO 639-1).
 * English has none here: its messages are read by the English model, which bundles VADER's lexicon.
 */
import { AR_POLARITY } from './ar.js'
import { DE_POLARITY } from './de.js'
import { ES_POLARITY } from './es.js'
import { FR_POLARITY } from './fr.js'
import { HI_POLARITY } from './hi.js'
import { IT_POLARITY } from './it.js'
import type { PolarityLexicon } from './polarity-lexicon.js'
import { PT_POLARITY } from './pt.js'

/** Polarity words per language. */
export const POLARITY_LEXICONS: Readonly<Record<string, PolarityLexicon>> = {
  ar: AR_POLARITY,
  de: DE_POLARITY,
  es: ES_POLARITY,
  fr: FR_POLARITY,
  hi: HI_POLARITY,
  it: IT_POLARITY,
  pt: PT_POLARITY,
}
