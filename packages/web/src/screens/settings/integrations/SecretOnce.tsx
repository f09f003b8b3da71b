import { useEffect, useRef, useState } from 'react'

/** A secret shown this once (a generated webhook secret), with a copy button and a clear warning. */
export function SecretOnce({ title, secret, onDone }: { readonly title: string; readonly secret: string; readonly onDone: () => void }) {
  const box = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<string | undefined>()
  useEffect(() => {
    box.current?.focus()
    box.current?.select()
  }, [])
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(secret)
      setCopied('Copied to the clipboard.')
    } catch {
      box.current?.select()
      setCopied('Could not reach the clipboard: the secret is selected, press Ctrl+C (⌘C) to copy it.')
    }
  }
  return (
    <section className="secret" aria-label={title}>
      <h3>{title}</h3>
      <p className="secret-warning">
        <strong>This is the only time it is shown.</strong> It is stored encrypted and never shown again; paste it where it belongs now.
      </p>
      <div className="actions">
        <input ref={box} className="secret-value" readOnly value={secret} spellCheck={false} aria-label={title} onFocus={(e) => e.target.select()} />
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={onDone}>
          Done, I stored it
        </button>
      </div>
      <p className="notice small" role="status" aria-live="polite">
        {copied ?? '\u00a0'}
      </p>
    </section>
  )
}
