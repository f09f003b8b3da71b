import { useState } from 'react'
import type { SaveStatus } from './use-save'

/**
 * The editing state every settings form shares: a draft over the saved values, whether a save was
 * tried (the form's own problems show only from then on), and the server's per-field messages,
 * which an edit of that field clears. `reset` (after a save) and `discard` clear all three.
 */
export function useDraft<D>(empty: D, setStatus: (s: SaveStatus) => void) {
  const [draft, setDraft] = useState<D>(empty)
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<string, string>>(new Map())
  const clearServerError = (key: string): void => {
    if (!serverErrors.has(key)) return
    const next = new Map(serverErrors)
    next.delete(key)
    setServerErrors(next)
  }
  const reset = (): void => {
    setDraft(empty)
    setAttempted(false)
    setServerErrors(new Map())
  }
  const discard = (dirty: boolean): void => {
    if (!dirty) {
      setStatus({ text: 'No changes to discard.', error: false })
      return
    }
    reset()
    setStatus({ text: 'Changes discarded.', error: false })
  }
  return { draft, setDraft, attempted, setAttempted, serverErrors, setServerErrors, clearServerError, reset, discard }
}
