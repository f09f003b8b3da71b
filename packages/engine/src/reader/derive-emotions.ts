import type { Cue, Emotion, EmotionScores } from './reading.js'
import { EMOTIONS } from './reading.js'

/** The evidence emotion scores are derived from. */
export interface EmotionEvidence {
  readonly cues: readonly Cue[]
  /** Strength of each cue toward its emotion, in the same order as `cues` (0 when none). */
  readonly strengths: readonly number[]
  readonly probabilities: readonly [number, number, number]
  readonly intensity: number
  readonly questions: number
  readonly scale?: Partial<Record<Emotion, number>>
}

function noisyOr(parts: readonly number[]): number {
  let keep = 1
  for (const p of parts) keep *= 1 - Math.max(0, Math.min(1, p))
  return 1 - keep
}

/**
 * Combines cue evidence and sentiment probabilities into a 0..1 score per emotion with a
 * noisy-OR: each piece of evidence can raise a score, none can lower another's, and
 * grudging acceptance and sarcasm discount satisfaction and gratitude.
 */
export function deriveEmotions(ev: EmotionEvidence): EmotionScores {
  const [pNeg, , pPos] = ev.probabilities
  const parts: Record<Emotion, number[]> = {
    frustration: [0.3 * pNeg, 0.25 * pNeg * ev.intensity],
    anger: [0.12 * pNeg * ev.intensity],
    confusion: [Math.min(0.45, 0.25 * ev.questions)],
    urgency: [0.15 * pNeg * ev.intensity],
    satisfaction: [0.55 * pPos],
    gratitude: [],
    disappointment: [0.2 * pNeg],
    sarcasm: [],
  }
  let damp = 1
  for (let i = 0; i < ev.cues.length; i++) {
    const c = ev.cues[i] as Cue
    const s = ev.strengths[i] as number
    if (c.emotion !== undefined && s > 0) parts[c.emotion].push(s)
    switch (c.kind) {
      case 'grudging-acceptance':
        damp *= 0.25
        parts.disappointment.push(0.35)
        break
      case 'sarcasm':
        damp *= 0.15
        parts.frustration.push(0.45)
        parts.disappointment.push(0.3)
        break
      case 'churn-threat':
        parts.urgency.push(0.55)
        parts.disappointment.push(0.4)
        break
      case 'explicit-emotion':
        if (c.emotion === 'anger') parts.frustration.push(0.5)
        break
      case 'profanity':
        parts.frustration.push(0.4)
        break
      case 'gratitude':
        parts.satisfaction.push(0.25)
        break
      case 'clipped-sentences':
        parts.anger.push(0.15)
        break
      case 'caps':
      case 'exclamation':
        if (pNeg > 0.5) parts.anger.push(0.1)
        break
      default:
        break
    }
  }
  const out = {} as Record<Emotion, number>
  for (const e of EMOTIONS) {
    let v = noisyOr(parts[e])
    if (e === 'satisfaction' || e === 'gratitude') v *= damp
    v *= ev.scale?.[e] ?? 1
    out[e] = Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000
  }
  return out
}
