/** One sentiment label a reviewer gave a message. */
export interface ReviewVote {
  readonly messageId: string
  readonly reviewer: string
  readonly label: string
  readonly at: number
}

/** What people said about one message, all reviewers taken together. */
export interface ReviewedLabel {
  readonly messageId: string
  readonly label: string
  readonly reviewers: number
  /** Reviewers disagreed and no label has a majority: left out of training and evaluation. */
  readonly disputed: boolean
  /** Time of the newest vote. */
  readonly at: number
}

/**
 * Resolves each message's label: every reviewer's latest vote counts once; the majority wins,
 * a tie between different labels marks the message disputed.
 */
export function resolveReviewedLabels(votes: readonly ReviewVote[]): ReviewedLabel[] {
  const latest = new Map<string, Map<string, ReviewVote>>()
  for (const v of votes) {
    const byReviewer = latest.get(v.messageId) ?? new Map<string, ReviewVote>()
    const prev = byReviewer.get(v.reviewer)
    if (prev === undefined || v.at >= prev.at) byReviewer.set(v.reviewer, v)
    latest.set(v.messageId, byReviewer)
  }
  const out: ReviewedLabel[] = []
  for (const [messageId, byReviewer] of latest) {
    const counts = new Map<string, number>()
    let at = 0
    for (const v of byReviewer.values()) {
      counts.set(v.label, (counts.get(v.label) ?? 0) + 1)
      at = Math.max(at, v.at)
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    const [top, second] = ranked
    out.push({ messageId, label: (top as [string, number])[0], reviewers: byReviewer.size, disputed: second !== undefined && second[1] === (top as [string, number])[1], at })
  }
  return out
}

/** How often reviewers who labelled the same message agreed. */
export interface ReviewerAgreement {
  /** Messages with two or more reviewers. */
  readonly messages: number
  /** Reviewer pairs compared. */
  readonly pairs: number
  /** Share of pairs that gave the same label. */
  readonly agreement: number | null
  /** Cohen's kappa over the pairs (agreement beyond chance), null without pairs. */
  readonly kappa: number | null
}

/** Pairwise agreement and kappa over every message two or more reviewers labelled. */
export function reviewerAgreement(votes: readonly ReviewVote[]): ReviewerAgreement {
  const latest = new Map<string, Map<string, string>>()
  for (const v of [...votes].sort((a, b) => a.at - b.at)) {
    const m = latest.get(v.messageId) ?? new Map<string, string>()
    m.set(v.reviewer, v.label)
    latest.set(v.messageId, m)
  }
  let pairs = 0
  let agree = 0
  let messages = 0
  const marginal = new Map<string, number>()
  for (const m of latest.values()) {
    const labels = [...m.values()]
    if (labels.length < 2) continue
    messages++
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        pairs++
        if (labels[i] === labels[j]) agree++
        for (const l of [labels[i] as string, labels[j] as string]) marginal.set(l, (marginal.get(l) ?? 0) + 1)
      }
  }
  if (pairs === 0) return { messages, pairs, agreement: null, kappa: null }
  const po = agree / pairs
  let pe = 0
  for (const n of marginal.values()) pe += (n / (2 * pairs)) ** 2
  return { messages, pairs, agreement: po, kappa: pe >= 1 ? 1 : (po - pe) / (1 - pe) }
}
