import { useEffect } from 'react'
import { pageCount, rangeText } from '../list-query'

interface Props {
  readonly page: number
  readonly size: number
  /** How many items this page shows. */
  readonly shown: number
  readonly total: number
  /** What the list holds, for screen readers ("alerts"). */
  readonly noun: string
  readonly onPage: (page: number) => void
  /** Also move with `[` and `]` (only one pager on a screen should). */
  readonly keys?: boolean
}

/** "1–25 of 48" with Previous and Next; `[` and `]` page too when `keys` is set and focus is not in a field. */
export function Pager({ page, size, shown, total, noun, onPage, keys = false }: Props) {
  const last = pageCount(total, size)
  useEffect(() => {
    if (!keys) return undefined
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof HTMLElement && e.target.closest('input, select, textarea, [contenteditable]') !== null)) return
      if (e.key === ']' && page < last) onPage(page + 1)
      else if (e.key === '[' && page > 1) onPage(page - 1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [keys, page, last, onPage])
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1} title={keys ? 'Previous page ([)' : 'Previous page'}>
        ← Previous
      </button>
      <span className="pager-range" aria-live="polite">
        {rangeText(page, size, shown, total)}
        <span className="visually-hidden"> {noun}</span>
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= last} title={keys ? 'Next page (])' : 'Next page'}>
        Next →
      </button>
    </nav>
  )
}
