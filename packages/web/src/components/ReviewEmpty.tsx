import type { ReviewBudget } from '../api'

/** Why the list is empty: the day's budget is spent, or nothing needs a look. */
export function ReviewEmpty({ budget, onAgain }: { readonly budget: ReviewBudget | undefined; readonly onAgain: () => void }) {
  if (budget !== undefined && budget.daily === 0) return <p>Reviews are switched off: this workspace's daily review budget is 0.</p>
  if (budget !== undefined && budget.remaining === 0) {
    return (
      <>
        <p>
          <strong>Today's review budget is used up</strong>: all {budget.daily} reviews are done.
        </p>
        <p className="muted small">New picks come with the next day (UTC). Thank you: the next model version learns from every one.</p>
      </>
    )
  }
  return (
    <>
      <p>Nothing needs review right now: no unchecked reading is unsure, conflicted, unlike the ones reviewed or at odds with its outcome.</p>
      {budget === undefined ? null : <p className="muted small">{budget.remaining} of today's {budget.daily} reviews are left for when new messages come in.</p>}
      <button type="button" onClick={onAgain}>
        Look again
      </button>
    </>
  )
}
