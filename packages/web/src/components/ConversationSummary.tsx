import type { ConversationAnalysis } from '../api'
import { score, words } from '../format'
import { Meter } from './Meter'
import { ReasonList } from './ReasonList'

/** Escalation, handoff and resolution of a conversation, with their reasons. */
export function ConversationSummary({ analysis: a }: { readonly analysis: ConversationAnalysis | null }) {
  if (a === null) {
    return (
      <section className="card">
        <h2>Analysis</h2>
        <p className="muted">Not analysed yet: it appears once the customer's messages are read.</p>
      </section>
    )
  }
  return (
    <>
      <section className="card" aria-labelledby="esc-title">
        <h2 id="esc-title">Escalation {a.escalate ? <span className="badge badge-negative">escalate</span> : null}</h2>
        <Meter value={a.escalation} label="escalation score" />
        <ReasonList reasons={a.reasons} detailed />
      </section>
      <section className="card" aria-labelledby="handoff-title">
        <h2 id="handoff-title">Bot handoff</h2>
        {a.handoff ? <ReasonList reasons={a.handoff_reasons} detailed /> : <p className="muted">No handoff needed.</p>}
      </section>
      <section className="card" aria-labelledby="res-title">
        <h2 id="res-title">Resolution</h2>
        <dl className="facts">
          <dt>Sentiment change, first to last</dt>
          <dd className={a.resolution_delta < 0 ? 'bad' : undefined}>{score(a.resolution_delta)}</dd>
          <dt>Trend</dt>
          <dd>
            {words(a.trend.direction)} <span className="muted">(slope {score(a.trend.slope)})</span>
          </dd>
        </dl>
      </section>
    </>
  )
}
