import { Fragment } from 'react'
import type { Settings } from '../../api'
import { ANALYSIS_HELP } from './analysis-help'
import { type AnalysisTree, type NumberField, errorsUnder, humanize, numberFields, overridesOf, parseNumber, sentence, valueAt } from './settings-form'
import { StatusLine } from './StatusLine'
import { useDraft } from './use-draft'
import { useSave } from './use-save'

const fieldId = (path: string): string => `analysis-${path.replace(/\./g, '-')}`

/** The top-level groups and, inside each, the fields and nested groups (e.g. `escalation.weights`), in the defaults' order. */
interface Group {
  readonly keys: readonly string[]
  readonly fields: readonly NumberField[]
  readonly groups: readonly Group[]
}

function groupsOf(tree: AnalysisTree, fields: readonly NumberField[], keys: readonly string[] = []): Group[] {
  return Object.entries(tree)
    .filter(([, v]) => typeof v === 'object' && v !== null)
    .map(([k, v]) => {
      const at = [...keys, k]
      return { keys: at, fields: fields.filter((f) => f.keys.length === at.length + 1 && at.every((x, i) => f.keys[i] === x)), groups: groupsOf(v as AnalysisTree, fields, at) }
    })
}

/**
 * Every threshold and weight of conversation, customer and queue reading, as a form built from
 * the defaults the server sends: each field starts at the value in force, is marked where it
 * differs from the default and can be reset to it. Saving stores only the differences.
 */
export function AnalysisPanel({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const { defaults, effective } = settings.analysis
  const fields = numberFields(defaults)
  const { busy, status, setStatus, save } = useSave(onSaved)
  const { draft, setDraft, attempted, setAttempted, serverErrors, setServerErrors, clearServerError, reset, discard } = useDraft<ReadonlyMap<string, string>>(new Map(), setStatus)

  const savedText = (f: NumberField): string => String(valueAt(effective, f.path) ?? f.defaultValue)
  const text = (f: NumberField): string => draft.get(f.path) ?? savedText(f)
  const changed = fields.filter((f) => text(f) !== savedText(f))
  const clientError = (f: NumberField): string | undefined => (parseNumber(text(f)) === undefined ? 'Enter a number.' : undefined)
  const problems = fields.filter((f) => clientError(f) !== undefined)
  const problemOf = (f: NumberField): string | undefined => (attempted ? clientError(f) : undefined) ?? serverErrors.get(f.path)
  const differsFromDefault = (f: NumberField): boolean => {
    const v = parseNumber(text(f))
    return v !== undefined && v !== f.defaultValue
  }
  const custom = fields.filter(differsFromDefault)

  const set = (path: string, value: string): void => {
    setDraft(new Map(draft).set(path, value))
    clearServerError(path)
  }
  const resetAll = (): void => {
    if (custom.length === 0) {
      setStatus({ text: 'Every value is already the default.', error: false })
      return
    }
    const next = new Map(draft)
    for (const f of fields) next.set(f.path, String(f.defaultValue))
    setDraft(next)
    setServerErrors(new Map())
    setStatus({ text: `${custom.length === 1 ? 'One value' : `${custom.length} values`} set back to the default. Save to keep the change.`, error: false })
  }
  const submit = async (): Promise<void> => {
    if (busy) return
    if (changed.length === 0) {
      setStatus({ text: 'No changes to save.', error: false })
      return
    }
    setAttempted(true)
    if (problems.length > 0) {
      setStatus({ text: `Not saved: ${problems.length === 1 ? 'one value needs' : `${problems.length} values need`} fixing, marked below.`, error: true })
      document.getElementById(fieldId((problems[0] as NumberField).path))?.focus()
      return
    }
    const values = new Map(fields.map((f) => [f.path, parseNumber(text(f)) as number]))
    const overrides = overridesOf(values, fields)
    const n = overrides === null ? 0 : numberFields(overrides).length
    const result = await save({ analysis: overrides }, n === 0 ? 'Saved: every threshold and weight is the default.' : `Saved: ${n === 1 ? 'one value differs' : `${n} values differ`} from the defaults. Readings from now on use them.`)
    if (result.ok) {
      reset()
      return
    }
    const byPath = errorsUnder(result.errors, 'analysis')
    setServerErrors(new Map([...byPath].map(([p, m]) => [p, sentence(m)])))
    const first = fields.find((f) => byPath.has(f.path))
    if (first !== undefined) document.getElementById(fieldId(first.path))?.focus()
  }

  const renderField = (f: NumberField) => {
    const id = fieldId(f.path)
    const error = problemOf(f)
    const help = ANALYSIS_HELP[f.path]
    const isCustom = differsFromDefault(f)
    const unsaved = text(f) !== savedText(f)
    const describedBy = [help === undefined ? '' : `${id}-help`, `${id}-default`, error === undefined ? '' : `${id}-error`].filter((x) => x !== '').join(' ')
    return (
      <div key={f.path} className={`setting${isCustom ? ' setting-custom' : ''}`} data-path={f.path}>
        <label htmlFor={id}>{humanize(f.keys[f.keys.length - 1] as string)}</label>
        <input id={id} type="number" step="any" inputMode="decimal" value={text(f)} onChange={(e) => set(f.path, e.target.value)} aria-invalid={error !== undefined} aria-describedby={describedBy} />
        <span className="setting-meta small">
          <span id={`${id}-default`}>
            {isCustom ? <span className="badge badge-custom">custom</span> : null} default {f.defaultValue}
            {unsaved ? <span className="muted"> · saved {savedText(f)}</span> : null}
          </span>
          {isCustom ? (
            <button type="button" className="ghost link" onClick={() => set(f.path, String(f.defaultValue))} aria-label={`Reset ${f.keys.map(humanize).join(' › ')} to the default, ${f.defaultValue}`}>
              Reset to default
            </button>
          ) : null}
        </span>
        {help === undefined ? null : (
          <span id={`${id}-help`} className="setting-help muted small">
            {help}
          </span>
        )}
        {error === undefined ? null : (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
    )
  }
  const renderGroup = (g: Group) => {
    const path = g.keys.join('.')
    const help = ANALYSIS_HELP[path]
    const top = g.keys.length === 1
    return (
      <fieldset key={path} className={top ? 'settings-group' : 'settings-subgroup'} aria-describedby={help === undefined ? undefined : `${fieldId(path)}-group-help`}>
        <legend>{humanize(g.keys[g.keys.length - 1] as string)}</legend>
        {help === undefined ? null : (
          <p id={`${fieldId(path)}-group-help`} className="muted small setting-group-help">
            {help}
          </p>
        )}
        {g.fields.map(renderField)}
        {g.groups.map((sub) => (
          <Fragment key={sub.keys.join('.')}>{renderGroup(sub)}</Fragment>
        ))}
      </fieldset>
    )
  }

  return (
    <section className="card" aria-labelledby="analysis-title">
      <div className="panel-head">
        <h2 id="analysis-title">Thresholds and weights</h2>
        <span className="muted small">
          {custom.length === 0 ? 'All defaults' : `${custom.length} custom ${custom.length === 1 ? 'value' : 'values'}`}
          {changed.length === 0 ? '' : ` · ${changed.length} unsaved`}
        </span>
      </div>
      <p className="muted small">How conversations, customers and the queue are read. Each field shows the value in force; values that differ from the default are marked custom. Only those are stored, so a later change to a default still reaches the rest.</p>
      <form
        aria-labelledby="analysis-title"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <div className="settings-groups">
          {groupsOf(defaults, fields).map(renderGroup)}
          {fields.some((f) => f.keys.length === 1) ? renderGroup({ keys: ['general'], fields: fields.filter((f) => f.keys.length === 1), groups: [] }) : null}
        </div>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={changed.length === 0 || busy}>
            {busy ? 'Saving…' : 'Save thresholds'}
          </button>
          <button type="button" aria-disabled={changed.length === 0 || busy} onClick={() => discard(changed.length > 0)}>
            Discard changes
          </button>
          <button type="button" aria-disabled={custom.length === 0 || busy} onClick={resetAll}>
            Reset all to defaults
          </button>
        </div>
      </form>
      <StatusLine id="analysis-status" status={status} />
    </section>
  )
}
