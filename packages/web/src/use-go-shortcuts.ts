import { useEffect } from 'react'
import { type Route, navigate } from './router'
import { isTyping } from './use-key-list'

/** "g" then a letter jumps to a screen, as in mail and issue trackers. */
export const GO_KEYS: Readonly<Record<string, Route>> = {
  q: { name: 'queue' },
  a: { name: 'analytics' },
  l: { name: 'alerts' },
  r: { name: 'review' },
  m: { name: 'learning' },
  s: { name: 'settings' },
  u: { name: 'audit' },
}

export function useGoShortcuts(): void {
  useEffect(() => {
    let armedAt = 0
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e)) return
      const route = GO_KEYS[e.key]
      if (route !== undefined && performance.now() - armedAt < 1500) {
        armedAt = 0
        navigate(route)
        e.preventDefault()
      } else armedAt = e.key === 'g' ? performance.now() : 0
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
