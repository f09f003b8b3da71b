import { useEffect, useRef, useState } from 'react'
import type { AuditEntry } from '../api'
import { useApi } from '../api-context'
import { Async } from '../components/Async'
import { DataTable } from '../components/DataTable'
import { when } from '../format'
import { useResource } from '../use-resource'
import { AUDIT_FAMILIES, describeAction, describeDetail } from './audit/audit-words'

const PAGE = 50

/**
 * The workspace's audit trail, newest first: who changed keys, settings, retention, integrations
 * and corrections, and who exported or erased a customer. A filter narrows it to one family of
 * actions; "Older" follows the server's cursor and "Newer" goes back the way it came.
 */
export function AuditScreen() {
  const api = useApi()
  const [family, setFamily] = useState('')
  // The cursors of the pages behind the one shown: the last is the one shown (none: the newest page).
  const [cursors, setCursors] = useState<readonly string[]>([])
  const before = cursors.at(-1)
  const page = useResource((a) => a.audit({ before, action: family === '' ? undefined : family, limit: PAGE }), [before, family])
  const keys = useResource((a) => a.keys(), [])
  const results = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  // After paging, focus goes to the top of the new page so keyboard users read it from the start.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a page arrives, which `page.data` stands for
  useEffect(() => {
    if (!moved.current || page.loading) return
    moved.current = false
    results.current?.focus()
  }, [page.data, page.loading])

  const go = (next: readonly string[]): void => {
    moved.current = true
    setCursors(next)
  }
  const actor = (e: AuditEntry) => {
    if (e.actor === 'cli') return <span title="A command run on the server">command line</span>
    if (e.actor === 'worker') return <span title="Undertone’s background jobs">background worker</span>
    const k = keys.data?.keys.find((x) => x.id === e.actor)
    return (
      <span>
        {k === undefined ? 'API key' : `key “${k.name}”`} <code>{e.actor}</code>
        {e.actor === api.keyId ? <span className="badge badge-current">this session</span> : null}
      </span>
    )
  }
  const familyLabel = AUDIT_FAMILIES.find((f) => f.action === family)?.label

  return (
    <section aria-labelledby="audit-title">
      <div className="screen-head">
        <h1 id="audit-title">Audit</h1>
        <p className="muted small">Every change to this workspace’s keys, settings, retention, integrations and corrections, and every customer export and erasure: when, who, what. The trail is append-only: nobody can edit or delete an entry, from here or the API.</p>
      </div>
      <div className="filters">
        <label>
          Action
          <select
            name="audit-action"
            value={family}
            onChange={(e) => {
              setFamily(e.target.value)
              setCursors([])
            }}
          >
            <option value="">All actions</option>
            {AUDIT_FAMILIES.map((f) => (
              <option key={f.action} value={f.action}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h2 id="audit-entries-title" ref={results} tabIndex={-1} className="visually-hidden">
        {familyLabel === undefined ? 'All entries' : `Entries: ${familyLabel}`}, page {cursors.length + 1}
      </h2>
      <div aria-busy={page.loading}>
        <Async resource={page} label="the audit trail" isEmpty={(d) => d.entries.length === 0} empty={<p>{cursors.length > 0 ? 'No older entries.' : familyLabel === undefined ? 'Nothing recorded yet.' : `Nothing recorded for ${familyLabel.toLowerCase()}.`}</p>}>
          {(d) => (
            <>
              <DataTable
                caption={`Audit trail, newest first${familyLabel === undefined ? '' : ` (${familyLabel})`}`}
                rows={d.entries}
                rowKey={(e) => e.id}
                columns={[
                  {
                    title: 'When',
                    cell: (e) => (
                      <time className="small" dateTime={new Date(e.at).toISOString()}>
                        {when(e.at)}
                      </time>
                    ),
                  },
                  { title: 'Who', cell: actor },
                  {
                    title: 'What',
                    cell: (e) => (
                      <span data-action={e.action} title={e.action}>
                        {describeAction(e.action)}
                      </span>
                    ),
                  },
                  { title: 'Subject', cell: (e) => <code>{e.subject}</code> },
                  { title: 'Detail', cell: (e) => <span className="small">{describeDetail(e.detail)}</span> },
                ]}
              />
              <nav className="actions" aria-label="Audit pages">
                <button type="button" aria-disabled={cursors.length === 0} onClick={() => cursors.length > 0 && go(cursors.slice(0, -1))}>
                  Newer
                </button>
                <button type="button" aria-disabled={d.next_before === null} onClick={() => d.next_before !== null && go([...cursors, d.next_before])}>
                  Older
                </button>
                {cursors.length > 1 ? (
                  <button type="button" className="ghost" onClick={() => go([])}>
                    Newest
                  </button>
                ) : null}
                <span className="muted small">
                  Page {cursors.length + 1}
                  {d.next_before === null ? ', the oldest' : ''}
                </span>
              </nav>
            </>
          )}
        </Async>
      </div>
    </section>
  )
}
