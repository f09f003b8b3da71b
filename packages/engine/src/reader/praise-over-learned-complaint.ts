import type { CueRule } from '../signals/cue-rules.js'
import { praiseWordsOf } from '../signals/detect-cues.js'
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { isMeantPraise, keepCues } from './keep-cues.js'
import type { Cue } from './reading.js'

// As a table's sarcasm family reads: the praise is the sneer.
const PRAISE_AS_SARCASM: CueRule = { kind: 'sarcasm', explicit: false, weight: -0.85, emotion: 'sarcasm', strength: 0.85, patterns: [] }
// Words a one-word praise may carry in its own sentence and still stand alone: the tag of a sneer
// ("Ótimo, né.", "Bravo hein.", "Genial, ¿no?", "Toll, oder?", "Perfetto, eh.") or an opener ("Oh, génial.").
const TAGS = new Set(['né', 'ne', 'hein', 'no', 'eh', 'oder', 'ja', 'quoi', 'vero', 'nicht', 'wirklich', 'oh', 'ah', 'ay', 'ach', 'wow', 'muito', 'super', 'vraiment', 'très', 'tres', 'molto', 'davvero', 'really', 'wah', 'waah', 'bahut', 'सच', 'بجد', 'والله', 'ya', 'mais', 'sehr', 'que', 'qué', 'c\'est', 'cest'])

/**
 * In the other languages a fault is often told in words no table names ("la mise à jour a effacé
 * toutes mes playlists", "pra receber depois da entrega normal da minha vizinha"); the learned
 * complaint hears it. Beside it, one-word praise that stands as its own sentence or opens one before
 * a comma is the sneer it is beside a table's fault ("Bravo, la mise à jour a effacé toutes mes
 * playlists. Merci pour ce magnifique cadeau.", "…da minha vizinha. Ótimo, né."), unless a word that
 * keeps it meant follows ("Ótimo, obrigado", "Perfeito, funcionou"). The praise becomes sarcasm and the
 * praise and thanks around it stop pulling toward positive, as the tables' sarcasm does to them.
 * Changes `cues` and `rules` in place; returns whether it did.
 */
export function praiseOverLearnedComplaint(language: string, text: string, tokens: readonly Token[], sentences: readonly SentenceRange[], cues: Cue[], rules: (CueRule | undefined)[], complaint: CueRule): boolean {
  if (!rules.includes(complaint) || cues.some((c) => c.kind === 'sarcasm')) return false
  const words = praiseWordsOf(language)
  if (words === undefined) return false
  let turned = -1
  for (let k = 0; k < cues.length && turned < 0; k++) {
    const c = cues[k] as Cue
    if (c.kind !== 'praise' || c.weight <= 0) continue
    const at = tokens.findIndex((t) => t.start === c.start)
    const t = tokens[at]
    if (t === undefined || t.end !== c.end || !words.praise.has(t.norm)) continue
    const s = sentences.find((x) => x.from <= at && at < x.to)
    if (s !== undefined && standsAlone(tokens, s, at, words.sincereAfter) && !thanksNext(tokens, s, words.sincereAfter)) turned = k
  }
  if (turned < 0) return false
  const c = cues[turned] as Cue
  cues[turned] = { kind: 'sarcasm', start: c.start, end: c.end, explicit: false, weight: PRAISE_AS_SARCASM.weight, emotion: 'sarcasm', text: text.slice(c.start, c.end) }
  rules[turned] = PRAISE_AS_SARCASM
  keepCues(cues, rules, (x) => !isMeantPraise(x))
  return true
}

/** True when the sentence after `s` opens with a word that keeps praise meant: "Perfeito! Obrigado pela ajuda." */
function thanksNext(tokens: readonly Token[], s: SentenceRange, sincereAfter: ReadonlySet<string>): boolean {
  for (let i = s.to; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'word') return sincereAfter.has(t.norm)
  }
  return false
}

/** True when the praise at `at` is its sentence's only word but tags, or opens it before a comma, with no word after it that keeps it meant. */
function standsAlone(tokens: readonly Token[], s: SentenceRange, at: number, sincereAfter: ReadonlySet<string>): boolean {
  let others = 0
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    if (sincereAfter.has(t.norm)) return false
    if (i !== at && !TAGS.has(t.norm)) others++
  }
  if (others === 0) return true
  // Opens the sentence ("Bravo, la mise à jour…"): the word before it, if any, a tag.
  for (let i = s.from; i < at; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'word' && !TAGS.has(t.norm)) return false
  }
  return (tokens[at + 1] as Token | undefined)?.norm === ','
}

