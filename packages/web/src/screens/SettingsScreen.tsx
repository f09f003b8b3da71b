import { useState } from 'react'
import { useApi } from '../api-context'
import type { Settings } from '../api'
import { Async } from '../components/Async'
import { ThemeToggle } from '../components/ThemeToggle'
import { href } from '../router'
import { useResource } from '../use-resource'
import { AnalysisPanel } from './settings/AnalysisPanel'
import { DomainPanel } from './settings/DomainPanel'
import { KeysPanel } from './settings/KeysPanel'
import { LearningPanel } from './settings/LearningPanel'
import { TermsPanel } from './settings/TermsPanel'
import { AlertsOutPanel } from './settings/integrations/AlertsOutPanel'
import { ConnectorsPanel } from './settings/integrations/ConnectorsPanel'
import { CustomerDataPanel } from './settings/privacy/CustomerDataPanel'
import { RedactionPanel } from './settings/privacy/RedactionPanel'
import { RetentionPanel } from './settings/privacy/RetentionPanel'
import { WhatIsStoredPanel } from './settings/privacy/WhatIsStoredPanel'

/**
 * The session and the workspace's settings: domain profile, the team's own terms (and the learned
 * ones, read-only), thresholds and weights, the learning loop, API keys, your customers' data (what
 * is stored, redaction, retention, one customer's export and erasure), and integrations (helpdesk
 * connectors, alert destinations, rules and deliveries). Each panel saves its
 * own part, so an unsaved edit in one never travels with another's save.
 */
export function SettingsScreen({ onSignOut }: { readonly onSignOut: () => void }) {
  const api = useApi()
  const stats = useResource((a) => a.stats(), [])
  const loaded = useResource((a) => a.settings(), [])
  // Each save answers with the whole new document, which replaces the loaded one.
  const [saved, setSaved] = useState<Settings | undefined>()
  const settings = { ...loaded, data: saved ?? loaded.data }
  return (
    <section aria-labelledby="settings-title">
      <div className="screen-head">
        <h1 id="settings-title">Settings</h1>
        {settings.data === undefined ? null : <p className="muted small">Workspace “{settings.data.workspace}”. Changes apply to messages read from then on.</p>}
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="session-title">
          <h2 id="session-title">Session</h2>
          <dl className="facts">
            <dt>Signed in to</dt>
            <dd>{settings.data?.workspace ?? '…'}</dd>
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
                <dd>{s.readings_pending}</dd>
              </dl>
            )}
          </Async>
        </section>
      </div>
      <Async resource={settings} label="the workspace settings">
        {(s) => (
          <>
            <div className="grid">
              <DomainPanel settings={s} onSaved={setSaved} />
              <LearningPanel settings={s} onSaved={setSaved} />
            </div>
            <TermsPanel settings={s} onSaved={setSaved} />
            <AnalysisPanel settings={s} onSaved={setSaved} />
          </>
        )}
      </Async>
      <KeysPanel />
      <section aria-labelledby="privacy-title" id="privacy">
        <div className="screen-head">
          <h2 id="privacy-title">Your customers’ data</h2>
          <p className="muted small">What Undertone keeps about the people who write to you, for how long, and how to hand it over or erase it. Every change here is recorded in the <a href={href({ name: 'audit' })}>audit trail</a>.</p>
        </div>
        <WhatIsStoredPanel />
        <Async resource={settings} label="the redaction settings">
          {(s) => <RedactionPanel settings={s} onSaved={setSaved} />}
        </Async>
        <div className="grid">
          <RetentionPanel />
          <CustomerDataPanel />
        </div>
      </section>
      <section aria-labelledby="integrations-title" id="integrations">
        <div className="screen-head">
          <h2 id="integrations-title">Integrations</h2>
          <p className="muted small">Your helpdesk, and where alerts go. Secrets are stored encrypted and never shown again.</p>
        </div>
        <ConnectorsPanel />
        <AlertsOutPanel />
      </section>
    </section>
  )
}
