import type { QueueItem } from '../api'
import type { QueueFilter } from '../screens/QueueScreen'
import { languageName } from './LanguageBadge'

const FIELDS: readonly { key: keyof QueueFilter; label: string; name?: (v: string) => string }[] = [
  { key: 'channel', label: 'Channel' },
  { key: 'product_area', label: 'Product area' },
  { key: 'segment', label: 'Segment' },
  // A conversation's language is that of its latest customer message with words to tell by.
  { key: 'language', label: 'Language', name: (v) => (v === 'und' ? 'Unknown (und)' : `${languageName(v)} (${v})`) },
]

/** Channel, product area, segment and language pickers, offering the values present in the queue. */
export function QueueFilters({ items, filter, onChange }: { readonly items: readonly QueueItem[]; readonly filter: QueueFilter; readonly onChange: (f: QueueFilter) => void }) {
  return (
    <form className="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      {FIELDS.map(({ key, label, name }) => {
        const values = [...new Set(items.map((i) => i[key]).filter((v): v is string => typeof v === 'string' && v !== ''))].sort()
        return (
          <label key={key}>
            {label}
            <select value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.value })}>
              <option value="">All</option>
              {values.map((v) => (
                <option key={v} value={v}>
                  {name === undefined ? v : name(v)}
                </option>
              ))}
            </select>
          </label>
        )
      })}
    </form>
  )
}
