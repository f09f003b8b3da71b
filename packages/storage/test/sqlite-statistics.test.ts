import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { ensureWorkspace, ingestMessages, migrateToLatest, openDatabase } from '../src/index.js'

const T = Date.parse('2026-09-01T10:00:00Z')

// The plan SQLite picks for "these messages of this workspace", the reading pipeline's first query.
async function planOf(open: ReturnType<typeof openDatabase>, workspaceId: string, ids: string[]): Promise<string> {
  const q = open.db.selectFrom('messages').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', ids).compile()
  const rows = await sql.raw<{ detail: string }>(`explain query plan ${q.sql}`).execute(open.db).catch(() => undefined)
  if (rows !== undefined) return rows.rows.map((r) => r.detail).join('; ')
  // sql.raw takes no parameters: inline them (ids and a workspace id are plain tokens here).
  let i = 0
  const inlined = q.sql.replace(/\?/g, () => `'${String(q.parameters[i++])}'`)
  return (await sql.raw<{ detail: string }>(`explain query plan ${inlined}`).execute(open.db)).rows.map((r) => r.detail).join('; ')
}

describe('SQLite planner statistics', () => {
  it('looks messages up by id, not by walking the workspace, once a grown database is optimized', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'undertone-stats-'))
    const open = openDatabase({ dataDir })
    await migrateToLatest(open.db, 'sqlite')
    const ws = await ensureWorkspace(open.db, 'big', T)
    const batch = (from: number) => Array.from({ length: 1000 }, (_, k) => ({ externalId: `e${from + k}`, conversationId: `c${Math.floor((from + k) / 4)}`, customerId: `u${(from + k) % 500}`, role: 'customer' as const, text: `message ${from + k}`, createdAt: T + (from + k) * 1000 }))
    for (let n = 0; n < 20_000; n += 1000) await ingestMessages(open.db, ws.id, batch(n), T)
    const ids = (await open.db.selectFrom('messages').select('id').limit(50).execute()).map((r) => r.id)
    const before = await planOf(open, ws.id, ids)
    await open.optimize()
    const after = await planOf(open, ws.id, ids)
    expect(after).toMatch(/sqlite_autoindex_messages_1 \(id=\?\)/)
    expect(after).not.toMatch(/workspace/)
    // Before, SQLite 3.49 walks messages_workspace_time (every message of the workspace); its
    // guesses may change between versions, so only the plan with statistics is asserted.
    expect(before.length).toBeGreaterThan(0)
    await open.close()
    // A reopened database keeps them.
    const again = openDatabase({ dataDir })
    expect(await planOf(again, ws.id, ids)).toMatch(/sqlite_autoindex_messages_1/)
    await again.close()
  }, 60_000)
})
