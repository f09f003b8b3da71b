import type { CueRule } from '../signals/cue-rules.js'
import type { SentenceRange } from '../text/split-sentences.js'
import { countWords } from '../text/count-words.js'
import type { Token } from '../text/token.js'
import { keepCues } from './keep-cues.js'
import type { Cue } from './reading.js'

// Cues that keep a problem current whatever thanks close the message.
const STILL_OPEN = new Set(['repeat-contact', 'churn-threat', 'human-request', 'time-pressure', 'sarcasm', 'grudging-acceptance'])
// Annoyance said outright keeps it open too ("ärgerlich", "fed up"); owned confusion (-0.25) does not.
const ANNOYED = -0.5
const PRAISE_MIN_WORDS = 3

/**
 * Thanks or praise that close a story in the other languages are for what the story tells was put
 * right ("Achei que tinha perdido todas as fotos…, e vocês conseguiram recuperar tudo. Nem sei o que
 * dizer.", "Ero convinto che il regalo non sarebbe mai arrivato…, e invece… Mi avete salvato
 * l'anniversario."): the learned complaint, which hears the story's trouble, is dropped there, as
 * English reads a fix after the problem. Not where anything keeps the problem open (asked again, a
 * threat, a deadline, sarcasm). Changes `cues` and `rules` in place.
 */
export function thanksCloseStory(tokens: readonly Token[], sentences: readonly SentenceRange[], cues: Cue[], rules: (CueRule | undefined)[], complaint: CueRule): void {
  if (sentences.length < 2 || !rules.includes(complaint) || cues.some((c) => STILL_OPEN.has(c.kind) || (c.kind === 'explicit-emotion' && c.weight <= ANNOYED))) return
  const last = sentences[sentences.length - 1] as SentenceRange
  const from = (tokens[last.from] as Token).start
  const words = countWords(tokens, last.from, last.to)
  // Praise in a word or two closes a complaint as often as a story ("Toll gemacht.", "Super."): only thanks, or praise said at length, closes a story.
  if (!cues.some((c) => c.weight > 0 && c.start >= from && (c.kind === 'gratitude' || (c.kind === 'praise' && words >= PRAISE_MIN_WORDS)))) return
  keepCues(cues, rules, (_, rule) => rule !== complaint)
}
