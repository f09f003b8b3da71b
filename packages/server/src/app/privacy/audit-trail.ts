import { type AuditCursor, type AuditEntry, type Database, appendAudit, listAudit } from '@undertone/storage'
import type { Kysely } from 'kysely'

/** Who made a change: an API key id, 'cli' for the command line, 'worker' for the background jobs. */
export type Actor = string

/** The actor of changes made from the command line. */
export const CLI_ACTOR: Actor = 'cli'

/** Records a change in the workspace's audit trail (append-only). */
export async function audit(db: Kysely<Database>, workspaceId: string, actor: Actor, action: string, subject: string, at: number, detail: Record<string, unknown> = {}): Promise<AuditEntry> {
  return appendAudit(db, workspaceId, { at, actor, action, subject, detail })
}

/**
 * A page of the audit trail, newest first, and the cursor of the next page (null on the last):
 * `before` is what a previous page answered as `nextBefore` ("<time>:<id>"), or a time in ms.
 */
export async function auditTrail(db: Kysely<Database>, workspaceId: string, q: { before?: AuditCursor | undefined; action?: string | undefined; limit: number }) {
  const entries = await listAudit(db, workspaceId, { ...q, limit: q.limit + 1 })
  const page = entries.slice(0, q.limit)
  const last = page.at(-1)
  return { entries: page, nextBefore: entries.length > q.limit && last !== undefined ? `${last.at}:${last.id}` : null }
}

/** Reads a cursor as `auditTrail` answers it ("<time>:<id>") or a bare time in ms; undefined when it is neither. */
export function parseAuditCursor(text: string): AuditCursor | undefined {
  const m = /^(\d{1,15})(?::([0-9a-f-]{36}))?$/.exec(text)
  if (m === null) return undefined
  return { at: Number(m[1]), ...(m[2] === undefined ? {} : { id: m[2] }) }
}
