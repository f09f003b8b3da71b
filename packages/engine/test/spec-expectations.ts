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

/**
 * Each kind of case the reading kinds are written in (the spec's kinds retold), with its expectation
 * in the spec's keys and the domain it is read in; read by the kind tests and by research scripts.
 */
export const SPEC_KINDS: Readonly<Record<string, { readonly domain?: string; readonly expect: Expect }>> = {
  "grudging acceptance": { expect: {"sentiment_not": "positive", "frustration_min": 0.3, "satisfaction_max": 0.35, "cue": "grudging-acceptance"} },
  "explicit frustration": { expect: {"sentiment": "negative", "frustration_min": 0.7, "cue_explicit": true} },
  "repeat contact": { expect: {"sentiment": "negative", "frustration_min": 0.5, "cue": "repeat-contact", "cue_explicit": false} },
  "sarcasm over a fault": { expect: {"sentiment": "negative", "sarcasm_min": 0.5} },
  "a deadline and a fault": { expect: {"urgency_min": 0.7, "cue": "time-pressure"} },
  "confusion": { expect: {"confusion_min": 0.5, "score_min": -0.5} },
  "delight": { expect: {"sentiment": "positive", "satisfaction_min": 0.7} },
  "a technical report": { domain: "developer-tools", expect: {"anger_max": 0.3, "frustration_max": 0.5, "cue": "issue-report"} },
  "amazement or outrage": { expect: {"needs_review": true} },
  "clipped sentences": { expect: {"sentiment": "negative", "frustration_min": 0.5, "cue": "clipped-sentences"} },
  "a churn threat with a deadline": { expect: {"sentiment": "negative", "urgency_min": 0.5, "cue": "churn-threat"} },
  "asking for a person": { expect: {"cue": "human-request"} },
  "formal requests": { expect: {"score_min": -0.4, "frustration_max": 0.4} },
  "polite demands": { expect: {"sentiment_not": "positive"} },
  "negated problems": { expect: {"sentiment_not": "negative"} },
  "amazement resolved by context": { expect: {"sentiment": "positive"} },
  "urgency taken back": { expect: {"urgency_max": 0.3, "sentiment_not": "positive"} },
  "thanks before \"but\"": { expect: {"sentiment": "negative", "frustration_min": 0.4, "satisfaction_max": 0.3} },
  "sarcasm over advice": { expect: {"sentiment_not": "positive", "sarcasm_min": 0.5} },
  "praise over a bad situation": { expect: {"sentiment": "negative", "sarcasm_min": 0.5} },
  "travel and plans, not churn": { expect: {"cue_not": "churn-threat", "sentiment_not": "negative"} },
  "plain questions": { expect: {"sentiment": "neutral", "sarcasm_max": 0.15, "urgency_max": 0.35} },
  "sincere thanks": { expect: {"sentiment": "positive", "sarcasm_max": 0.15, "satisfaction_min": 0.6} },
  "greetings": { expect: {"sentiment": "neutral", "sarcasm_max": 0.15} },
  "polite deadlines": { expect: {"urgency_min": 0.6, "sentiment_not": "positive"} },
  "repeat contact and churn, other languages": { expect: {"sentiment": "negative", "cue": "churn-threat", "frustration_min": 0.5} },
  "sincere thanks, other languages": { expect: {"sentiment": "positive", "frustration_max": 0.2} },
  "plain frustration, other languages": { expect: {"sentiment": "negative", "frustration_min": 0.4} },
}
