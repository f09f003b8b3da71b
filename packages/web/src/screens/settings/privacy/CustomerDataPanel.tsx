import { useEffect, useRef, useState } from 'react'
import { useApi } from '../../../api-context'
import type { ErasureReceipt } from '../../../api'
import { ConfirmBar } from '../../../components/ConfirmBar'
import { when } from '../../../format'
import { href } from '../../../router'
import { StatusLine } from '../StatusLine'
import type { SaveStatus } from '../use-save'

/** Offers `text` as a file download named `name`, as the browser does for a link with `download`. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** A file name from a customer id: letters, digits, dot, dash and underscore. */
const fileSafe = (id: string): string => id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80)

/**
 * One customer's data: a download of everything stored about them (JSON), and erasure, which asks
 * first and then shows the receipt of what was removed. Both go into the audit trail.
 */
export function CustomerDataPanel() {
  const api = useApi()
  const [id, setId] = useState('')
  const [source, setSource] = useState('api')
  const [idError, setIdError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [pending, setPending] = useState<{ id: string; source: string } | undefined>()
  const [receipt, setReceipt] = useState<ErasureReceipt | undefined>()
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const receiptHeading = useRef<HTMLHeadingElement>(null)
  const focusAfter = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (receipt !== undefined) receiptHeading.current?.focus()
  }, [receipt])
  useEffect(() => {
    if (focusAfter.current === undefined) return
    document.getElementById(focusAfter.current)?.focus()
    focusAfter.current = undefined
  })

  /** The customer the form names, or undefined (and the field marked) when it names none. */
  const who = (): { id: string; source: string } | undefined => {
    const c = id.trim()
    if (c === '') {
      setIdError('Enter the customer’s id: ours, or the one your helpdesk or API gave (with its source).')
      document.getElementById('customer-data-id')?.focus()
      return undefined
    }
    setIdError(undefined)
    return { id: c, source: source.trim() === '' ? 'api' : source.trim() }
  }
  const exportJson = async (): Promise<void> => {
    const c = who()
    if (c === undefined || busy) return
    setBusy(true)
    setStatus({ text: `Exporting “${c.id}”…`, error: false })
    try {
      const data = await api.exportCustomer(c.id, c.source)
      download(`customer-${fileSafe(c.id)}.json`, `${JSON.stringify(data, null, 2)}\n`)
      setStatus({ text: `Exported “${c.id}”: ${data.messages.length === 1 ? 'one message' : `${data.messages.length} messages`} in ${data.conversations.length === 1 ? 'one conversation' : `${data.conversations.length} conversations`}, downloaded as JSON.`, error: false })
    } catch (err) {
      setStatus({ text: `Could not export “${c.id}”: ${(err as Error).message}.`, error: true })
    } finally {
      setBusy(false)
    }
  }
  const erase = async (c: { id: string; source: string }): Promise<void> => {
    setPending(undefined)
    setBusy(true)
    setStatus({ text: `Erasing “${c.id}”…`, error: false })
    try {
      const r = await api.eraseCustomer(c.id, c.source)
      const total = Object.values(r.removed).reduce((a, b) => a + b, 0)
      setReceipt(r)
      setId('')
      setStatus({ text: total === 0 ? `Nothing was stored about “${c.id}”: nothing to erase.` : `“${c.id}” is erased: ${total} records removed. The receipt is below.`, error: false })
    } catch (err) {
      focusAfter.current = 'customer-data-id'
      setStatus({ text: `Could not erase “${c.id}”: ${(err as Error).message}.`, error: true })
    } finally {
      setBusy(false)
    }
  }
  const removed = receipt === undefined ? [] : Object.entries(receipt.removed)

  return (
    <section className="card" aria-labelledby="customer-data-title" aria-busy={busy}>
      <h2 id="customer-data-title">One customer’s data</h2>
      <p className="muted small" id="customer-data-help">
        Export gives everything stored about a customer as a JSON file (their conversations, messages, readings, corrections, alerts). Erasure removes all of it, including the learning loop’s copies of their texts; the rollups behind Analytics keep their counts, with no text. Both are recorded in the <a href={href({ name: 'audit' })}>audit trail</a>. From a shell: <code>undertone customers export|erase ID --workspace NAME</code>.
      </p>
      <form
        aria-label="Export or erase a customer"
        aria-describedby="customer-data-help"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void exportJson()
        }}
      >
        <div className="actions">
          <label htmlFor="customer-data-id">Customer id</label>
          <input id="customer-data-id" value={id} maxLength={200} autoComplete="off" spellCheck={false} placeholder="e.g. cus_123 or a helpdesk user id" onChange={(e) => setId(e.target.value)} aria-invalid={idError !== undefined} aria-describedby={idError === undefined ? undefined : 'customer-data-id-error'} />
          <label htmlFor="customer-data-source">Source</label>
          <input id="customer-data-source" value={source} maxLength={60} autoComplete="off" spellCheck={false} onChange={(e) => setSource(e.target.value)} aria-describedby="customer-data-source-help" />
        </div>
        <p id="customer-data-source-help" className="muted small">
          Source of an external id: <code>api</code> for ids sent to <code>POST /v1/messages</code>, or a connector’s kind (e.g. <code>zendesk</code>). Undertone’s own customer ids work with any source.
        </p>
        {idError === undefined ? null : (
          <p id="customer-data-id-error" className="field-error">
            {idError}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            Export JSON
          </button>
          <button
            type="button"
            id="customer-data-erase"
            aria-disabled={busy}
            onClick={() => {
              if (busy) return
              const c = who()
              if (c !== undefined) setPending(c)
            }}
          >
            Erase customer…
          </button>
        </div>
      </form>
      {pending === undefined ? null : (
        <ConfirmBar
          question={`Erase “${pending.id}” and everything stored about them?`}
          detail="Their messages, readings, corrections, review flags, alerts and deliveries are deleted for good; analytics keep their counts. This cannot be undone. Export first if you need a copy."
          confirmLabel={`Yes, erase “${pending.id}”`}
          onConfirm={() => void erase(pending)}
          onCancel={() => {
            focusAfter.current = 'customer-data-erase'
            setPending(undefined)
          }}
        />
      )}
      <StatusLine id="customer-data-status" status={status} />
      {receipt === undefined ? null : (
        <section className="secret" aria-labelledby="receipt-title" data-receipt={receipt.customer_id}>
          <h3 id="receipt-title" ref={receiptHeading} tabIndex={-1}>
            Erasure receipt for <code>{receipt.customer_id}</code>, {when(receipt.erased_at)}
          </h3>
          <table>
            <caption className="visually-hidden">Records removed, by kind</caption>
            <thead>
              <tr>
                <th scope="col">Removed</th>
                <th scope="col" className="num">
                  Records
                </th>
              </tr>
            </thead>
            <tbody>
              {removed.map(([kind, n]) => (
                <tr key={kind} className={n === 0 ? 'muted' : undefined}>
                  <th scope="row">{kind.replace(/_/g, ' ')}</th>
                  <td className="num">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" onClick={() => download(`erasure-receipt-${fileSafe(receipt.customer_id)}.json`, `${JSON.stringify(receipt, null, 2)}\n`)}>
              Download the receipt
            </button>
            <button
              type="button"
              onClick={() => {
                focusAfter.current = 'customer-data-id'
                setReceipt(undefined)
              }}
            >
              Done
            </button>
          </div>
        </section>
      )}
    </section>
  )
}
