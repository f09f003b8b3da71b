import { type Adaptation, adapterFeatures, cosine, type SparseVector } from '@undertone/engine'

/** A recent reading that nobody has reviewed yet, with what is known about how things turned out. */
export interface ReviewCandidate {
  readonly messageId: string
  readonly text: string
  readonly label: 'negative' | 'neutral' | 'positive'
  readonly confidence: number
  readonly cues: readonly { readonly kind: string; readonly weight: number }[]
  readonly needsReview: boolean
  /** The conversation's CSAT (1–5), when the helpdesk reported one. */
  readonly csat: number | null
  /** The customer churned after this message. */
  readonly churned: boolean
  /** An agent flagged the reading as wrong or doubtful. */
  readonly flagged?: boolean
}

/** Why a reading was picked. */
export type ReviewReasonCode = 'flagged' | 'uncertain' | 'cue-disagreement' | 'novel' | 'outcome-disagreement'

/** A picked reading with its priority and reasons. */
export interface ReviewPick {
  readonly candidate: ReviewCandidate
  readonly priority: number
  readonly reasons: readonly ReviewReasonCode[]
}

type Scored = ReviewPick & { readonly vec: SparseVector }

/**
 * Active learning: ranks unreviewed readings by how much a person's label would teach the reader.
 * Uncertainty (low confidence), disagreement between the cues and the model (strong negative cues
 * on a positive reading, and the reverse), novelty (unlike anything reviewed so far, measured
 * against the workspace's correction memory), and disagreement with outcomes (a positive reading
 * in a conversation rated 1–2, or from a customer who then churned; a negative one rated 4–5).
 * Readings an agent flagged come first. Near-duplicates of an already picked reading are skipped
 * so a budget is not spent twice.
 */
export function selectForReview(candidates: readonly ReviewCandidate[], adaptation: Adaptation | undefined, limit: number): ReviewPick[] {
  const scored: Scored[] = []
  for (const c of candidates) {
    const reasons: ReviewReasonCode[] = c.flagged === true ? ['flagged'] : []
    const uncertainty = Math.max(0, Math.min(1, (0.75 - c.confidence) / 0.4))
    if (uncertainty > 0.25 || c.needsReview) reasons.push('uncertain')
    let neg = 0
    let pos = 0
    for (const cue of c.cues) {
      if (cue.weight <= -0.5) neg += -cue.weight
      if (cue.weight >= 0.5) pos += cue.weight
    }
    const cueConflict = c.label === 'positive' ? Math.min(1, neg / 1.5) : c.label === 'negative' ? Math.min(1, pos / 1.5) : Math.min(1, Math.max(neg, pos) / 2)
    if (cueConflict >= 0.5) reasons.push('cue-disagreement')
    const vec = adapterFeatures(c.text)
    const nearest = adaptation?.memory?.nearest(vec, 1, 0.2)[0]?.similarity ?? 0
    const novelty = adaptation?.memory === undefined || adaptation.memory.size === 0 ? 0.5 : 1 - nearest
    if (novelty >= 0.8 && (adaptation?.memory?.size ?? 0) > 0) reasons.push('novel')
    const badOutcome = (c.csat !== null && c.csat <= 2) || c.churned
    const goodOutcome = c.csat !== null && c.csat >= 4
    const outcome = (c.label === 'positive' && badOutcome) || (c.label === 'negative' && goodOutcome) ? 1 : 0
    if (outcome > 0) reasons.push('outcome-disagreement')
    // A person said this reading looks wrong: that beats every statistical signal.
    const priority = (c.flagged === true ? 1 : 0) + 0.4 * uncertainty + 0.25 * cueConflict + 0.15 * novelty + 0.45 * outcome + (c.needsReview ? 0.1 : 0)
    if (reasons.length > 0) scored.push({ candidate: c, priority: Math.round(priority * 1000) / 1000, reasons, vec })
  }
  scored.sort((a, b) => b.priority - a.priority || (a.candidate.messageId < b.candidate.messageId ? -1 : 1))
  const picked: ReviewPick[] = []
  const vecs: SparseVector[] = []
  for (const { vec, ...pick } of scored) {
    if (picked.length >= limit) break
    if (vecs.some((p) => cosine(p, vec) >= 0.85)) continue
    picked.push(pick)
    vecs.push(vec)
  }
  return picked
}
