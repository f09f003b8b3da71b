import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { hc } from 'hono/client'
import { describe, expect, it } from 'vitest'
import { type AppType, createApp } from '../src/index.js'

// The app's type carries every route's contract: a client built from it (`hc<AppType>`) is typed
// by the same declarations that validate requests and generate /openapi.json.
describe('the typed client', () => {
  it('calls routes by their declared paths, with typed inputs and answers', async () => {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    const now = Date.parse('2026-12-05T12:00:00Z')
    const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: () => now }), reader: createReader(), clock: () => now })
    const ws = await ensureWorkspace(open.db, 'typed', now)
    const { key, info } = await createApiKey(open.db, ws.id, 'client', now)
    const client = hc<AppType>('http://undertone.test', { fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init), headers: { authorization: `Bearer ${key}` } })

    // Answers are typed by status: a problem document unless the status says otherwise.
    const whoami = await client.v1.whoami.$get()
    if (whoami.status !== 200) throw new Error(`whoami answered ${whoami.status}`)
    const who = await whoami.json()
    const workspaceId: string = who.workspace_id
    expect({ workspace_id: workspaceId, key_id: who.key_id }).toEqual({ workspace_id: ws.id, key_id: info.id })

    const sent = await client.v1.messages.$post({
      query: { wait: 'true' },
      header: {},
      json: { messages: [{ external_id: 'm1', conversation_id: 'c1', customer_id: 'u1', role: 'customer', text: 'The export keeps failing and I am fed up.', created_at: '2026-12-05T11:00:00Z' }] },
    })
    expect(sent.status).toBe(200)
    if (sent.status === 200) {
      const read = await sent.json()
      const accepted: number = read.accepted
      expect(accepted).toBe(1)
      expect(read.messages.map((m) => [m.external_id, m.conversation_external_id, m.status])).toEqual([['m1', 'c1', 'stored']])
      // Each message's reading is next to it, typed field by field, in snake_case; emotion names stay keys.
      const needsReview: boolean | undefined = read.messages[0]?.reading?.needs_review
      expect(needsReview).toEqual(expect.any(Boolean))
      expect(read.messages[0]?.reading?.emotions.frustration).toBeGreaterThan(0)
    }
    const stats = await client.v1.stats.$get()
    if (stats.status !== 200) throw new Error(`stats answered ${stats.status}`)
    const messages: number = (await stats.json()).messages
    expect(messages).toBe(1)
    const queue = await client.v1.queue.$get({ query: { limit: '5' } })
    if (queue.status !== 200) throw new Error(`queue answered ${queue.status}`)
    const conversation = await client.v1.conversations[':id'].$get({ param: { id: 'c1' }, query: {} })
    if (conversation.status !== 200) throw new Error(`conversation answered ${conversation.status}`)
    const conv = await conversation.json()
    expect((await queue.json()).items.map((i) => i.conversation_id)).toEqual([conv.id])
    const slaMinutes: number | undefined = conv.analysis?.sla_minutes
    expect(slaMinutes).toBe(240)
    const reading = conv.messages[0]?.reading
    expect(reading?.message_id).toBe(conv.messages[0]?.id)
    expect(reading?.label).toBe('negative')
    const stats2 = await (await client.v1.stats.$get()).json()
    expect('readings_pending' in stats2 && stats2.readings_pending).toBe(0)
    const missing = await client.v1.conversations[':id'].$get({ param: { id: 'nope' }, query: {} })
    expect(missing.status).toBe(404)
    open.close()
  })
})
