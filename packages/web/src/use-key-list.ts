import { useEffect, useState } from 'react'

/** True when a key press belongs to a form field (or a modifier chord) rather than to the page. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null
  return e.ctrlKey || e.metaKey || e.altKey || (t !== null && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName)))
}

/**
 * j/k move a selection through a list of `length` items; Enter calls
 * `onOpen`. Returns the selected index and its setter (clicks select too).
 */
export function useKeyList(length: number, onOpen: (index: number) => void, extra?: (e: KeyboardEvent, index: number) => boolean): [number, (i: number) => void] {
  const [index, setIndex] = useState(0)
  const bounded = Math.min(index, Math.max(0, length - 1))
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e) || length === 0) return
      if (e.key === 'j') setIndex(Math.min(length - 1, bounded + 1))
      else if (e.key === 'k') setIndex(Math.max(0, bounded - 1))
      else if (e.key === 'Enter' && (e.target as HTMLElement | null)?.tagName !== 'BUTTON' && (e.target as HTMLElement | null)?.tagName !== 'A') onOpen(bounded)
      else if (extra === undefined || !extra(e, bounded)) return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [length, bounded, onOpen, extra])
  return [bounded, setIndex]
}
