import { useEffect, useRef } from 'react'

interface Props {
  /** The question, e.g. "Promote v3?". */
  readonly question: string
  readonly detail?: string
  readonly confirmLabel: string
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/** An inline "are you sure?" that takes focus; Escape cancels. */
export function ConfirmBar({ question, detail, confirmLabel, onConfirm, onCancel }: Props) {
  const ok = useRef<HTMLButtonElement>(null)
  useEffect(() => ok.current?.focus(), [])
  return (
    <fieldset
      className="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <legend>{question}</legend>
      {detail === undefined ? null : <p className="muted small">{detail}</p>}
      <div className="actions">
        <button ref={ok} type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  )
}
