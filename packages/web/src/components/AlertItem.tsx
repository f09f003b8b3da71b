import { useState } from 'react'
import type { Alert, Reason } from '../api'
import { percent, value, when, words } from '../format'
import { href } from '../router'
import { Meter } from './Meter'
import { ReasonList } from './ReasonList'

const SNOOZE: readonly { minutes: number; label: string }[] = [
  { minutes: 60, label: '1 hour' },
  { minutes: 240, label: '4 hours' },
  { minutes: 1440, label: '1 day' },
  { minutes: 10080, label: '1 week' },
]

interface Props {
  readonly alert: Alert
  readonly selected: boolean
  readonly onSelect: (on: boolean) => void
  readonly onAcknowledge: () => void
  readonly onSnooze: (minutes: number) => void
}

/** One alert with its reasons, a box to select it for a bulk acknowledgement, and the two ways to deal with it. */
export function AlertItem({ alert: a, selected, onSelect, onAcknowledge, onSnooze }: Props) {
  const [snooze, setSnooze] = useState(SNOOZE[0]?.minutes ?? 60)
  // The payload's fields depend on the alert's kind; the contract types it as any JSON value.
  const payload = typeof a.payload === 'object' && a.payload !== null && !Array.isArray(a.payload) ? a.payload : {}
  const churnRisk = a.kind === 'customer-at-risk' && typeof payload.churn_risk === 'number' ? payload.churn_risk : undefined
  const weighted = churnRisk !== undefined && typeof payload.weighted_risk === 'number' ? payload.weighted_risk : undefined
  const reasons = Array.isArray(payload.reasons) ? (payload.reasons as unknown as readonly Reason[]) : []
  const titleId = `alert-title-${a.id}`
  return (
    <li className={selected ? 'card alert selected' : 'card alert'} data-alert-id={a.id}>
      <div className="alert-head">
        <label className="alert-pick">
          <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-describedby={titleId} />
          <span className="visually-hidden">Select</span>
        </label>
        <h2 id={titleId}>{a.title}</h2>
        {/* A customer alert's meter shows the churn risk the customer page shows; the value-weighted
            risk that raised it (its severity) is shown apart and named as such. */}
        <div className="alert-figures">
          <Meter value={churnRisk ?? a.severity} label={churnRisk === undefined ? 'severity' : 'churn risk'} />
          {weighted === undefined ? null : (
            <span className="muted small weighted-risk" title="The churn risk weighted by the customer's value: what ranks the alert">
              weighted by value {percent(weighted)}
            </span>
          )}
        </div>
      </div>
      <p className="muted small">
        {words(a.kind)} · raised {when(a.created_at)}
        {a.segment === null ? null : <> · {a.segment}</>}
        {a.value === null ? null : <> · value {value(a.value)}</>}
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
