import { useState } from 'react'
import type { Settings } from '../../api'
import { StatusLine } from './StatusLine'
import { useSave } from './use-save'

/** The built-in domain profile the workspace reads with; "" stands for none (general reading). */
export function DomainPanel({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const [draft, setDraft] = useState<string | undefined>()
  const { busy, status, setStatus, errors, save } = useSave(onSaved)
  const saved = settings.domain ?? ''
  const value = draft ?? saved
  const dirty = value !== saved
  const label = (id: string): string => (id === '' ? 'None (general reading)' : (settings.domains.find((d) => d.id === id)?.label ?? id))
  // "general" is what no domain reads as, so it is offered only when it was set explicitly.
  const options = settings.domains.filter((d) => d.id !== 'general' || saved === 'general')
  const serverError = errors.find((e) => e.path === 'domain')?.message

  const submit = async (): Promise<void> => {
    if (busy) return
    if (!dirty) {
      setStatus({ text: 'No change to save.', error: false })
      return
    }
    if ((await save({ domain: value === '' ? null : value }, `Domain profile saved: ${label(value)}. Messages read from now on use it.`)).ok) setDraft(undefined)
  }

  return (
    <section className="card" aria-labelledby="domain-title">
      <h2 id="domain-title">Domain profile</h2>
      <p className="muted small">A built-in profile tunes how words read in your line of business (for example, “kill the process” is not anger for developer tools). Your own terms below apply on top of it.</p>
      <form
        className="actions"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <label className="field-inline" htmlFor="domain-select">
          Domain
        </label>
        <select id="domain-select" value={value} onChange={(e) => setDraft(e.target.value)} aria-invalid={serverError !== undefined} aria-describedby={serverError === undefined ? 'domain-status' : 'domain-error'}>
          <option value="">{label('')}</option>
          {options.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" aria-disabled={!dirty || busy}>
          {busy ? 'Saving…' : 'Save domain'}
        </button>
        {dirty ? <span className="muted small">Unsaved change (saved: {label(saved)})</span> : null}
      </form>
      {serverError === undefined ? null : (
        <p id="domain-error" className="error small">
          {serverError}
        </p>
      )}
      <StatusLine id="domain-status" status={status} />
    </section>
  )
}
