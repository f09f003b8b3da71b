import type { CueRule } from '../signals/cue-rules.js'
import type { Cue } from './reading.js'

/**
 * Keeps, in place and in order, the cues (and their rules, index for index) that `keep` accepts. One
 * pass: splicing cue by cue was quadratic in messages of repeated praise.
 */
export function keepCues(cues: Cue[], rules: (CueRule | undefined)[], keep: (c: Cue, rule: CueRule | undefined) => boolean): void {
  let kept = 0
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i] as Cue
    if (!keep(c, rules[i])) continue
    cues[kept] = c
    rules[kept] = rules[i]
    kept++
  }
  cues.length = kept
  rules.length = kept
}

/** Praise or thanks that pulls toward positive: what sarcasm beside it takes back. */
export const isMeantPraise = (c: Cue): boolean => (c.kind === 'praise' || c.kind === 'gratitude') && c.weight > 0
