import type { Reason } from '../api'
import { words } from '../format'

/** Reasons, heaviest first: as compact chips (`max` of them) or as a list with details. */
export function ReasonList({ reasons, max, detailed = false }: { readonly reasons: readonly Reason[]; readonly max?: number; readonly detailed?: boolean }) {
  const shown = [...reasons].sort((a, b) => b.weight - a.weight).slice(0, max)
  if (shown.length === 0) return <span className="muted">none</span>
  if (detailed) {
    return (
      <ul className="reasons">
        {shown.map((r) => (
          <li key={r.code}>
            <strong>{words(r.code)}</strong> <span className="muted">({r.weight.toFixed(2)})</span> — {r.detail}
          </li>
        ))}
      </ul>
    )
  }
  return (
    <ul className="chips" aria-label="reasons">
      {shown.map((r) => (
        <li key={r.code} className="chip chip-reason" title={r.detail}>
          {words(r.code)}
        </li>
      ))}
    </ul>
  )
}
