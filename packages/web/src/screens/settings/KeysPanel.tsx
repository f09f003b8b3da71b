import { useEffect, useRef, useState } from 'react'
import { useApi } from '../../api-context'
import type { ApiKeyInfo, CreatedApiKey } from '../../api'
import { Async } from '../../components/Async'
import { ConfirmBar } from '../../components/ConfirmBar'
import { DataTable } from '../../components/DataTable'
import { when } from '../../format'
import { useResource } from '../../use-resource'
import { StatusLine } from './StatusLine'
import type { SaveStatus } from './use-save'

/**
 * The workspace's API keys: who has one, when it was last used, and whether it still works.
 * A new key's secret is shown once, right after creating it; revoking asks first, and the key
 * this session uses cannot be revoked from here.
 */
export function KeysPanel() {
  const api = useApi()
  const keys = useResource((a) => a.keys(), [])
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<CreatedApiKey | undefined>()
  const [copied, setCopied] = useState<string | undefined>()
  const [pending, setPending] = useState<ApiKeyInfo | undefined>()
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const secretBox = useRef<HTMLInputElement>(null)
  const focusAfter = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (created === undefined) return
    secretBox.current?.focus()
    secretBox.current?.select()
  }, [created])
  useEffect(() => {
    if (focusAfter.current === undefined) return
    document.getElementById(focusAfter.current)?.focus()
    focusAfter.current = undefined
  })

  const create = async (): Promise<void> => {
    if (busy) return
    const n = name.trim()
    if (n === '') {
      setNameError('Name the key after who or what will use it, e.g. “Zendesk sync”.')
      document.getElementById('key-name')?.focus()
      return
    }
    setBusy(true)
    setNameError(undefined)
    setStatus({ text: 'Creating the key…', error: false })
    try {
      const k = await api.createKey(n)
      setCreated(k)
      setCopied(undefined)
      setName('')
      setStatus({ text: `Key “${k.name}” created. Copy its secret now: it is shown only this once.`, error: false })
      keys.reload()
    } catch (err) {
      const e = err as { message: string; errors?: readonly { path: string; message: string }[] }
      const field = e.errors?.find((x) => x.path === 'name')
      if (field !== undefined) setNameError(field.message)
      setStatus({ text: `Could not create the key: ${e.message}.`, error: true })
    } finally {
      setBusy(false)
    }
  }
  const copy = async (secret: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(secret)
      setCopied('Copied to the clipboard.')
    } catch {
      secretBox.current?.select()
      setCopied('Could not reach the clipboard: the key is selected, press Ctrl+C (⌘C) to copy it.')
    }
  }
  const dismiss = (): void => {
    setCreated(undefined)
    setCopied(undefined)
    setStatus({ text: 'The secret is hidden now and cannot be shown again.', error: false })
    focusAfter.current = 'key-name'
  }
  const revoke = async (k: ApiKeyInfo): Promise<void> => {
    // The confirmation (which has focus) goes away: focus goes back to the start of the panel's controls.
    focusAfter.current = 'key-name'
    setPending(undefined)
    setBusy(true)
    setStatus({ text: `Revoking “${k.name}”…`, error: false })
    try {
      await api.revokeKey(k.id)
      setStatus({ text: `Key “${k.name}” (${k.id}) is revoked: requests with it are refused from now on.`, error: false })
    } catch (err) {
      setStatus({ text: `Could not revoke “${k.name}”: ${(err as Error).message}.`, error: true })
    } finally {
      setBusy(false)
      keys.reload()
    }
  }

  return (
    <section className="card" aria-labelledby="keys-title" aria-busy={busy}>
      <h2 id="keys-title">API keys</h2>
      <p className="muted small">Every integration and person signing in to this dashboard uses a key of this workspace. Give each its own, so one can be revoked without breaking the others.</p>
      <form
        className="actions"
        aria-label="Create an API key"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void create()
        }}
      >
        <label htmlFor="key-name">New key name</label>
        <input id="key-name" value={name} maxLength={100} autoComplete="off" placeholder="e.g. Zendesk sync" onChange={(e) => setName(e.target.value)} aria-invalid={nameError !== undefined} aria-describedby={nameError === undefined ? undefined : 'key-name-error'} />
        <button type="submit" className="primary" aria-disabled={busy}>
          Create key
        </button>
      </form>
      {nameError === undefined ? null : (
        <p id="key-name-error" className="field-error">
          {nameError}
        </p>
      )}
      {created === undefined ? null : (
        <section className="secret" aria-labelledby="secret-title">
          <h3 id="secret-title">Store the secret of “{created.name}” now</h3>
          <p className="secret-warning" id="secret-warning">
            <strong>This is the only time it is shown.</strong> Undertone keeps only a hash: once you leave or press Done, the secret cannot be shown again, and a lost key can only be revoked and replaced.
          </p>
          <div className="actions">
            <label htmlFor="new-key-secret" className="visually-hidden">
              Secret of the new key
            </label>
            <input id="new-key-secret" ref={secretBox} className="secret-value" readOnly value={created.key} spellCheck={false} aria-describedby="secret-warning" onFocus={(e) => e.target.select()} />
            <button type="button" className="primary" onClick={() => void copy(created.key)}>
              Copy
            </button>
            <button type="button" onClick={dismiss}>
              Done, I stored it
            </button>
          </div>
          <p className="notice small" role="status" aria-live="polite">
            {copied ?? '\u00a0'}
          </p>
        </section>
      )}
      <StatusLine id="keys-status" status={status} />
      {pending === undefined ? null : (
        <ConfirmBar
          question={`Revoke “${pending.name}” (${pending.id})?`}
          detail="Everything using it is refused from the next request on. This cannot be undone: a revoked key never works again."
          confirmLabel={`Yes, revoke “${pending.name}”`}
          onConfirm={() => void revoke(pending)}
          onCancel={() => {
            focusAfter.current = `revoke-${pending.id}`
            setPending(undefined)
          }}
        />
      )}
      <Async resource={keys} label="the API keys" isEmpty={(d) => d.keys.length === 0} empty={<p>No keys.</p>}>
        {(d) => (
          <DataTable
            caption="API keys of this workspace"
            rows={[...d.keys].sort((a, b) => Number(a.revoked_at !== null) - Number(b.revoked_at !== null) || Number(b.created_at) - Number(a.created_at))}
            rowKey={(k) => k.id}
            columns={[
              {
                title: 'Name',
                cell: (k) => (
                  <span data-key-id={k.id}>
                    {k.name}
                    {k.id === d.current ? <span className="badge badge-current">this session</span> : null}
                  </span>
                ),
              },
              { title: 'Id', cell: (k) => <code>{k.id}</code> },
              { title: 'Created', cell: (k) => <span className="small">{when(Number(k.created_at))}</span> },
              { title: 'Last used', cell: (k) => <span className="small">{k.last_used_at === null ? <span title="No use recorded">—</span> : when(Number(k.last_used_at))}</span> },
              { title: 'Status', cell: (k) => (k.revoked_at === null ? <span className="badge badge-positive">active</span> : <span className="badge">revoked {when(Number(k.revoked_at))}</span>) },
              {
                title: 'Action',
                cell: (k) =>
                  k.revoked_at !== null ? null : k.id === d.current ? (
                    // Focusable (aria-disabled, not disabled), so keyboard and screen-reader users learn why.
                    <button type="button" aria-disabled="true" aria-describedby="keys-current-note" title="This session signed in with this key" aria-label={`Revoke “${k.name}” (${k.id})`} onClick={() => setStatus({ text: `“${k.name}” is the key this session uses, so it cannot be revoked from here: sign in with another key of this workspace first.`, error: false })}>
                      Revoke
                    </button>
                  ) : (
                    <button type="button" id={`revoke-${k.id}`} aria-disabled={busy} onClick={() => !busy && setPending(k)} aria-label={`Revoke “${k.name}” (${k.id})`}>
                      Revoke
                    </button>
                  ),
              },
            ]}
          />
        )}
      </Async>
      <p id="keys-current-note" className="muted small">You cannot revoke the key this session signed in with; sign in with another key of this workspace to do that. Last use, where recorded, is at most a minute behind.</p>
    </section>
  )
}
