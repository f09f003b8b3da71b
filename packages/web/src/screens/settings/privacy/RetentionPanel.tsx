import { useState } from 'react'
import { useApi } from '../../../api-context'
import type { Retention } from '../../../api'
import { Async } from '../../../components/Async'
import { when } from '../../../format'
import { useResource } from '../../../use-resource'
import { StatusLine } from '../StatusLine'
import type { SaveStatus } from '../use-save'

/** The longest period `PUT /v1/retention` takes. */
const MAX_DAYS = 3650

/** "Keep forever" or N days, with the period the form shows while it is edited. */
function RetentionForm({ retention, onSaved }: { readonly retention: Retention; readonly onSaved: (r: Retention) => void }) {
  const api = useApi()
  const saved = retention.retention_days
  const [forever, setForever] = useState(saved === null)
  const [days, setDays] = useState(saved === null ? '365' : String(saved))
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const n = Number(days)
  const wanted = forever ? null : n
  const dirty = wanted !== saved

  const submit = async (): Promise<void> => {
    if (busy) return
    if (!forever && (!Number.isInteger(n) || n < 1 || n > MAX_DAYS)) {
      setError(`Enter a whole number of days from 1 to ${MAX_DAYS}.`)
      document.getElementById('retention-days')?.focus()
      return
    }
    setError(undefined)
    if (!dirty) {
      setStatus({ text: 'No change to save.', error: false })
      return
    }
    setBusy(true)
    setStatus({ text: 'Saving…', error: false })
    try {
      const r = await api.setRetention(wanted)
      setStatus({ text: r.retention_days === null ? 'Retention saved: message texts are kept forever.' : `Retention saved: message texts older than ${r.retention_days} days are emptied by the worker in small chunks; readings and analytics stay.`, error: false })
      onSaved(r)
    } catch (err) {
      const e = err as { message: string; errors?: readonly { path: string; message: string }[] }
      const field = e.errors?.find((x) => x.path.startsWith('retention_days'))
      if (field !== undefined) setError(field.message)
      setStatus({ text: `Not saved: ${e.message}.`, error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <form
        aria-labelledby="retention-title"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <fieldset>
          <legend>Keep message texts</legend>
          <label className="check block">
            <input type="radio" name="retention" value="forever" checked={forever} onChange={() => setForever(true)} /> Forever
          </label>
          <label className="check block">
            <input type="radio" name="retention" value="days" checked={!forever} onChange={() => setForever(false)} /> For a number of days
          </label>
          <div className="actions">
            <label htmlFor="retention-days">Days</label>
            <input id="retention-days" type="number" min={1} max={MAX_DAYS} step={1} value={days} disabled={forever} onChange={(e) => setDays(e.target.value)} aria-invalid={error !== undefined} aria-describedby={error === undefined ? 'retention-stays' : 'retention-days-error'} />
          </div>
          {error === undefined ? null : (
            <p id="retention-days-error" className="field-error">
              {error}
            </p>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? 'Saving…' : 'Save retention'}
          </button>
          {dirty ? <span className="muted small">Unsaved change (saved: {saved === null ? 'forever' : `${saved} days`})</span> : null}
        </div>
      </form>
      <StatusLine id="retention-status" status={status} />
    </>
  )
}

/**
 * How long message texts are kept: forever, or N days after which the worker empties them. What
 * stays is said next to the choice: readings, conversation and customer readings, and analytics.
 */
export function RetentionPanel() {
  const loaded = useResource((a) => a.retention(), [])
  const [saved, setSaved] = useState<Retention | undefined>()
  const retention = { ...loaded, data: saved ?? loaded.data }
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">Retention</h2>
      <p className="muted small" id="retention-stays">
        After the period, the worker empties the text of older messages (and of their corrections). What stays: each message’s reading (label, score, emotions, language), the conversation and customer readings, and the rollups behind Analytics, so trends and counts keep their history. <code>undertone retention run --workspace NAME</code> does it at once.
      </p>
      <Async resource={retention} label="the retention period">
        {(r) => (
          <>
            <dl className="facts">
              <dt>Now</dt>
              <dd data-retention={r.retention_days ?? 'forever'}>{r.retention_days === null ? 'Message texts are kept forever' : `Message texts are kept ${r.retention_days} days`}</dd>
              <dt>Last changed</dt>
              <dd>{r.updated_at === null ? 'never' : when(r.updated_at)}</dd>
              <dt>Last run</dt>
              <dd>{r.last_run_at === null ? 'not yet' : when(r.last_run_at)}</dd>
            </dl>
            <RetentionForm retention={r} onSaved={setSaved} />
          </>
        )}
      </Async>
    </section>
  )
}
