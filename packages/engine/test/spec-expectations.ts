import type { Reading } from '../src/node/index.js'

/**
 * What a case expects, in the keys of the reading spec (`../shared/spec/README.md`, which tests may
 * not read): a label, bounds on the score and emotions, a cue kind present or absent, which kind of
 * cue leads, the review flag, and comparisons with another case.
 */
export interface Expect {
  readonly sentiment?: string
  readonly sentiment_not?: string
  readonly score_min?: number
  readonly cue?: string
  readonly cue_not?: string
  readonly cue_explicit?: boolean
  readonly needs_review?: boolean
  readonly intensity_gt_case?: string
  readonly satisfaction_below_case_by?: readonly [string, number]
  readonly [bound: string]: unknown
}

/**
 * What a reading gets wrong against a case's expectations (empty: nothing). `readings` holds the
 * other cases a comparison names (`intensity_gt_case`, `satisfaction_below_case_by`).
 */
export function misses(r: Reading, e: Expect, readings: ReadonlyMap<string, Reading>): string[] {
  const out: string[] = []
  if (e.sentiment !== undefined && r.sentiment.label !== e.sentiment) out.push(`label ${r.sentiment.label}`)
  if (e.sentiment_not !== undefined && r.sentiment.label === e.sentiment_not) out.push(`label ${r.sentiment.label}`)
  if (e.score_min !== undefined && r.sentiment.score < e.score_min) out.push(`score ${r.sentiment.score}`)
  for (const [key, bound] of Object.entries(e)) {
    const m = /^(\w+)_(min|max)$/.exec(key)
    if (m === null || m[1] === 'score' || typeof bound !== 'number') continue
    const got = (r.emotions as unknown as Record<string, number>)[m[1] as string]
    if (got !== undefined && (m[2] === 'min' ? got < bound : got > bound)) out.push(`${m[1]} ${got}`)
  }
  if (e.cue !== undefined && !r.cues.some((c) => c.kind === e.cue)) out.push(`no ${e.cue} cue`)
  if (e.cue_not !== undefined && r.cues.some((c) => c.kind === e.cue_not)) out.push(`a ${e.cue_not} cue`)
  if (e.cue_explicit !== undefined) {
    const main = r.cues.filter((c) => c.weight !== 0 || c.emotion !== undefined).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0]
    if (main?.explicit !== e.cue_explicit) out.push('the leading cue is not as explicit as expected')
  }
  if (e.needs_review !== undefined && r.needsReview !== e.needs_review) out.push(`needsReview ${r.needsReview}`)
  if (e.intensity_gt_case !== undefined && !(r.intensity > (readings.get(e.intensity_gt_case) as Reading).intensity)) out.push('intensity')
  if (e.satisfaction_below_case_by !== undefined) {
    const [other, by] = e.satisfaction_below_case_by
    if (!(r.emotions.satisfaction <= (readings.get(other) as Reading).emotions.satisfaction - by)) out.push('satisfaction gap')
  }
  return out
}
