import { useState } from 'react'
import { useApi } from '../../../api-context'
import type { Connector, ConnectorKind, NewConnector } from '../../../api'
import { Async } from '../../../components/Async'
import { ConfirmBar } from '../../../components/ConfirmBar'
import { DataTable } from '../../../components/DataTable'
import { when } from '../../../format'
import { useResource } from '../../../use-resource'
import { StatusLine } from '../StatusLine'
import type { SaveStatus } from '../use-save'
import { SecretOnce } from './SecretOnce'
import { refusalText } from './refusal-text'

/** Helpdesks that make the webhook secret themselves: it must be pasted, not generated. */
const VENDOR_MADE_SECRETS = new Set(['zendesk', 'intercom'])

/** The URL a helpdesk posts to: this dashboard's own address and the connector's inbound path. */
const inboundUrl = (c: Connector): string => `${window.location.origin}${c.inbound_path}`

function BackfillCell({ c }: { readonly c: Connector }) {
  const b = c.backfill
  if (b.state === 'idle') return <span className="muted small">not run</span>
  const total = b.total === null ? undefined : Math.max(b.total, b.conversations)
  return (
    <span className="small">
      <span className={`badge ${b.state === 'error' ? 'badge-negative' : b.state === 'done' ? 'badge-positive' : ''}`}>{b.state}</span> {b.conversations} conversations, {b.messages} new messages
      {total === undefined || b.state === 'done' ? null : <progress max={total} value={b.conversations} aria-label={`Backfill of ${c.name}`} />}
      {b.error === null ? null : <span className="error"> {b.error}</span>}
    </span>
  )
}

/** The add form: the vendor's options as its spec lists them; secrets in password fields. */
function AddConnector({ kinds, onAdded }: { readonly kinds: readonly ConnectorKind[]; readonly onAdded: (c: Connector, secret: string | undefined) => void }) {
  const api = useApi()
  const [kind, setKind] = useState(kinds[0]?.kind ?? 'zendesk')
  const [name, setName] = useState('')
  const [baseUrl, setBaseUrl] = useState('')
  const [options, setOptions] = useState<Record<string, string>>({})
  const [privateNetwork, setPrivateNetwork] = useState(false)
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const [busy, setBusy] = useState(false)
  const spec = kinds.find((k) => k.kind === kind)
  const submit = async (): Promise<void> => {
    if (busy || spec === undefined) return
    setBusy(true)
    setStatus({ text: `Adding the ${spec.title} connector…`, error: false })
    try {
      const chosen = Object.fromEntries(spec.options.filter((o) => (options[o.key] ?? '') !== '').map((o) => [o.key, options[o.key] as string]))
      const body: NewConnector = { kind, options: chosen, ...(name.trim() === '' ? {} : { name: name.trim() }), ...(baseUrl.trim() === '' ? {} : { base_url: baseUrl.trim() }), ...(privateNetwork ? { allow_private_network: true } : {}) }
      const added = await api.addConnector(body)
      setOptions({})
      setName('')
      setBaseUrl('')
      setStatus({ text: `${spec.title} connected. Paste its inbound URL into ${spec.title}.`, error: false })
      onAdded(added.connector, added.webhook_secret)
    } catch (err) {
      setStatus({ text: `Could not add it: ${refusalText(err)}.`, error: true })
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      className="stack"
      aria-label="Add a helpdesk connector"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className="actions">
        <label htmlFor="connector-kind">Helpdesk</label>
        <select id="connector-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.title}
            </option>
          ))}
        </select>
        <label htmlFor="connector-name">Name</label>
        <input id="connector-name" value={name} placeholder={kind} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </div>
      {kind === 'generic' ? null : (
        <div className="actions">
          <label htmlFor="connector-url">Address</label>
          <input id="connector-url" type="url" value={baseUrl} placeholder="https://acme.zendesk.com" onChange={(e) => setBaseUrl(e.target.value)} />
        </div>
      )}
      {spec?.options.map((o) => (
        <div className="actions" key={`${kind}-${o.key}`}>
          <label htmlFor={`connector-${o.key}`}>
            {o.flag.replace(/-/g, ' ')}
            {o.required && (o.key !== spec.webhook_secret_key || VENDOR_MADE_SECRETS.has(kind)) ? ' (required)' : ''}
          </label>
          <input id={`connector-${o.key}`} type={o.secret ? 'password' : 'text'} autoComplete="off" value={options[o.key] ?? ''} onChange={(e) => setOptions({ ...options, [o.key]: e.target.value })} aria-describedby={`connector-${o.key}-help`} />
          <span id={`connector-${o.key}-help`} className="muted small">
            {o.help}
            {o.key === spec.webhook_secret_key && !VENDOR_MADE_SECRETS.has(kind) ? ' Leave it empty to have one generated and shown once.' : ''}
          </span>
        </div>
      ))}
      <label className="check">
        <input type="checkbox" checked={privateNetwork} onChange={(e) => setPrivateNetwork(e.target.checked)} /> The helpdesk is on a private network (needs the server setting UNDERTONE_ALLOW_PRIVATE_NETWORK=true)
      </label>
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          Add connector
        </button>
      </div>
      <StatusLine id="connector-add-status" status={status} />
    </form>
  )
}

/**
 * Helpdesk connectors: where each one's webhook must point, how its backfill and write-backs are
 * doing, its last inbound events, a test request with the stored credentials, and removal.
 */
export function ConnectorsPanel() {
  const api = useApi()
  const connectors = useResource((a) => a.connectors(), [])
  const kinds = useResource((a) => a.connectorKinds(), [])
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const [secret, setSecret] = useState<{ name: string; secret: string } | undefined>()
  const [pending, setPending] = useState<Connector | undefined>()
  const [events, setEvents] = useState<Connector | undefined>()

  const act = async (what: string, run: () => Promise<string>): Promise<void> => {
    setStatus({ text: `${what}…`, error: false })
    try {
      setStatus({ text: await run(), error: false })
    } catch (err) {
      setStatus({ text: `${what} failed: ${(err as Error).message}.`, error: true })
    } finally {
      connectors.reload()
    }
  }
  const test = (c: Connector) =>
    act(`Sending a test request to ${c.name}`, async () => {
      const r = await api.testConnector(c.id)
      if (!r.ok) throw new Error(r.error ?? 'no answer')
      return `${c.name} answered: the address and credentials work.`
    })
  const backfill = (c: Connector) => act(`Starting the backfill of ${c.name}`, async () => {
await api.backfillConnector(c.id); return `The backfill of ${c.name} runs in the background; its progress shows here.`
})
  const showEvents = async (c: Connector): Promise<void> => {
    try {
      setEvents(await api.connector(c.id))
    } catch (err) {
      setStatus({ text: `Could not load the events of ${c.name}: ${(err as Error).message}.`, error: true })
    }
  }

  return (
    <section className="card" aria-labelledby="connectors-title">
      <h2 id="connectors-title">Helpdesk connectors</h2>
      <p className="muted small">Each new customer message arrives from your helpdesk through a signed webhook, is read, and its tags, priority and an internal note go back to the ticket. The README’s “Connect your helpdesk” says what to click in each helpdesk.</p>
      {secret === undefined ? null : <SecretOnce title={`Webhook secret of “${secret.name}”`} secret={secret.secret} onDone={() => setSecret(undefined)} />}
      <StatusLine id="connectors-status" status={status} />
      {pending === undefined ? null : (
        <ConfirmBar
          question={`Remove the connector “${pending.name}”?`}
          detail="Its webhook stops being accepted and nothing more is written back. Messages already stored and their readings stay."
          confirmLabel={`Yes, remove “${pending.name}”`}
          onConfirm={() => {
            const c = pending
            setPending(undefined)
            void act(`Removing ${c.name}`, async () => {
await api.removeConnector(c.id); return `${c.name} is removed.`
})
          }}
          onCancel={() => setPending(undefined)}
        />
      )}
      <Async resource={connectors} label="the connectors" isEmpty={(d) => d.connectors.length === 0} empty={<p>No helpdesk connected yet.</p>}>
        {(d) => (
          <DataTable
            caption="Helpdesk connectors of this workspace"
            rows={d.connectors}
            rowKey={(c) => c.id}
            columns={[
              { title: 'Name', cell: (c) => <span>{c.name} <span className="muted small">{c.kind}</span></span> },
              { title: 'Webhook URL', cell: (c) => <code className="small break">{inboundUrl(c)}</code> },
              { title: 'Backfill', cell: (c) => <BackfillCell c={c} /> },
              {
                title: 'Write-backs',
                cell: (c) => (
                  <span className="small">
                    {c.write_backs.done} done, {c.write_backs.due} due, {c.write_backs.failed} failed
                    {c.write_backs.last_error === null ? null : <span className="error"> {c.write_backs.last_error}</span>}
                  </span>
                ),
              },
              { title: 'Last refused event', cell: (c) => (c.last_refusal === null ? <span className="muted small">none</span> : <span className="small error">{when(c.last_refusal.at)}: {c.last_refusal.code}</span>) },
              {
                title: 'Actions',
                cell: (c) => (
                  <span className="actions">
                    <button type="button" onClick={() => void test(c)} aria-label={`Send a test request to ${c.name}`}>
                      Send test request
                    </button>
                    <button type="button" onClick={() => void showEvents(c)} aria-label={`Last events of ${c.name}`}>
                      Last events
                    </button>
                    {c.kind === 'generic' ? null : (
                      <button type="button" onClick={() => void backfill(c)} aria-label={`Import the history of ${c.name}`}>
                        Backfill
                      </button>
                    )}
                    <button type="button" onClick={() => setPending(c)} aria-label={`Remove ${c.name}`}>
                      Remove
                    </button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </Async>
      {events === undefined ? null : (
        <section aria-labelledby="connector-events-title">
          <h3 id="connector-events-title">Last events of “{events.name}”</h3>
          {events.recent_events.length === 0 ? (
            <p className="muted small">No event received yet. Check the webhook URL in {events.kind}, and the last refused event above.</p>
          ) : (
            <DataTable
              caption={`Last inbound events of ${events.name}`}
              rows={events.recent_events}
              rowKey={(e) => e.event_id}
              columns={[
                { title: 'Received', cell: (e) => <span className="small">{when(e.received_at)}</span> },
                { title: 'Outcome', cell: (e) => <span className={`badge ${e.outcome === 'stored' ? 'badge-positive' : ''}`}>{e.outcome}</span> },
                { title: 'Messages', cell: (e) => e.messages, numeric: true },
                { title: 'Event', cell: (e) => <code className="small">{e.event_id}</code> },
                { title: 'Why', cell: (e) => <span className="small muted">{e.detail ?? ''}</span> },
              ]}
            />
          )}
          <button type="button" onClick={() => setEvents(undefined)}>
            Close
          </button>
        </section>
      )}
      <h3>Connect a helpdesk</h3>
      <Async resource={kinds} label="the helpdesks">
        {(k) => (
          <AddConnector
            kinds={k.kinds}
            onAdded={(c, s) => {
              if (s !== undefined) setSecret({ name: c.name, secret: s })
              setStatus({ text: `Point ${c.kind}'s webhook at ${inboundUrl(c)}.`, error: false })
              connectors.reload()
            }}
          />
        )}
      </Async>
    </section>
  )
}
