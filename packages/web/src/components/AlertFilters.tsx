import { useEffect, useState } from 'react'
import type { AlertList } from '../api'
import { words } from '../format'
import { ALERT_AGES, ALERT_SORTS, PAGE_SIZES } from '../list-query'
import type { ListQuery } from '../router'
import { FilterPanel } from './FilterPanel'

type Facets = AlertList['facets']

interface Props {
  readonly query: ListQuery
  readonly facets: Facets | undefined
  /** Changes to the hash query; an empty value clears that filter. */
  readonly onChange: (changes: Readonly<Record<string, string>>) => void
}

/** The reason counts as chips that filter on a click, then sort, reason, segment, kind, least value, age and page size. */
export function AlertFilters({ query, facets, onChange }: Props) {
  // The least value is typed: it applies on Enter or leaving the field, not on every keystroke.
  const [minValue, setMinValue] = useState(query.min_value ?? '')
  useEffect(() => setMinValue(query.min_value ?? ''), [query.min_value])
  const applyMinValue = () => {
    if (minValue !== (query.min_value ?? '')) onChange({ min_value: minValue })
  }
  const filtered = ['reason', 'segment', 'kind', 'min_value', 'age'].some((k) => query[k] !== undefined)
  const select = (key: string, label: string, options: readonly { value: string; label: string }[], all = 'All') => (
    <label>
      {label}
      <select value={query[key] ?? (all === '' ? (options[0]?.value ?? '') : '')} onChange={(e) => onChange({ [key]: e.target.value })} name={key}>
        {all === '' ? null : <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
  // A value filtered on stays offered even when nothing in scope has it any more.
  const withCurrent = (counts: Facets['reasons'] | undefined, current: string | undefined, name: (v: string) => string = words) => {
    const list = (counts ?? []).map((c) => ({ value: c.value, label: `${name(c.value)} (${c.count})` }))
    return current === undefined || list.some((o) => o.value === current) ? list : [...list, { value: current, label: `${name(current)} (0)` }]
  }

  return (
    <div className="alert-filters">
      {facets === undefined || facets.reasons.length === 0 ? null : (
        <ul className="chips reason-summary" aria-label="Open alerts by reason">
          {facets.reasons.map((r) => {
            const on = query.reason === r.value
            return (
              <li key={r.value}>
                <button type="button" className={on ? 'toggle on' : 'toggle'} aria-pressed={on} onClick={() => onChange({ reason: on ? '' : r.value })}>
                  {words(r.value)} <span className="count">{r.count}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <FilterPanel active={['reason', 'segment', 'kind', 'min_value', 'age'].filter((k) => query[k] !== undefined).length}>
      <form
        className="filters"
        aria-label="Sort and filter the alerts"
        onSubmit={(e) => {
          e.preventDefault()
          applyMinValue()
        }}
      >
        {select('sort', 'Sort', ALERT_SORTS, '')}
        {select('reason', 'Reason', withCurrent(facets?.reasons, query.reason))}
        {select('segment', 'Segment', withCurrent(facets?.segments, query.segment, (v) => v))}
        {select('kind', 'Kind', withCurrent(facets?.kinds, query.kind))}
        <label>
          Customer value at least
          <input type="number" name="min_value" inputMode="decimal" min={0} step="any" placeholder="any" value={minValue} onChange={(e) => setMinValue(e.target.value)} onBlur={applyMinValue} className="min-value" />
        </label>
        {select(
          'age',
          'Age',
          ALERT_AGES.filter((a) => a.value !== ''),
          'Any age',
        )}
        {select(
          'size',
          'Per page',
          // A size from a shared link that the picker does not offer is offered too.
          [...new Set([...PAGE_SIZES.map(String), ...(query.size === undefined ? [] : [query.size])])].map((n) => ({ value: n, label: n })),
          '',
        )}
        {filtered ? (
          <button type="button" className="ghost" onClick={() => onChange({ reason: '', segment: '', kind: '', min_value: '', age: '' })}>
            Clear filters
          </button>
        ) : null}
      </form>
      </FilterPanel>
    </div>
  )
}
