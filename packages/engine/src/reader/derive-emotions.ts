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


const INDEX = Object.fromEntries(EMOTIONS.map((e, i) => [e, i])) as Record<Emotion, number>

/**
 * Combines cue evidence and sentiment probabilities into a 0..1 score per emotion with a
 * noisy-OR: each piece of evidence can raise a score, none can lower another's, and
 * grudging acceptance and sarcasm discount satisfaction and gratitude.
 */
export function deriveEmotions(ev: EmotionEvidence): EmotionScores {
  const [pNeg, , pPos] = ev.probabilities
  // keep[e] is the probability that no evidence so far shows emotion e (noisy-OR).
  const keep = new Float64Array(EMOTIONS.length).fill(1)
  const add = (e: Emotion, p: number): void => {
    const i = INDEX[e]
    keep[i] = (keep[i] as number) * (1 - Math.max(0, Math.min(1, p)))
  }
  add('frustration', 0.3 * pNeg)
  add('frustration', 0.25 * pNeg * ev.intensity)
  add('anger', 0.12 * pNeg * ev.intensity)
  add('confusion', Math.min(0.45, 0.25 * ev.questions))
  add('urgency', 0.15 * pNeg * ev.intensity)
  add('satisfaction', 0.55 * pPos)
  add('disappointment', 0.2 * pNeg)
  let damp = 1
  for (let i = 0; i < ev.cues.length; i++) {
    const c = ev.cues[i] as Cue
    const s = ev.strengths[i] as number
    if (c.emotion !== undefined && s > 0) add(c.emotion, s)
    switch (c.kind) {
      case 'grudging-acceptance':
        damp *= 0.25
        add('disappointment', 0.35)
        break
      case 'sarcasm':
        damp *= 0.15
        add('frustration', 0.45)
        add('disappointment', 0.3)
        break
      case 'churn-threat':
        add('urgency', 0.55)
        add('disappointment', 0.4)
        break
      case 'explicit-emotion':
        if (c.emotion === 'anger') add('frustration', 0.5)
        break
      case 'profanity':
        add('frustration', 0.4)
        break
      case 'gratitude':
        add('satisfaction', 0.25)
        break
      case 'clipped-sentences':
        add('anger', 0.15)
        break
      case 'caps':
      case 'exclamation':
        if (pNeg > 0.5) add('anger', 0.1)
        break
      default:
        break
    }
  }
  const out = {} as Record<Emotion, number>
  for (const e of EMOTIONS) {
    let v = 1 - (keep[INDEX[e]] as number)
    if (e === 'satisfaction' || e === 'gratitude') v *= damp
    v *= ev.scale?.[e] ?? 1
    out[e] = Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000
  }
  return out
}
