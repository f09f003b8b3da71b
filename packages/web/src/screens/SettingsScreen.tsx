import { useApi } from '../api-context'
import { Async } from '../components/Async'
import { ThemeToggle } from '../components/ThemeToggle'
import { useResource } from '../use-resource'

/** The session and workspace basics; profile and term editing come later. */
export function SettingsScreen({ onSignOut }: { readonly onSignOut: () => void }) {
  const api = useApi()
  const stats = useResource((a) => a.stats(), [])
  return (
    <section aria-labelledby="settings-title">
      <div className="screen-head">
        <h1 id="settings-title">Settings</h1>
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="session-title">
          <h2 id="session-title">Session</h2>
          <dl className="facts">
            <dt>API key in use</dt>
            <dd>
              <code>ut_{api.keyId}_…</code>
            </dd>
            <dt>Kept in</dt>
            <dd>this tab's session storage; closing the tab signs you out</dd>
            <dt>Theme</dt>
            <dd>
              <ThemeToggle />
            </dd>
          </dl>
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </section>
        <section className="card" aria-labelledby="ws-title">
          <h2 id="ws-title">Workspace</h2>
          <Async resource={stats} label="workspace counts">
            {(s) => (
              <dl className="facts">
                <dt>Messages</dt>
                <dd>{s.messages}</dd>
                <dt>Conversations</dt>
                <dd>{s.conversations}</dd>
                <dt>Customers</dt>
                <dd>{s.customers}</dd>
                <dt>Readings pending</dt>
                <dd>{s.readingsPending}</dd>
              </dl>
            )}
          </Async>
        </section>
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">Domain profile and terms</h2>
          <p className="muted">Editing the domain profile and the workspace's own terms comes later. Until then they are managed with the CLI and the API.</p>
        </section>
      </div>
    </section>
  )
}
