import type { Cue } from './reading.js'

/** How many cues of one kind a reading lists. */
export const CUES_SHOWN_PER_KIND = 20

/**
 * The cues a reading lists: every kind present, at most `perKind` of each, the first ones in
 * text order. The reading itself weighs every cue; the list is for people and downstream kinds,
 * and 25,000 exclamation marks highlighted one by one help neither (they made one 100k-character
 * reading a 3 MB answer).
 */
export function shownCues(cues: readonly Cue[], perKind = CUES_SHOWN_PER_KIND): readonly Cue[] {
  if (cues.length <= perKind) return cues
  const counts = new Map<string, number>()
  const out: Cue[] = []
  for (const c of cues) {
    const n = counts.get(c.kind) ?? 0
    if (n >= perKind) continue
    counts.set(c.kind, n + 1)
    out.push(c)
  }
  return out.length === cues.length ? cues : out
}
