import type { ReviewQueue, ReviewReasonCode } from '../api'
import type { ListQuery } from '../router'
import { FilterPanel } from './FilterPanel'
import { languageName } from './LanguageBadge'
import { REVIEW_REASONS } from './ReviewReasonChips'

type Facets = ReviewQueue['facets']

const FIELDS: readonly { key: 'reason' | 'language' | 'label'; facet: keyof Facets; label: string; name: (v: string) => string }[] = [
  { key: 'reason', facet: 'reasons', label: 'Picked because', name: (v) => REVIEW_REASONS[v as ReviewReasonCode]?.text ?? v },
  { key: 'language', facet: 'languages', label: 'Language', name: (v) => (v === 'und' ? 'Unknown (und)' : `${languageName(v)} (${v})`) },
  { key: 'label', facet: 'labels', label: 'Reader says', name: (v) => v },
]

/** Reason, language and label pickers over today's picks, each choice with its count; a size picker for the page. */
export function ReviewFilters({ query, facets, sizes, onChange }: { readonly query: ListQuery; readonly facets: Facets | undefined; readonly sizes: readonly number[]; readonly onChange: (changes: Readonly<Record<string, string>>) => void }) {
  const filtered = FIELDS.some((f) => query[f.key] !== undefined)
  return (
    <FilterPanel active={FIELDS.filter((f) => query[f.key] !== undefined).length}>
    <form className="filters" aria-label="Filter the readings to review" onSubmit={(e) => e.preventDefault()}>
      {FIELDS.map(({ key, facet, label, name }) => {
        const counts = facets?.[facet] ?? []
        const current = query[key]
        return (
          <label key={key}>
            {label}
            <select name={key} value={current ?? ''} onChange={(e) => onChange({ [key]: e.target.value })}>
              <option value="">All</option>
              {counts.map((c) => (
                <option key={c.value} value={c.value}>
                  {name(c.value)} ({c.count})
                </option>
              ))}
              {current === undefined || counts.some((c) => c.value === current) ? null : <option value={current}>{name(current)} (0)</option>}
            </select>
          </label>
        )
      })}
      <label>
        Per page
        <select name="size" value={query.size ?? String(sizes[0])} onChange={(e) => onChange({ size: e.target.value })}>
          {[...new Set([...sizes.map(String), ...(query.size === undefined ? [] : [query.size])])].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {filtered ? (
        <button type="button" className="ghost" onClick={() => onChange({ reason: '', language: '', label: '' })}>
          Clear filters
        </button>
      ) : null}
    </form>
    </FilterPanel>
  )
}
