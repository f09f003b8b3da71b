import { useState } from 'react'
import { useApi } from '../../../api-context'
import type { AlertRule, Delivery, Destination, NewAlertRule, NewDestination } from '../../../api'
import { Async } from '../../../components/Async'
import { DataTable } from '../../../components/DataTable'
import { when } from '../../../format'
import { useResource } from '../../../use-resource'
import { StatusLine } from '../StatusLine'
import type { SaveStatus } from '../use-save'
import { SecretOnce } from './SecretOnce'
import { refusalText } from './refusal-text'

const RULE_TITLES: Record<string, string> = {
  conversation_escalated: 'A conversation escalates',
  customer_at_risk: 'A customer is at risk',
  sentiment_drop: 'A customer’s sentiment drops',
  change_detected: 'A sentiment shift is detected',
}

type Kind = NewDestination['kind']

const pct = (x: unknown): string => `${Math.round(Number(x) * 100)}%`

/** A rule's settings in words: only what differs from "everyone, any time". */
export function describeRule(kind: string, s: Readonly<Record<string, unknown>>): string {
  const parts: string[] = []
  if (Number(s.min_customer_value ?? 0) > 0) parts.push(`customers worth at least ${Number(s.min_customer_value).toLocaleString()}`)
  if (kind === 'conversation_escalated' && Number(s.min_escalation ?? 0) > 0) parts.push(`escalation at least ${pct(s.min_escalation)}`)
  if (kind === 'customer_at_risk' && Number(s.min_churn_risk ?? 0) > 0) parts.push(`churn risk at least ${pct(s.min_churn_risk)}`)
  if (kind === 'sentiment_drop') parts.push(`health falls by ${pct(s.min_drop ?? 0.25)} or more`)
  if (kind === 'change_detected' && Number(s.min_severity ?? 0) > 0) parts.push(`shifts of at least ${pct(s.min_severity)}`)
  const q = s.quiet_hours as { start?: string; end?: string; timezone?: string } | undefined
  if (q?.start !== undefined) parts.push(`quiet ${q.start}–${q.end} (${q.timezone ?? 'UTC'})`)
  const cool = Number(s.cooldown_minutes ?? 360)
  parts.push(cool === 0 ? 'no cool-down' : `at most one per subject every ${cool % 60 === 0 ? `${cool / 60} h` : `${cool} min`}`)
  return parts.join('; ')
}

/** The add-destination form: the fields each kind needs. */
function AddDestination({ onAdded }: { readonly onAdded: (d: Destination, secret: string | undefined) => void }) {
  const api = useApi()
  const [kind, setKind] = useState<Kind>('slack')
  const [f, setF] = useState<Record<string, string>>({})
  const [privateNetwork, setPrivateNetwork] = useState(false)
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const field = (key: string, label: string, type = 'text', placeholder = '') => (
    <div className="actions" key={`${kind}-${key}`}>
      <label htmlFor={`dest-${key}`}>{label}</label>
      <input id={`dest-${key}`} type={type} autoComplete="off" placeholder={placeholder} value={f[key] ?? ''} onChange={(e) => setF({ ...f, [key]: e.target.value })} />
    </div>
  )
  const body = (): NewDestination => {
    const name = (f.name ?? '').trim()
    const network = privateNetwork ? { allow_private_network: true } : {}
    switch (kind) {
      case 'email':
        return { kind, name, host: f.host ?? '', port: Number(f.port ?? '587'), secure: f.port === '465', from: f.from ?? '', to: (f.to ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''), ...(f.user ? { user: f.user } : {}), ...(f.password ? { password: f.password } : {}), ...network }
      case 'webhook':
        return { kind, name, url: f.url ?? '', ...(f.secret ? { secret: f.secret } : {}), ...network }
      default:
        return { kind, name, url: f.url ?? '', ...network }
    }
  }
  const submit = async (): Promise<void> => {
    setStatus({ text: 'Adding the destination…', error: false })
    try {
      const r = await api.addDestination(body())
      setF({})
      setStatus({ text: `“${r.destination.name}” added. Send it a test alert to check it.`, error: false })
      onAdded(r.destination, r.secret)
    } catch (err) {
      setStatus({ text: `Could not add it: ${refusalText(err)}.`, error: true })
    }
  }
  return (
    <form
      className="stack"
      aria-label="Add an alert destination"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className="actions">
        <label htmlFor="dest-kind">Kind</label>
        <select id="dest-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="slack">Slack (incoming webhook)</option>
          <option value="teams">Microsoft Teams (workflow webhook)</option>
          <option value="email">E-mail (SMTP)</option>
          <option value="webhook">Signed webhook (Standard Webhooks)</option>
        </select>
      </div>
      {field('name', 'Name', 'text', 'e.g. support-leads')}
      {kind === 'email' ? (
        <>
          {field('host', 'SMTP host', 'text', 'smtp.example.com')}
          {field('port', 'Port', 'number', '587')}
          {field('user', 'User')}
          {field('password', 'Password', 'password')}
          {field('from', 'From', 'email', 'undertone@example.com')}
          {field('to', 'To (comma-separated)', 'text', 'lead@example.com')}
        </>
      ) : (
        <>
          {field('url', 'URL', 'url', kind === 'slack' ? 'https://hooks.slack.com/services/…' : 'https://…')}
          {kind === 'webhook' ? field('secret', 'Secret (empty: generated)', 'password', 'whsec_…') : null}
        </>
      )}
      <label className="check">
        <input type="checkbox" checked={privateNetwork} onChange={(e) => setPrivateNetwork(e.target.checked)} /> On a private network (needs UNDERTONE_ALLOW_PRIVATE_NETWORK=true on the server)
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          Add destination
        </button>
      </div>
      <StatusLine id="dest-add-status" status={status} />
    </form>
  )
}

/** The add-rule form: which alert, to which destinations, for which customers, and when to stay quiet. */
function AddRule({ destinations, onAdded }: { readonly destinations: readonly Destination[]; readonly onAdded: () => void }) {
  const api = useApi()
  const [kind, setKind] = useState<NewAlertRule['kind']>('conversation_escalated')
  const [chosen, setChosen] = useState<string[]>([])
  const [minValue, setMinValue] = useState('')
  const [quiet, setQuiet] = useState({ start: '', end: '', timezone: Intl.DateTimeFormat().resolvedOptions().timeZone })
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const submit = async (): Promise<void> => {
    setStatus({ text: 'Adding the rule…', error: false })
    try {
      const settings = { ...(minValue === '' ? {} : { min_customer_value: Number(minValue) }), ...(quiet.start !== '' && quiet.end !== '' ? { quiet_hours: quiet } : {}) }
      await api.addAlertRule({ kind, destinations: chosen, settings } as NewAlertRule)
      setStatus({ text: 'Rule added.', error: false })
      onAdded()
    } catch (err) {
      setStatus({ text: `Could not add the rule: ${(err as Error).message}.`, error: true })
    }
  }
  return (
    <form
      className="stack"
      aria-label="Add an alert rule"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className="actions">
        <label htmlFor="rule-kind">When</label>
        <select id="rule-kind" value={kind} onChange={(e) => setKind(e.target.value as NewAlertRule['kind'])}>
          {Object.entries(RULE_TITLES).map(([k, t]) => (
            <option key={k} value={k}>
              {t}
            </option>
          ))}
        </select>
        <label htmlFor="rule-value">Customers worth at least</label>
        <input id="rule-value" type="number" min={0} value={minValue} placeholder="any" onChange={(e) => setMinValue(e.target.value)} />
      </div>
      <fieldset>
        <legend>Send to</legend>
        {destinations.length === 0 ? <p className="muted small">Add a destination first.</p> : null}
        {destinations.map((d) => (
          <label key={d.id} className="check">
            <input type="checkbox" checked={chosen.includes(d.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, d.id] : chosen.filter((x) => x !== d.id))} /> {d.name} <span className="muted small">{d.kind}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <label htmlFor="quiet-start">Quiet from</label>
        <input id="quiet-start" type="time" value={quiet.start} onChange={(e) => setQuiet({ ...quiet, start: e.target.value })} />
        <label htmlFor="quiet-end">to</label>
        <input id="quiet-end" type="time" value={quiet.end} onChange={(e) => setQuiet({ ...quiet, end: e.target.value })} />
        <label htmlFor="quiet-tz">time zone</label>
        <input id="quiet-tz" value={quiet.timezone} onChange={(e) => setQuiet({ ...quiet, timezone: e.target.value })} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={chosen.length === 0}>
          Add rule
        </button>
      </div>
      <StatusLine id="rule-add-status" status={status} />
    </form>
  )
}

/**
 * Alerts out of Undertone: the destinations (Slack, Teams, e-mail, signed webhooks) with a test
 * button, the rules that route alerts to them, and the latest deliveries with the dead letters to
 * redeliver.
 */
export function AlertsOutPanel() {
  const api = useApi()
  const destinations = useResource((a) => a.destinations(), [])
  const rules = useResource((a) => a.alertRules(), [])
  const [deadOnly, setDeadOnly] = useState(false)
  const deliveries = useResource((a) => a.deliveries(deadOnly ? 'dead' : undefined), [deadOnly])
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const [secret, setSecret] = useState<{ name: string; secret: string } | undefined>()
  const act = async (what: string, run: () => Promise<string>): Promise<void> => {
    setStatus({ text: `${what}…`, error: false })
    try {
      setStatus({ text: await run(), error: false })
    } catch (err) {
      setStatus({ text: `${what} failed: ${(err as Error).message}.`, error: true })
    }
  }
  const nameOf = (id: string): string => destinations.data?.destinations.find((d) => d.id === id)?.name ?? id
  return (
    <section className="card" aria-labelledby="alerts-out-title">
      <h2 id="alerts-out-title">Alerts to Slack, Teams, e-mail and webhooks</h2>
      {secret === undefined ? null : <SecretOnce title={`Signing secret of “${secret.name}”`} secret={secret.secret} onDone={() => setSecret(undefined)} />}
      <StatusLine id="alerts-out-status" status={status} />
      <h3>Destinations</h3>
      <Async resource={destinations} label="the destinations" isEmpty={(d) => d.destinations.length === 0} empty={<p>No destination yet.</p>}>
        {(d) => (
          <DataTable<Destination>
            caption="Alert destinations"
            rows={d.destinations}
            rowKey={(x) => x.id}
            columns={[
              { title: 'Name', cell: (x) => x.name },
              { title: 'Kind', cell: (x) => x.kind },
              { title: 'Where', cell: (x) => <code className="small">{String(x.config.url ?? x.config.host ?? '')}</code> },
              {
                title: 'Actions',
                cell: (x) => (
                  <span className="actions">
                    <button
                      type="button"
                      aria-label={`Send a test alert to ${x.name}`}
                      onClick={() =>
                        void act(`Sending a test alert to ${x.name}`, async () => {
                          const r = await api.testDestination(x.id)
                          if (!r.delivered) throw new Error(r.error ?? 'not delivered')
                          return `${x.name} took the test alert.`
                        })
                      }
                    >
                      Send test alert
                    </button>
                    <button type="button" aria-label={`Remove ${x.name}`} onClick={() => void act(`Removing ${x.name}`, async () => {
await api.removeDestination(x.id); destinations.reload(); rules.reload(); return `${x.name} is removed.`
})}>
                      Remove
                    </button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </Async>
      <AddDestination
        onAdded={(d, s) => {
          if (s !== undefined) setSecret({ name: d.name, secret: s })
          destinations.reload()
        }}
      />
      <h3>Rules</h3>
      <Async resource={rules} label="the alert rules" isEmpty={(d) => d.rules.length === 0} empty={<p>No rule: alerts stay in the dashboard.</p>}>
        {(d) => (
          <DataTable<AlertRule>
            caption="Alert rules"
            rows={d.rules}
            rowKey={(r) => r.id}
            columns={[
              { title: 'When', cell: (r) => RULE_TITLES[r.kind] ?? r.kind },
              { title: 'To', cell: (r) => r.destination_ids.map(nameOf).join(', ') || <span className="muted small">no destination left</span> },
              { title: 'Conditions', cell: (r) => <span className="small">{describeRule(r.kind, r.settings)}</span> },
              { title: 'Action', cell: (r) => <button type="button" aria-label={`Remove the rule ${RULE_TITLES[r.kind] ?? r.kind}`} onClick={() => void act('Removing the rule', async () => {
                await api.removeAlertRule(r.id)
                rules.reload()
                return 'Rule removed.'
              })}>Remove</button> },
            ]}
          />
        )}
      </Async>
      <Async resource={destinations} label="the destinations">
        {(d) => <AddRule destinations={d.destinations} onAdded={() => rules.reload()} />}
      </Async>
      <h3>Deliveries</h3>
      <label className="check">
        <input type="checkbox" checked={deadOnly} onChange={(e) => setDeadOnly(e.target.checked)} /> Only dead letters (gave up after about a day of retries)
      </label>
      <Async resource={deliveries} label="the deliveries" isEmpty={(d) => d.deliveries.length === 0} empty={<p>{deadOnly ? 'No dead letters.' : 'Nothing sent yet.'}</p>}>
        {(d) => (
          <DataTable<Delivery>
            caption="Latest alert deliveries"
            rows={d.deliveries}
            rowKey={(x) => x.id}
            columns={[
              { title: 'Queued', cell: (x) => <span className="small">{when(x.created_at)}</span> },
              { title: 'Alert', cell: (x) => <span className="small">{String(x.notice.title ?? '')}</span> },
              { title: 'To', cell: (x) => nameOf(x.destination_id) },
              { title: 'Status', cell: (x) => <span className={`badge ${x.state === 'delivered' ? 'badge-positive' : x.state === 'dead' ? 'badge-negative' : ''}`}>{x.state}</span> },
              { title: 'Attempts', cell: (x) => x.attempts, numeric: true },
              { title: 'Last error', cell: (x) => <span className="small error">{x.last_error ?? ''}</span> },
              {
                title: 'Action',
                cell: (x) =>
                  x.state === 'pending' ? null : (
                    <button type="button" aria-label={`Redeliver ${String(x.notice.title ?? x.id)}`} onClick={() => void act('Redelivering', async () => {
                        await api.redeliver(x.id)
                        deliveries.reload()
                        return 'Queued again: it goes out within seconds.'
                      })}>
                      Redeliver
                    </button>
                  ),
              },
            ]}
          />
        )}
      </Async>
    </section>
  )
}
