import { useCallback, useState } from 'react'

export type Theme = 'light' | 'dark'
const KEY = 'undertone.theme'

/** The theme in force: the user's choice if they made one, else the system's. */
function currentTheme(): Theme {
  const chosen = localStorage.getItem(KEY)
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/**
 * Sets the theme before the first paint: the saved choice, else the system's, following the
 * system while the user has not chosen. The stylesheet then keys everything on `data-theme` and
 * holds one dark palette, not a second copy inside a media query.
 */
export function applySavedTheme(): void {
  document.documentElement.dataset.theme = currentTheme()
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (localStorage.getItem(KEY) === null) document.documentElement.dataset.theme = currentTheme()
  })
}

export function useTheme(): [Theme, () => void] {
  const [theme, setTheme] = useState<Theme>(currentTheme)
  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark'
    localStorage.setItem(KEY, next)
    document.documentElement.dataset.theme = next
    setTheme(next)
  }, [])
  return [theme, toggle]
}
