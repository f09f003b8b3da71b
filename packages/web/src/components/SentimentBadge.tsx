import { type Label, isLabel } from '../api'
import { score as fmtScore } from '../format'

/** The sentiment label as text plus colour, so it reads without colour vision too. */
export function SentimentBadge({ label, score }: { readonly label: Label | string | null; readonly score?: number }) {
  if (!isLabel(label)) return <span className="badge badge-none">unread</span>
  return (
    <span className={`badge badge-${label}`}>
      {label}
      {score === undefined ? null : <span className="badge-score"> {fmtScore(score)}</span>}
    </span>
  )
}
