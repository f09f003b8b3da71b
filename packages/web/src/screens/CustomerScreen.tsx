import { Async } from '../components/Async'
import { CustomerHistory } from '../components/CustomerHistory'
import { LanguageBadge } from '../components/LanguageBadge'
import { Meter } from '../components/Meter'
import { ReasonList } from '../components/ReasonList'
import { day, percent, value, words } from '../format'
import { href } from '../router'
import { useResource } from '../use-resource'

/** A customer: health (with the language it is read against) and churn risk with reasons, and their conversations over time. */
export function CustomerScreen({ id }: { readonly id: string }) {
  const customer = useResource((api) => api.customer(id), [id])
  return (
    <Async resource={customer} label="the customer">
      {(c) => (
        <article aria-labelledby="cust-title">
          <div className="screen-head">
            <p className="crumbs">
              <a href={href({ name: 'queue' })}>Queue</a> /
            </p>
            <h1 id="cust-title">Customer {c.external_id ?? c.id}</h1>
            <span className="muted small">{[c.segment, c.plan].filter((v) => v !== null).join(' · ')}</span>
          </div>
          <div className="grid">
            <section className="card" aria-labelledby="health-title">
              <h2 id="health-title">Health</h2>
              {c.analysis === null ? (
                <p className="muted">Not analysed yet.</p>
              ) : (
                <dl className="facts">
                  <dt>Health</dt>
                  <dd>
                    <Meter value={c.analysis.health} label="health" bad="low" />
                  </dd>
                  <dt>Trend</dt>
                  <dd>{words(c.analysis.trend)}</dd>
                  {c.analysis.language === undefined || c.analysis.language === 'und' ? null : (
                    <>
                      <dt>Language</dt>
                      <dd title="Health and trend are read against how this language usually leans in your workspace">
                        <LanguageBadge code={c.analysis.language} />
                      </dd>
                    </>
                  )}
                  <dt>Churn risk</dt>
                  <dd>
                    <Meter value={c.analysis.churn_risk} label="churn risk" />
                  </dd>
                  <dt>Repeat contacts</dt>
                  <dd>{c.analysis.repeat_contacts}</dd>
                  <dt>Value</dt>
                  <dd>{value(c.value)}</dd>
                  <dt>Segment</dt>
                  <dd>{c.segment ?? '—'}</dd>
                </dl>
              )}
            </section>
            <section className="card" aria-labelledby="risk-title">
              <h2 id="risk-title">Why at risk</h2>
              <ReasonList reasons={c.analysis?.reasons ?? []} detailed />
            </section>
          </div>
          <section className="card" aria-labelledby="hist-title">
            <h2 id="hist-title">Conversations over time</h2>
            {c.analysis === null || c.analysis.interactions.length === 0 ? null : <CustomerHistory interactions={c.analysis.interactions} />}
            {c.conversations.length === 0 ? (
              <p className="muted">No conversations.</p>
            ) : (
              <ul className="plain-list">
                {c.conversations.map((cv) => (
                  <li key={cv.id}>
                    <a href={href({ name: 'conversation', id: cv.id })}>{cv.external_id ?? cv.id}</a> <span className={`status status-${cv.status}`}>{cv.status}</span> <span className="muted small">{day(cv.created_at)}</span> {cv.trend === null ? null : <span className="small">{words(cv.trend)}</span>} {cv.escalation === null ? null : <span className="muted small">escalation {percent(cv.escalation)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </article>
      )}
    </Async>
  )
}
