import { type FormEvent, useState } from 'react'
import { ApiError, createApi } from '../api'
import { ThemeToggle } from './ThemeToggle'

/** Asks for a workspace API key and checks it against the API before keeping it. */
export function SignIn({ notice, onSignedIn }: { readonly notice: string | undefined; readonly onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent): Promise<void> => {
    // No form submission: the key must never reach a URL.
    e.preventDefault()
    const k = key.trim()
    if (k === '') return setError('Paste a workspace API key (it starts with ut_).')
    setBusy(true)
    setError(undefined)
    try {
      // A rejected key is reported here, not by signing out: there is no session yet.
      await createApi(k, () => {}).whoami()
      onSignedIn(k)
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'That key is not valid for any workspace.' : `Could not sign in: ${(err as Error).message}`)
      setBusy(false)
    }
  }

  return (
    <main className="signin" id="main">
      <div className="signin-top">
        <ThemeToggle />
      </div>
      <form className="card signin-card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title">Undertone</h1>
        <p className="muted">Sign in with a workspace API key. It is kept in this tab only and cleared when you close it.</p>
        {notice === undefined ? null : (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <label htmlFor="api-key">API key</label>
        <input id="api-key" name="api-key" type="password" autoComplete="off" spellCheck={false} placeholder="ut_…" value={key} onChange={(e) => setKey(e.target.value)} aria-invalid={error !== undefined} aria-describedby={error === undefined ? undefined : 'signin-error'} />
        {error === undefined ? null : (
          <p id="signin-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted small">
          Run <code>undertone keys create --workspace NAME</code> for a key; a fresh <code>undertone serve</code> prints one for its demo workspace.
        </p>
      </form>
    </main>
  )
}
