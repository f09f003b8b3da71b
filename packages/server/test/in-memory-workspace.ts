import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { expect } from 'vitest'
import { EventBus, createApp } from '../src/index.js'

const reader = createReader()

/**
 * The app on an in-memory SQLite database at a fixed clock, with one workspace and its key: `send`
 * posts messages with `?wait=true` (and expects them read), `request` calls a route with the key.
 */
export async function inMemoryWorkspace(name: string, now: number) {
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const clock = (): number => now
  const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: clock }), reader, clock, events: new EventBus() })
  const ws = await ensureWorkspace(open.db, name, now)
  const key = (await createApiKey(open.db, ws.id, 'test', now)).key
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` }
  const send = async (messages: object[]) => expect((await app.request('/v1/messages?wait=true', { method: 'POST', headers, body: JSON.stringify({ messages }) })).status).toBe(200)
  const request = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers })
  return { open, send, request }
}
