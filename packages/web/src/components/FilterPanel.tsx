import { type ReactNode, useEffect, useState } from 'react'

/** Wide enough to show the filters open: below this (a phone) they fold under their summary so the list starts on the first screen. */
const WIDE = '(min-width: 641px)'

/** A list's filter controls under a summary that says how many are set; open on wide screens, folded on narrow ones. */
export function FilterPanel({ active, children }: { readonly active: number; readonly children: ReactNode }) {
  const [open, setOpen] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches)
  // Turning a tablet or resizing the window across the line opens or folds them as a fresh load would.
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined
    const wide = window.matchMedia(WIDE)
    const follow = (e: MediaQueryListEvent) => setOpen(e.matches)
    wide.addEventListener('change', follow)
    return () => wide.removeEventListener('change', follow)
  }, [])
  return (
    <details className="filter-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Sort and filter
        {active === 0 ? null : <span className="muted"> · {active} set</span>}
      </summary>
      {children}
    </details>
  )
}
