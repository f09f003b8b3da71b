import type { SaveStatus } from './use-save'

/** A panel's outcome line, read out politely by screen readers; keeps its height when empty. */
export function StatusLine({ id, status }: { readonly id: string; readonly status: SaveStatus | undefined }) {
  return (
    <p id={id} className={status?.error === true ? 'error' : 'notice'} role="status" aria-live="polite">
      {status?.text ?? '\u00a0'}
    </p>
  )
}
