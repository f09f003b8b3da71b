/** The audit trail: append-only records of who changed what and when, listed newest first. */
import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

/** One change people made, as recorded. */
export interface AuditEntry {
  readonly id: string
  readonly at: number
  /** The API key id that made the change, or 'cli'. */
  readonly actor: string
  /** What was done: 'key.create', 'settings.change', 'customer.erase', … */
  readonly action: string
  /** What it was done to: an id, never a customer's external id or a message text. */
  readonly subject: string
  readonly detail: Record<string, unknown>
}

/** Appends a record; there is no update or delete of one. Returns the stored entry. */
export async function appendAudit(db: Kysely<Database>, workspaceId: string, e: Omit<AuditEntry, 'id' | 'detail'> & { readonly detail?: Record<string, unknown> }): Promise<AuditEntry> {
  const entry: AuditEntry = { id: randomUUID(), at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail ?? {} }
  await db.insertInto('audit_log').values({ id: entry.id, workspace_id: workspaceId, at: entry.at, actor: entry.actor, action: entry.action, subject: entry.subject, detail: JSON.stringify(entry.detail) }).execute()
  return entry
}

/** Where a page of the trail ends: a time, and the id of the last record of that time already seen. */
export interface AuditCursor {
  readonly at: number
  readonly id?: string | undefined
}

/**
 * A page of the workspace's records, newest first (by time, then id): those after the cursor
 * `before` (older than its time, or of its time with a smaller id), of one `action` when given (or
 * of every action of a family: 'key' lists 'key.create' and 'key.revoke'), at most `limit`.
 */
export async function listAudit(db: Kysely<Database>, workspaceId: string, q: { before?: AuditCursor | undefined; action?: string | undefined; limit: number }): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId)
  const before = q.before
  if (before !== undefined) query = query.where((eb) => (before.id === undefined ? eb('at', '<', before.at) : eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])])))
  const action = q.action
  if (action !== undefined) query = query.where((eb) => eb.or([eb('action', '=', action), sql<boolean>`action like ${`${action.replace(/[%_\\]/g, (c) => `\\${c}`)}.%`} escape '\\'`]))
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).execute()
  return rows.map((r) => ({ id: r.id, at: Number(r.at), actor: r.actor, action: r.action, subject: r.subject, detail: JSON.parse(r.detail) as Record<string, unknown> }))
}
