import { useState } from 'react'
import { ApiError } from '../../api'
import { useApi } from '../../api-context'
import type { FieldError, Settings, SettingsPatch } from '../../api'

export interface SaveStatus {
  readonly text: string
  readonly error: boolean
}

/**
 * Saves one panel's part of the settings: sends only that part, hands the new document to
 * `onSaved`, and keeps the outcome for the panel's live status line and the server's per-field
 * errors for its inline messages.
 */
export function useSave(onSaved: (s: Settings) => void) {
  const api = useApi()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<SaveStatus | undefined>()
  const [errors, setErrors] = useState<readonly FieldError[]>([])

  /** `ok` when saved; on a refusal the status says why and `errors` holds the server's per-field messages. */
  const save = async (patch: SettingsPatch, done: string): Promise<{ ok: boolean; errors: readonly FieldError[] }> => {
    setBusy(true)
    setStatus({ text: 'Saving…', error: false })
    try {
      const next = await api.updateSettings(patch)
      setErrors([])
      setStatus({ text: done, error: false })
      onSaved(next)
      return { ok: true, errors: [] }
    } catch (err) {
      const fields = err instanceof ApiError ? err.errors : []
      setErrors(fields)
      const why = (err as Error).message
      setStatus({ text: fields.length > 0 ? `Not saved: ${why}. ${fields.length === 1 ? 'One value needs' : `${fields.length} values need`} fixing, marked below.` : `Not saved: ${why}.`, error: true })
      return { ok: false, errors: fields }
    } finally {
      setBusy(false)
    }
  }
  return { busy, status, setStatus, errors, setErrors, save }
}
