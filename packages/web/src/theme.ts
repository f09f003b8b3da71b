import { useCallback, useState } from 'react'

export type Theme = 'light' | 'dark'
const KEY = 'undertone.theme'

/** The theme in force: the user's choice if they made one, else the system's. */
function currentTheme(): Theme {
  const chosen = localStorage.getItem(KEY)
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** Applies a saved choice before the first paint (without one, CSS follows prefers-color-scheme). */
export function applySavedTheme(): void {
  const chosen = localStorage.getItem(KEY)
  if (chosen === 'light' || chosen === 'dark') document.documentElement.dataset.theme = chosen
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
