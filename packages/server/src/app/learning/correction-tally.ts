import { type ReviewVote, resolveReviewedLabels } from '@undertone/analysis'
import type { Emotion, SentimentLabel } from '@undertone/engine'
import type { CorrectionRow } from '@undertone/storage'

/** What the reviewers settled for one message. */
export interface ReviewedMessage {
  readonly messageId: string
  readonly text: string
  /** The majority label; absent when nobody labelled it or the reviewers disagree. */
  readonly label?: SentimentLabel
  readonly emotions?: Partial<Record<Emotion, number>>
  /** Labelled, but with no majority. */
  readonly disputed: boolean
}

/**
 * The corrections of a workspace gathered per message (label votes, the latest emotion marks, the
 * text), added all at once for a retrain or one by one as they arrive for the live memory, and
 * resolved the same way for both: majority label, disputed ones left without a label.
 */
export class CorrectionTally {
  private readonly votes = new Map<string, ReviewVote[]>()
  private readonly emotions = new Map<string, Partial<Record<Emotion, number>>>()
  private readonly texts = new Map<string, string>()

  add(r: CorrectionRow): void {
    if (r.label !== null) {
      const votes = this.votes.get(r.messageId) ?? []
      votes.push({ messageId: r.messageId, reviewer: r.reviewer, label: r.label, at: r.createdAt })
      this.votes.set(r.messageId, votes)
    }
    if (r.emotions !== null) this.emotions.set(r.messageId, r.emotions as Partial<Record<Emotion, number>>)
    if (r.text !== null) this.texts.set(r.messageId, r.text)
  }

  /** Every message with a label vote or emotion marks, in id order. */
  messageIds(): string[] {
    return [...new Set([...this.votes.keys(), ...this.emotions.keys()])].sort()
  }

  /** The settled review of a message; undefined without text or without anything usable. */
  resolve(messageId: string): ReviewedMessage | undefined {
    const text = this.texts.get(messageId)
    if (text === undefined || text.trim() === '') return undefined
    const resolved = resolveReviewedLabels(this.votes.get(messageId) ?? [])[0]
    const disputed = resolved?.disputed === true
    const label = resolved === undefined || disputed ? undefined : (resolved.label as SentimentLabel)
    const emotions = this.emotions.get(messageId)
    if (label === undefined && emotions === undefined && !disputed) return undefined
    return { messageId, text, disputed, ...(label === undefined ? {} : { label }), ...(emotions === undefined ? {} : { emotions }) }
  }

  clear(): void {
    this.votes.clear()
    this.emotions.clear()
    this.texts.clear()
  }
}
