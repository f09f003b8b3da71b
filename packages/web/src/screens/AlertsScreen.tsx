import { useCallback, useEffect, useState } from 'react'
import { useApi } from '../api-context'
import { AlertFilters } from '../components/AlertFilters'
import { AlertItem } from '../components/AlertItem'
import { Async } from '../components/Async'
import { ConfirmBar } from '../components/ConfirmBar'
import { Pager } from '../components/Pager'
import { alertApiQuery, PAGE_SIZES, pageCount, pageOf, withChanges } from '../list-query'
import { type ListQuery, navigate, useRoute } from '../router'
import { useLiveEvents } from '../use-live-events'
import { useResource } from '../use-resource'
import '../styles/lists.css'

const NO_QUERY: ListQuery = {}
const FILTER_KEYS = ['reason', 'segment', 'kind', 'min_value', 'age'] as const

/**
 * Open alerts a page at a time, sorted and filtered as the hash says (`#/alerts?reason=churn-threat&page=2`,
 * so a link shares the view), to acknowledge or snooze one by one or a page's selection at once.
 */
export function AlertsScreen() {
  const api = useApi()
  const route = useRoute()
  const query = route.name === 'alerts' ? (route.query ?? NO_QUERY) : NO_QUERY
  const apiQuery = alertApiQuery(query)
  const view = JSON.stringify(apiQuery)
  const alerts = useResource((a) => a.alerts(apiQuery), [view])
  useLiveEvents(['alert'], alerts.reload)
  const { page, size } = pageOf(query, PAGE_SIZES[0])
  // Hidden at once on acknowledge/snooze, so the list does not wait for the reload.
  const [done, setDone] = useState<ReadonlySet<string>>(new Set())
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState<{ text: string; error: boolean } | undefined>()

  // A selection belongs to the view it was made in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `view` stands for the page and filters the selection was made on
  useEffect(() => {
    setSelected(new Set())
    setConfirming(false)
  }, [view])

  const go = useCallback((changes: Readonly<Record<string, string>>) => navigate({ name: 'alerts', query: withChanges(query, changes) }), [query])
  const toPage = useCallback((p: number) => go({ page: String(p) }), [go])

  // After acknowledging the last page's alerts, show the page that is now the last instead of an empty one.
  const total = alerts.data?.total
  useEffect(() => {
    if (total !== undefined && total > 0 && page > pageCount(total, size)) toPage(pageCount(total, size))
  }, [total, page, size, toPage])

  const act = async (id: string, action: () => Promise<unknown>): Promise<void> => {
    setStatus(undefined)
    setDone((d) => new Set([...d, id]))
    try {
      await action()
      alerts.reload()
    } catch (err) {
      setDone((d) => new Set([...d].filter((x) => x !== id)))
      setStatus({ text: (err as Error).message, error: true })
    }
  }

  const acknowledgeSelected = async (): Promise<void> => {
    const ids = [...selected]
    setConfirming(false)
    setStatus(undefined)
    setDone((d) => new Set([...d, ...ids]))
    try {
      const r = await api.acknowledgeMany(ids)
      setSelected(new Set())
      setStatus({ text: `Acknowledged ${r.acknowledged} ${r.acknowledged === 1 ? 'alert' : 'alerts'}${r.acknowledged < r.requested ? ` (${r.requested - r.acknowledged} were already acknowledged elsewhere)` : ''}.`, error: false })
      alerts.reload()
    } catch (err) {
      setDone((d) => new Set([...d].filter((x) => !ids.includes(x))))
      setStatus({ text: `Not acknowledged: ${(err as Error).message}`, error: true })
    }
  }

  const filtered = FILTER_KEYS.some((k) => query[k] !== undefined)
  const shown = (alerts.data?.alerts ?? []).filter((a) => !done.has(a.id))
  const allOnPage = shown.length > 0 && shown.every((a) => selected.has(a.id))

  return (
    <section aria-labelledby="alerts-title">
      <div className="screen-head">
        <h1 id="alerts-title">Alerts</h1>
        {alerts.data === undefined ? null : (
          <p className="muted small">
            {alerts.data.total} {filtered ? 'matching' : 'open'} · <kbd>[</kbd>/<kbd>]</kbd> previous/next page
          </p>
        )}
      </div>
      <AlertFilters query={query} facets={alerts.data?.facets} onChange={go} />
      <p className={status?.error === true ? 'error' : 'notice'} role="status" aria-live="polite">
        {status?.text ?? '\u00a0'}
      </p>
      <Async
        resource={alerts}
        label="alerts"
        isEmpty={(d) => d.alerts.every((a) => done.has(a.id))}
        empty={
          filtered ? (
            <>
              <p>No open alerts match these filters.</p>
              <button type="button" onClick={() => go({ reason: '', segment: '', kind: '', min_value: '', age: '' })}>
                Clear filters
              </button>
            </>
          ) : (
            <p>No open alerts. Acknowledged and snoozed alerts are hidden.</p>
          )
        }
      >
        {(d) => (
          <>
            <div className="list-bar">
              <label className="inline select-page">
                <input type="checkbox" checked={allOnPage} onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((a) => a.id)) : new Set())} />
                Select all on this page
              </label>
              <button type="button" className="primary" disabled={selected.size === 0} onClick={() => setConfirming(true)}>
                Acknowledge selected ({selected.size})
              </button>
              <Pager page={d.page} size={d.page_size} shown={d.alerts.length} total={d.total} noun="alerts" onPage={toPage} keys />
            </div>
            {confirming ? (
              <ConfirmBar
                question={`Acknowledge ${selected.size} ${selected.size === 1 ? 'alert' : 'alerts'}?`}
                detail="They leave the open list for everyone in this workspace; acknowledged alerts are listed by the API with all=true."
                confirmLabel={`Acknowledge ${selected.size}`}
                onConfirm={() => void acknowledgeSelected()}
                onCancel={() => setConfirming(false)}
              />
            ) : null}
            <ul className="alerts">
              {shown.map((a) => (
                <AlertItem
                  key={a.id}
                  alert={a}
                  selected={selected.has(a.id)}
                  onSelect={(on) => setSelected((s) => (on ? new Set([...s, a.id]) : new Set([...s].filter((x) => x !== a.id))))}
                  onAcknowledge={() => void act(a.id, () => api.acknowledge(a.id))}
                  onSnooze={(m) => void act(a.id, () => api.snooze(a.id, m))}
                />
              ))}
            </ul>
            <div className="list-bar list-bar-end">
              <Pager page={d.page} size={d.page_size} shown={d.alerts.length} total={d.total} noun="alerts" onPage={toPage} />
            </div>
          </>
        )}
      </Async>
    </section>
  )
}
