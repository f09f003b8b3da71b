import { useEffect, useRef } from 'react'
import type { Settings, WorkspaceTerm } from '../../api'
import { PolarityBar } from '../../components/PolarityBar'
import { score } from '../../format'
import { href } from '../../router'
import { type TermDraft, type TermField, type TermInput, errorsUnder, parseNumber, sentence, termProblems } from './settings-form'
import { StatusLine } from './StatusLine'
import { useDraft } from './use-draft'
import { useSave } from './use-save'

function fromSaved(terms: readonly WorkspaceTerm[]): TermDraft[] {
  return terms.map((t, i) => ({ id: `saved-${i}`, pattern: t.pattern, polarity: String(t.polarity), note: t.note ?? '', // The saved nudges go back as they came (a JSON answer has no undefined values).
    ...(t.emotions === undefined ? {} : { emotions: t.emotions as TermInput['emotions'] }) }))
}

function toTerm(r: TermDraft): TermInput {
  const note = r.note.trim()
  return { pattern: r.pattern.trim(), polarity: parseNumber(r.polarity) ?? 0, ...(note === '' ? {} : { note }), ...(r.emotions === undefined || Object.keys(r.emotions).length === 0 ? {} : { emotions: r.emotions }) }
}

/** Compared after trimming, so spaces alone are not a change. */
function same(a: readonly TermDraft[], b: readonly TermDraft[]): boolean {
  return JSON.stringify(a.map(toTerm)) === JSON.stringify(b.map(toTerm))
}

function lean(p: number | undefined): string {
  if (p === undefined) return 'not a number'
  return p < 0 ? `${score(p)}, reads more negative` : p > 0 ? `${score(p)}, reads more positive` : '0, neutral'
}

let nextId = 0

/**
 * The team's own terms: a pattern and how it leans (-1…+1) with an optional note, edited as a
 * table and saved together (they replace the stored list). Problems show next to the field, found
 * here first and then by the server. The learned terms are listed read-only below.
 */
export function TermsPanel({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const { busy, status, setStatus, save } = useSave(onSaved)
  // Client-side problems show once a save was tried, then follow each keystroke. The server's
  // per-field messages are keyed by row id and field, so they follow the row when others are removed.
  const { draft, setDraft, attempted, setAttempted, serverErrors, setServerErrors, clearServerError, reset, discard } = useDraft<TermDraft[] | undefined>(undefined, setStatus)
  const focusNext = useRef<string | undefined>(undefined)
  const saved = fromSaved(settings.terms)
  const rows = draft ?? saved
  const dirty = draft !== undefined && !same(draft, saved)
  const problems = termProblems(rows)
  const problem = (r: TermDraft, f: TermField): string | undefined => (attempted ? problems.get(`${r.id}.${f}`) : undefined) ?? serverErrors.get(`${r.id}.${f}`)

  useEffect(() => {
    if (focusNext.current === undefined) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = undefined
  })

  const edit = (id: string, field: TermField, value: string): void => {
    setDraft(rows.map((r) => (r.id === id ? { ...r, [field]: value } : r)))
    clearServerError(`${id}.${field}`)
  }
  const add = (): void => {
    const id = `new-${nextId++}`
    setDraft([...rows, { id, pattern: '', polarity: '0', note: '' }])
    focusNext.current = `term-${id}-pattern`
  }
  const remove = (index: number): void => {
    const next = rows.filter((_, i) => i !== index)
    setDraft(next)
    const neighbour = next[index] ?? next[index - 1]
    focusNext.current = neighbour === undefined ? 'terms-add' : `term-${neighbour.id}-remove`
    setStatus({ text: `Term ${index + 1} removed. Save to keep the change.`, error: false })
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
      document.getElementById(`term-${id}-${field}`)?.focus()
      return
    }
    const sent = rows
    const n = sent.length
    const result = await save({ terms: sent.map(toTerm) }, `Terms saved: ${n === 0 ? 'none' : n === 1 ? 'one term' : `${n} terms`}. Messages read from now on use them.`)
    if (result.ok) {
      reset()
      return
    }
    const byRow = new Map<string, string>()
    for (const [path, message] of errorsUnder(result.errors, 'terms')) {
      const [index, field = 'pattern'] = path.split('.')
      const row = sent[Number(index)]
      if (row !== undefined) byRow.set(`${row.id}.${field === 'emotions' ? 'note' : field}`, sentence(message))
    }
    setServerErrors(byRow)
  }

  return (
    <section className="card" aria-labelledby="terms-title">
      <h2 id="terms-title">Your terms</h2>
      <p className="muted small" id="terms-help">
        Words and phrases that read differently for your team, with how they lean: −1 reads negative, +1 positive, 0 takes the feeling out. A pattern is space-separated words; <code>a|b</code> matches either, a trailing <code>?</code> makes a word optional (not the first), and <code>#num</code>, <code>#day</code> and <code>*</code> match any number, day or word.
      </p>
      <form
        aria-labelledby="terms-title"
        aria-describedby="terms-help"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        {rows.length === 0 ? (
          <p className="state state-empty">No terms of your own yet. Add one to change how a word reads in your workspace.</p>
        ) : (
          <div className="table-wrap">
            <table className="terms-table">
              <caption className="visually-hidden">Your terms: pattern, polarity from −1 to 1, and an optional note</caption>
              <thead>
                <tr>
                  <th scope="col">Pattern</th>
                  <th scope="col">Polarity</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => {
                  const n = i + 1
                  const errors = { pattern: problem(r, 'pattern'), polarity: problem(r, 'polarity'), note: problem(r, 'note') }
                  const p = parseNumber(r.polarity)
                  const errorId = (f: TermField): string | undefined => (errors[f] === undefined ? undefined : `term-${r.id}-${f}-error`)
                  return (
                    <tr key={r.id} data-term={r.pattern}>
                      <td>
                        <input id={`term-${r.id}-pattern`} className="term-pattern" aria-label={`Pattern, term ${n}`} value={r.pattern} maxLength={200} spellCheck={false} autoComplete="off" onChange={(e) => edit(r.id, 'pattern', e.target.value)} aria-invalid={errors.pattern !== undefined} aria-describedby={errorId('pattern')} />
                        {errors.pattern === undefined ? null : (
                          <span id={errorId('pattern')} className="field-error">
                            {errors.pattern}
                          </span>
                        )}
                      </td>
                      <td>
                        <span className="polarity-edit">
                          <input type="range" min={-1} max={1} step={0.05} aria-label={`Polarity slider, term ${n}`} aria-valuetext={lean(p)} value={p === undefined ? 0 : Math.max(-1, Math.min(1, p))} onChange={(e) => edit(r.id, 'polarity', e.target.value)} />
                          <input id={`term-${r.id}-polarity`} type="number" className="term-polarity" min={-1} max={1} step={0.05} aria-label={`Polarity, term ${n}`} value={r.polarity} onChange={(e) => edit(r.id, 'polarity', e.target.value)} aria-invalid={errors.polarity !== undefined} aria-describedby={errorId('polarity')} />
                        </span>
                        {errors.polarity === undefined ? null : (
                          <span id={errorId('polarity')} className="field-error">
                            {errors.polarity}
                          </span>
                        )}
                      </td>
                      <td>
                        <input id={`term-${r.id}-note`} className="term-note" aria-label={`Note, term ${n} (optional)`} value={r.note} maxLength={500} onChange={(e) => edit(r.id, 'note', e.target.value)} aria-invalid={errors.note !== undefined} aria-describedby={errorId('note')} />
                        {r.emotions === undefined || Object.keys(r.emotions).length === 0 ? null : (
                          <span className="muted small block">
                            Emotions (set through the API, kept):{' '}
                            {Object.entries(r.emotions)
                              .map(([k, v]) => `${k} ${v}`)
                              .join(', ')}
                          </span>
                        )}
                        {errors.note === undefined ? null : (
                          <span id={errorId('note')} className="field-error">
                            {errors.note}
                          </span>
                        )}
                      </td>
                      <td>
                        <button type="button" id={`term-${r.id}-remove`} className="ghost" onClick={() => remove(i)} aria-label={`Remove term ${n}${r.pattern.trim() === '' ? '' : ` (${r.pattern.trim()})`}`}>
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
          <button type="button" id="terms-add" onClick={add}>
            Add term
          </button>
          <button type="submit" className="primary" aria-disabled={!dirty || busy}>
            {busy ? 'Saving…' : 'Save terms'}
          </button>
          <button type="button" aria-disabled={draft === undefined || busy} onClick={() => discard(draft !== undefined)}>
            Discard changes
          </button>
          {dirty ? <span className="muted small">Unsaved changes</span> : null}
        </div>
      </form>
      <StatusLine id="terms-status" status={status} />

      <h3 id="learned-title">Learned terms</h3>
      <p className="muted small">
        These come from the learning loop: the promoted model version learned them from reviewers’ corrections. They are read-only here; train, promote or roll back versions on the <a href={href({ name: 'learning' })}>Learning</a> screen.
      </p>
      {settings.learned_terms.length === 0 ? (
        <p className="state state-empty">No learned terms in use.</p>
      ) : (
        <ul className="plain-list terms" aria-labelledby="learned-title">
          {[...settings.learned_terms]
            .sort((a, b) => Math.abs(b.polarity) - Math.abs(a.polarity))
            .map((t) => (
              <li key={t.pattern}>
                <span>
                  <code>{t.pattern}</code>
                  {t.note === undefined ? null : <span className="muted small"> · {t.note}</span>}
                </span>
                <PolarityBar value={t.polarity} />
              </li>
            ))}
        </ul>
      )}
    </section>
  )
}
