/**
 * How each language's customers usually read in a workspace, against all its customers: the
 * "their language's baseline" of a culture-aware health. Customers who write German as directly as
 * German is often written read a little more negative than those writing English, without being
 * angrier; a customer's health is read after taking part of their language's usual lean out.
 */

/** Opening moods of a workspace's conversations in one language. */
export interface LanguageMoodSum {
  /** ISO 639-1 code. */
  readonly language: string
  /** Conversations counted. */
  readonly n: number
  /** Sum of their first customer message's score (−1..1). */
  readonly scoreSum: number
}

/** A language's lean is shrunk toward none by n / (n + this): a handful of conversations say little. */
const PRIOR_CONVERSATIONS = 30
/** No language's lean is taken to be larger than this (in score units, −1..1). */
const LARGEST_SHIFT = 0.25

/**
 * Each language's lean: its conversations' mean opening score minus that of all the languages'
 * conversations together, shrunk toward 0 for small counts and held within ±0.25. In a workspace of
 * one language it is 0. A language with no conversations has no entry.
 *
 * @example
 * languageShifts([{ language: 'en', n: 240, scoreSum: 12 }, { language: 'de', n: 60, scoreSum: -12 }]).de // -0.2
 */
export function languageShifts(sums: readonly LanguageMoodSum[]): Readonly<Record<string, number>> {
  let n = 0
  let total = 0
  for (const s of sums) {
    if (s.n <= 0) continue
    n += s.n
    total += s.scoreSum
  }
  if (n === 0) return {}
  const overall = total / n
  const out: Record<string, number> = {}
  for (const s of sums) {
    if (s.n <= 0) continue
    const lean = (s.scoreSum / s.n - overall) * (s.n / (s.n + PRIOR_CONVERSATIONS))
    // "+ 0" turns a −0 into 0: one language's lean is exactly none.
    out[s.language] = Math.round(Math.min(LARGEST_SHIFT, Math.max(-LARGEST_SHIFT, lean)) * 1000) / 1000 + 0
  }
  return out
}
