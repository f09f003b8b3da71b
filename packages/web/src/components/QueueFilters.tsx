import type { QueueItem } from '../api'
import type { QueueFilter } from '../screens/QueueScreen'

const FIELDS: readonly { key: keyof QueueFilter; label: string }[] = [
  { key: 'channel', label: 'Channel' },
  { key: 'product_area', label: 'Product area' },
  { key: 'segment', label: 'Segment' },
]

/** Channel, product area and segment pickers, offering the values present in the queue. */
export function QueueFilters({ items, filter, onChange }: { readonly items: readonly QueueItem[]; readonly filter: QueueFilter; readonly onChange: (f: QueueFilter) => void }) {
  return (
    <form className="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      {FIELDS.map(({ key, label }) => {
        const values = [...new Set(items.map((i) => i[key]).filter((v): v is string => typeof v === 'string' && v !== ''))].sort()
        return (
          <label key={key}>
            {label}
            <select value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.value })}>
              <option value="">All</option>
              {values.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        )
      })}
    </form>
  )
}
