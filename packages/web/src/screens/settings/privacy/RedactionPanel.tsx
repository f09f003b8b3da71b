import { useEffect, useRef } from 'react'
import type { RedactKind, Settings } from '../../../api'
import { sentence } from '../settings-form'
import { type Draft, type RuleDraft, type RuleField, fromSaved, ruleErrorPath, ruleProblems, same, toRule } from './redaction-form'
import { StatusLine } from '../StatusLine'
import { useDraft } from '../use-draft'
import { useSave } from '../use-save'

/** What each built-in kind finds, and the placeholder it leaves. */
const KINDS: Readonly<Record<RedactKind, { readonly label: string; readonly example: string }>> = {
  email: { label: 'E-mail addresses', example: 'ana@example.com' },
  phone: { label: 'Phone numbers', example: '+34 612 345 678' },
  card: { label: 'Payment card numbers (Luhn-checked)', example: '4111 1111 1111 1111' },
  iban: { label: 'IBANs', example: 'DE89 3704 0044 0532 0130 00' },
  ip: { label: 'IP addresses', example: '203.0.113.7' },
  national_id: { label: 'National id numbers (common formats)', example: '123-45-6789' },
}

let nextId = 0

/**
 * Redaction at ingest: which kinds of personal data are replaced by a placeholder before a message
 * is stored, read or sent anywhere, and the workspace's own extra rules (regular expressions). A
 * pattern the server refuses (one that could backtrack catastrophically) is marked at its field.
 */
export function RedactionPanel({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const { busy, status, setStatus, save } = useSave(onSaved)
  const { draft, setDraft, attempted, setAttempted, serverErrors, setServerErrors, clearServerError, reset, discard } = useDraft<Draft | undefined>(undefined, setStatus)
  const focusNext = useRef<string | undefined>(undefined)
  const saved = fromSaved(settings.privacy)
  const current = draft ?? saved
  const dirty = draft !== undefined && !same(draft, saved)
  const problems = ruleProblems(current.rules)
  const problem = (r: RuleDraft, f: RuleField): string | undefined => (attempted ? problems.get(`${r.id}.${f}`) : undefined) ?? serverErrors.get(`${r.id}.${f}`)
  const off = (Object.keys(KINDS) as RedactKind[]).filter((k) => !current.redact[k])

  useEffect(() => {
    if (focusNext.current === undefined) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = undefined
  })

  const setKind = (k: RedactKind, on: boolean): void => setDraft({ ...current, redact: { ...current.redact, [k]: on } })
  const edit = (id: string, field: RuleField, value: string): void => {
    setDraft({ ...current, rules: current.rules.map((r) => (r.id === id ? { ...r, [field]: value } : r)) })
    clearServerError(`${id}.${field}`)
  }
  const add = (): void => {
    const id = `new-${nextId++}`
    setDraft({ ...current, rules: [...current.rules, { id, name: '', pattern: '', replacement: '' }] })
    focusNext.current = `rule-${id}-name`
  }
  const remove = (index: number): void => {
    const next = current.rules.filter((_, i) => i !== index)
    setDraft({ ...current, rules: next })
    const neighbour = next[index] ?? next[index - 1]
    focusNext.current = neighbour === undefined ? 'rules-add' : `rule-${neighbour.id}-remove`
    setStatus({ text: `Rule ${index + 1} removed. Save to keep the change.`, error: false })
  }
  const submit = async (): Promise<void> => {
    if (busy) return
    if (!dirty) {
      setStatus({ text: 'No changes to save.', error: false })
      return
    }
    setAttempted(true)
    if (problems.size > 0) {
      setStatus({ text: `Not saved: ${problems.size === 1 ? 'one value needs' : `${problems.size} values need`} fixing, marked below.`, error: true })
      const [first] = problems.keys()
      const [id, field] = (first as string).split('.')
      document.getElementById(`rule-${id}-${field}`)?.focus()
      return
    }
    const sent = current
    const result = await save({ privacy: { redact: sent.redact, extra_rules: sent.rules.map(toRule) } }, `Redaction saved${off.length === 0 ? ': every kind is redacted' : `: ${off.length === 1 ? 'one kind is' : `${off.length} kinds are`} kept as written`}${sent.rules.length === 0 ? '' : `, with ${sent.rules.length === 1 ? 'one extra rule' : `${sent.rules.length} extra rules`}`}. Messages stored from now on follow it.`)
    if (result.ok) {
      reset()
      return
    }
    const byRow = new Map<string, string>()
    for (const e of result.errors) {
      const at = ruleErrorPath(e.path)
      const row = at === undefined ? undefined : sent.rules[at.index]
      if (at !== undefined && row !== undefined && !byRow.has(`${row.id}.${at.field}`)) byRow.set(`${row.id}.${at.field}`, sentence(e.message))
    }
    setServerErrors(byRow)
    const [first] = byRow.keys()
    if (first !== undefined) {
      const [id, field] = first.split('.')
      document.getElementById(`rule-${id}-${field}`)?.focus()
    }
  }

  return (
    <section className="card" aria-labelledby="redaction-title">
      <h2 id="redaction-title">Redaction before storage</h2>
      <p className="muted small" id="redaction-help">
        Each kind switched on is replaced by a placeholder such as <code>[email]</code> before a message is stored, read, shown here or sent anywhere (connectors, alerts, reports, logs): the original is never written. Order and ticket numbers, versions, dates and amounts are kept. Switching a kind off applies to messages stored from then on.
      </p>
      <form
        aria-labelledby="redaction-title"
        aria-describedby="redaction-help"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <fieldset>
          <legend>Redact</legend>
          {(Object.keys(KINDS) as RedactKind[]).map((k) => (
            <label key={k} className="check block">
              <input type="checkbox" name="redact-kind" value={k} checked={current.redact[k]} onChange={(e) => setKind(k, e.target.checked)} /> {KINDS[k].label} <span className="muted small">(e.g. {KINDS[k].example} → [{k}])</span>
            </label>
          ))}
        </fieldset>
        {off.length === 0 ? null : (
          <p className="error small" id="redaction-off-warning">
            Kept as written: {off.map((k) => KINDS[k].label.toLowerCase()).join(', ')}. These stay in stored texts until retention or erasure removes them.
          </p>
        )}
        <h3 id="rules-title">Extra rules</h3>
        <p className="muted small" id="rules-help">
          Your own kinds of personal data, such as member numbers: a JavaScript regular expression and the placeholder that replaces a match (by default <code>[name]</code>; no digits or @). A pattern that could take exponential time on some text (nested repetition such as <code>(a+)+</code>, overlapping alternatives under a repetition, back-references) is refused.
        </p>
        {current.rules.length === 0 ? (
          <p className="state state-empty">No extra rules.</p>
        ) : (
          <div className="table-wrap">
            <table className="terms-table">
              <caption className="visually-hidden">Extra redaction rules: name, pattern and placeholder</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Pattern</th>
                  <th scope="col">Placeholder</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {current.rules.map((r, i) => {
                  const n = i + 1
                  const errors = { name: problem(r, 'name'), pattern: problem(r, 'pattern'), replacement: problem(r, 'replacement') }
                  const errorId = (f: RuleField): string | undefined => (errors[f] === undefined ? undefined : `rule-${r.id}-${f}-error`)
                  const cell = (f: RuleField, label: string, extra: { className?: string; placeholder?: string; maxLength: number }) => (
                    <td>
                      <input id={`rule-${r.id}-${f}`} aria-label={`${label}, rule ${n}`} value={r[f]} spellCheck={false} autoComplete="off" onChange={(e) => edit(r.id, f, e.target.value)} aria-invalid={errors[f] !== undefined} aria-describedby={errorId(f) ?? (f === 'pattern' ? 'rules-help' : undefined)} {...extra} />
                      {errors[f] === undefined ? null : (
                        <span id={errorId(f)} className="field-error">
                          {errors[f]}
                        </span>
                      )}
                    </td>
                  )
                  return (
                    <tr key={r.id} data-rule={r.name}>
                      {cell('name', 'Name', { maxLength: 40, placeholder: 'member_no' })}
                      {cell('pattern', 'Pattern', { className: 'term-pattern', maxLength: 500, placeholder: 'M-\\d{6}' })}
                      {cell('replacement', 'Placeholder (optional)', { maxLength: 40, placeholder: r.name.trim() === '' ? '[name]' : `[${r.name.trim()}]` })}
                      <td>
                        <button type="button" id={`rule-${r.id}-remove`} className="ghost" onClick={() => remove(i)} aria-label={`Remove rule ${n}${r.name.trim() === '' ? '' : ` (${r.name.trim()})`}`}>
                          Remove
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="actions">
          <button type="button" id="rules-add" onClick={add}>
            Add rule
          </button>
          <button type="submit" className="primary" aria-disabled={!dirty || busy}>
            {busy ? 'Saving…' : 'Save redaction'}
          </button>
          <button type="button" aria-disabled={draft === undefined || busy} onClick={() => discard(draft !== undefined)}>
            Discard changes
          </button>
          {dirty ? <span className="muted small">Unsaved changes</span> : null}
        </div>
      </form>
      <StatusLine id="redaction-status" status={status} />
    </section>
  )
}
