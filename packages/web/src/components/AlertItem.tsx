import { useState } from 'react'
import type { Alert, Reason } from '../api'
import { when } from '../format'
import { href } from '../router'
import { Meter } from './Meter'
import { ReasonList } from './ReasonList'

const SNOOZE: readonly { minutes: number; label: string }[] = [
  { minutes: 60, label: '1 hour' },
  { minutes: 240, label: '4 hours' },
  { minutes: 1440, label: '1 day' },
  { minutes: 10080, label: '1 week' },
]

/** One alert with its reasons and the two ways to deal with it. */
export function AlertItem({ alert: a, onAcknowledge, onSnooze }: { readonly alert: Alert; readonly onAcknowledge: () => void; readonly onSnooze: (minutes: number) => void }) {
  const [snooze, setSnooze] = useState(SNOOZE[0]?.minutes ?? 60)
  // The payload's fields depend on the alert's kind; the contract types it as any JSON value.
  const payload = typeof a.payload === 'object' && a.payload !== null && !Array.isArray(a.payload) ? a.payload : {}
  const churnRisk = a.kind === 'customer-at-risk' && typeof payload.churn_risk === 'number' ? payload.churn_risk : undefined
  const reasons = Array.isArray(payload.reasons) ? (payload.reasons as unknown as readonly Reason[]) : []
  return (
    <li className="card alert" data-alert-id={a.id}>
      <div className="alert-head">
        <h2>{a.title}</h2>
        {/* A customer alert's meter shows the churn risk the customer page shows; the value-weighted
            risk that raised it (its severity) is named in the title. */}
        <Meter value={churnRisk ?? a.severity} label={churnRisk === undefined ? 'severity' : 'churn risk'} />
      </div>
      <p className="muted small">
        {a.kind.replace(/-/g, ' ')} · raised {when(a.created_at)}
        {a.kind === 'customer-at-risk' ? (
          <>
            {' · '}
            <a href={href({ name: 'customer', id: a.subject_id })}>open customer</a>
          </>
        ) : null}
      </p>
      <ReasonList reasons={reasons} detailed />
      <div className="actions">
        <button type="button" className="primary" onClick={onAcknowledge}>
          Acknowledge
        </button>
        <label>
          <span className="visually-hidden">Snooze for</span>
          <select value={snooze} onChange={(e) => setSnooze(Number(e.target.value))}>
            {SNOOZE.map((s) => (
              <option key={s.minutes} value={s.minutes}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onSnooze(snooze)}>
          Snooze
        </button>
      </div>
    </li>
  )
}
