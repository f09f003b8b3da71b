import { AR_CUES } from './ar.js'
import { DE_CUES } from './de.js'
import { ES_CUES } from './es.js'
import { FR_CUES } from './fr.js'
import { HI_CUES } from './hi.js'
import { IT_CUES } from './it.js'
import type { LanguageCues } from './language-cues.js'
import { PT_CUES } from './pt.js'

/** The languages with cues of their own, beside English's built-in rules. */
export const LANGUAGE_CUES: Readonly<Record<string, LanguageCues>> = {
  ar: AR_CUES,
  de: DE_CUES,
  es: ES_CUES,
  fr: FR_CUES,
  hi: HI_CUES,
  it: IT_CUES,
  pt: PT_CUES,
}
