import type { ReviewReasonCode } from '../api'

/** Each reason in a reviewer's words, with a longer explanation on hover. */
export const REVIEW_REASONS: Readonly<Record<ReviewReasonCode, { text: string; title: string }>> = {
  flagged: { text: 'flagged by an agent', title: 'Someone working the conversation said this reading looks wrong' },
  uncertain: { text: 'unsure', title: 'The reader was not confident about this label' },
  'cue-disagreement': { text: 'cues disagree', title: 'Positive and negative cues pull in different directions' },
  novel: { text: 'unlike anything reviewed', title: 'Far from every message reviewed so far, so a label teaches the most' },
  'outcome-disagreement': { text: 'outcome disagrees (CSAT/churn)', title: 'The reading does not fit how the conversation ended: its CSAT score or a churned customer' },
}

/** Why active learning picked a reading, as small chips. */
export function ReviewReasonChips({ reasons }: { readonly reasons: readonly ReviewReasonCode[] }) {
  if (reasons.length === 0) return null
  return (
    <ul className="chips" aria-label="Picked for review because">
      {reasons.map((r) => (
        <li key={r} className={`chip chip-pick chip-pick-${r}`} title={REVIEW_REASONS[r]?.title ?? r}>
          {REVIEW_REASONS[r]?.text ?? r.replace(/-/g, ' ')}
        </li>
      ))}
    </ul>
  )
}
