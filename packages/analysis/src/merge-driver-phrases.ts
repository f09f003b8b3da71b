/** What merging needs of a ranked driver. */
interface RankedDriver {
  readonly topic: string
  readonly kind: 'phrase' | 'product-area' | 'topic'
  readonly negativeCount: number
  readonly score: number
  readonly examples: readonly string[]
}

/** Counts within this fraction of each other (or one apart) are the same count. */
const SAME_COUNT = 0.15

const words = (phrase: string): string[] => phrase.split(' ')

/**
 * Two phrases that stand for the same messages: the same newest negative examples and about the
 * same count. "csv" and "csv export", or "exported dates" and "wrong timezone" from one sentence,
 * are one driver; "export" (99) and "csv export" (59) are not, whatever their examples.
 */
function sameMessages(a: RankedDriver, b: RankedDriver): boolean {
  if (a.examples.length === 0 || a.examples.length !== b.examples.length) return false
  const ex = new Set(a.examples)
  if (!b.examples.every((e) => ex.has(e))) return false
  const hi = Math.max(a.negativeCount, b.negativeCount)
  return hi - Math.min(a.negativeCount, b.negativeCount) <= Math.max(1, SAME_COUNT * hi)
}

/**
 * Folds near-duplicate phrase drivers into one (see sameMessages), keeping the ranking order. The
 * group is shown by its most specific phrase (most words, then most negatives) and ranks where its
 * best member ranked; `label` joins the phrases that add words the shown one lacks, and `also`
 * lists every phrase folded in. Topics and product areas are left as they are.
 */
export function mergeDriverPhrases<D extends RankedDriver>(drivers: readonly D[]): (D & { label?: string; also?: readonly string[] })[] {
  const groups: D[][] = []
  const order: (D | D[])[] = []
  for (const d of drivers) {
    if (d.kind !== 'phrase') {
      order.push(d)
      continue
    }
    const g = groups.find((members) => sameMessages(members[0] as D, d))
    if (g !== undefined) g.push(d)
    else {
      const members = [d]
      groups.push(members)
      order.push(members)
    }
  }
  return order.map((entry) => {
    if (!Array.isArray(entry)) return entry
    if (entry.length === 1) return entry[0] as D
    const shown = [...entry].sort((a, b) => words(b.topic).length - words(a.topic).length || b.negativeCount - a.negativeCount || (a.topic < b.topic ? -1 : 1))[0] as D
    const covered = new Set(words(shown.topic))
    const parts = [shown.topic]
    for (const m of [...entry].sort((a, b) => words(b.topic).length - words(a.topic).length)) {
      if (m === shown || words(m.topic).every((w) => covered.has(w))) continue
      parts.push(m.topic)
      for (const w of words(m.topic)) covered.add(w)
    }
    const best = Math.max(...entry.map((m) => m.score))
    return { ...shown, score: best, ...(parts.length > 1 ? { label: parts.join(' · ') } : {}), also: entry.filter((m) => m !== shown).map((m) => m.topic) }
  })
}
