import type { LearningSettings, Settings } from '../../api'
import { href } from '../../router'
import { errorsUnder, sentence } from './settings-form'
import { StatusLine } from './StatusLine'
import { useDraft } from './use-draft'
import { useSave } from './use-save'

type NumberKey = 'daily_review_budget' | 'rescore_days'

const NUMBERS: readonly { key: NumberKey; label: string; help: string; min: number; max: number }[] = [
  { key: 'daily_review_budget', label: 'Daily review budget', help: 'Readings offered for review per UTC day; corrections made that day use it up. 0 pauses the review queue.', min: 0, max: 10_000 },
  { key: 'rescore_days', label: 'Rescore window (days)', help: 'After a promotion or rollback, messages from the last this many days are read again.', min: 1, max: 365 },
]

interface Draft {
  readonly daily_review_budget?: string
  readonly rescore_days?: string
  readonly autoPromote?: boolean
}

function problemOf(text: string, min: number, max: number): string | undefined {
  if (!/^\s*-?\d+\s*$/.test(text)) return 'Enter a whole number.'
  const n = Number(text)
  return n < min || n > max ? `From ${min} to ${max.toLocaleString()}.` : undefined
}

/** The learning loop's settings: how many readings are offered for review, what is read again, and whether winners are promoted by themselves. */
export function LearningPanel({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const { busy, status, setStatus, save } = useSave(onSaved)
  const { draft, setDraft, attempted, setAttempted, serverErrors, setServerErrors, clearServerError, reset, discard } = useDraft<Draft>({}, setStatus)
  const saved = settings.learning
  const text = (k: NumberKey): string => draft[k] ?? String(saved[k])
  const autoPromote = draft.autoPromote ?? saved.auto_promote
  const changes: Partial<Record<keyof LearningSettings, unknown>> = {}
  for (const n of NUMBERS) if (text(n.key).trim() !== String(saved[n.key])) changes[n.key] = text(n.key)
  if (autoPromote !== saved.auto_promote) changes.auto_promote = autoPromote
  const dirty = Object.keys(changes).length > 0
  const problems = new Map(NUMBERS.flatMap((n) => {
    const p = problemOf(text(n.key), n.min, n.max)
    return p === undefined ? [] : [[n.key, p] as const]
  }))
  const errorOf = (k: string): string | undefined => (attempted ? problems.get(k as NumberKey) : undefined) ?? serverErrors.get(k)

  const change = (d: Draft, key: string): void => {
    setDraft({ ...draft, ...d })
    clearServerError(key)
  }
  const submit = async (): Promise<void> => {
    if (busy) return
    if (!dirty) {
      setStatus({ text: 'No changes to save.', error: false })
      return
    }
    setAttempted(true)
    if (problems.size > 0) {
      setStatus({ text: `Not saved: ${problems.size === 1 ? 'one value needs' : 'two values need'} fixing, marked below.`, error: true })
      document.getElementById(`learning-${[...problems.keys()][0]}`)?.focus()
      return
    }
    const patch: { -readonly [K in keyof LearningSettings]?: LearningSettings[K] } = {}
    for (const n of NUMBERS) if (changes[n.key] !== undefined) patch[n.key] = Number(text(n.key))
    if (changes.auto_promote !== undefined) patch.auto_promote = autoPromote
    const result = await save({ learning: patch }, 'Learning settings saved.')
    if (result.ok) reset()
    else setServerErrors(new Map([...errorsUnder(result.errors, 'learning')].map(([k, m]) => [k, sentence(m)])))
  }

  return (
    <section className="card" aria-labelledby="learning-settings-title">
      <h2 id="learning-settings-title">Learning loop</h2>
      <p className="muted small">
        How the model learns from reviews. Versions themselves are trained, promoted and rolled back on the <a href={href({ name: 'learning' })}>Learning</a> screen.
      </p>
      <form
        aria-labelledby="learning-settings-title"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        {NUMBERS.map((n) => {
          const id = `learning-${n.key}`
          const error = errorOf(n.key)
          return (
            <div key={n.key} className="setting">
              <label htmlFor={id}>{n.label}</label>
              <input id={id} type="number" min={n.min} max={n.max} step={1} inputMode="numeric" value={text(n.key)} onChange={(e) => change({ [n.key]: e.target.value }, n.key)} aria-invalid={error !== undefined} aria-describedby={`${id}-help${error === undefined ? '' : ` ${id}-error`}`} />
              <span className="setting-meta small muted">{changes[n.key] === undefined ? null : `saved ${saved[n.key]}`}</span>
              <span id={`${id}-help`} className="setting-help muted small">
                {n.help}
              </span>
              {error === undefined ? null : (
                <span id={`${id}-error`} className="field-error">
                  {error}
                </span>
              )}
            </div>
          )
        })}
        <div className="setting">
          <label className="inline-check" htmlFor="learning-autoPromote">
            <input id="learning-autoPromote" type="checkbox" checked={autoPromote} onChange={(e) => change({ autoPromote: e.target.checked }, 'autoPromote')} aria-describedby="learning-autoPromote-help" /> Promote automatically
          </label>
          <span id="learning-autoPromote-help" className="setting-help muted small">
            Promote a newly trained version by itself when it beats the active one on held-out labels; off, it waits as a candidate for someone to promote it.
          </span>
          {errorOf('autoPromote') === undefined ? null : <span className="field-error">{errorOf('autoPromote')}</span>}
        </div>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={!dirty || busy}>
            {busy ? 'Saving…' : 'Save learning settings'}
          </button>
          <button
            type="button"
            aria-disabled={!dirty || busy}
            onClick={() => discard(dirty)}
          >
            Discard changes
          </button>
        </div>
      </form>
      <StatusLine id="learning-settings-status" status={status} />
    </section>
  )
}
