import { afterAll, describe, expect, it } from 'vitest'
import { type IncomingMessage, ensureWorkspace, ingestMessages } from '../src/index.js'
import { messagesByKey } from '../src/repositories/messages-by-key.js'
import type { FreshDatabase } from '../src/testing.js'
import { DIALECTS, freshDatabase } from './dialects.js'

const T = Date.parse('2026-10-12T07:30:00Z')

const message = (externalId: string, conversationId: string, over: Partial<IncomingMessage> = {}): IncomingMessage => ({ externalId, conversationId, customerId: 'cust-1', role: 'customer', text: 'My card was declined twice.', createdAt: T, ...over })

for (const dialect of DIALECTS) {
  describe(`messages by the keys their senders gave them (${dialect})`, () => {
    const dbs: FreshDatabase[] = []
    afterAll(async () => {
      for (const d of dbs) await d.drop()
    })

    it('finds each stored key as a (source, external id) pair, in its own workspace only', async () => {
      const open = await freshDatabase(dialect)
      dbs.push(open)
      const ws = await ensureWorkspace(open.db, 'keys', T)
      const other = await ensureWorkspace(open.db, 'keys-other', T)
      const { inserted } = await ingestMessages(open.db, ws.id, [message('a-1', 'case-1'), message('a-2', 'case-1', { role: 'agent', internal: true }), message('z-1', 'case-9', { source: 'zendesk' })], T)
      await ingestMessages(open.db, other.id, [message('a-3', 'case-1')], T)
      const idOf = (id: string) => inserted.find((m) => m.externalId === id)
      const found = await messagesByKey(open.db, ws.id, [
        { source: 'api', externalId: 'a-1' },
        { source: 'api', externalId: 'a-2' },
        // Both the source and the id are stored, but not as this pair.
        { source: 'zendesk', externalId: 'a-1' },
        { source: 'zendesk', externalId: 'z-1' },
        // Another workspace's, and one never stored.
        { source: 'api', externalId: 'a-3' },
        { source: 'api', externalId: 'nope' },
      ])
      expect(found.sort((a, b) => (a.externalId < b.externalId ? -1 : 1))).toEqual([
        { id: idOf('a-1')?.id, source: 'api', externalId: 'a-1', conversationId: idOf('a-1')?.conversationId, role: 'customer', internal: false },
        { id: idOf('a-2')?.id, source: 'api', externalId: 'a-2', conversationId: idOf('a-1')?.conversationId, role: 'agent', internal: true },
        { id: idOf('z-1')?.id, source: 'zendesk', externalId: 'z-1', conversationId: idOf('z-1')?.conversationId, role: 'customer', internal: false },
      ])
      expect(await messagesByKey(open.db, ws.id, [])).toEqual([])
    })

    it('looks up more keys than one statement takes', async () => {
      const open = await freshDatabase(dialect)
      dbs.push(open)
      const ws = await ensureWorkspace(open.db, 'many-keys', T)
      const batch = Array.from({ length: 1200 }, (_, i) => message(`m-${i}`, `case-${i % 40}`))
      await ingestMessages(open.db, ws.id, batch, T)
      const found = await messagesByKey(open.db, ws.id, [...batch, message('m-1200', 'case-0')].map((m) => ({ source: 'api', externalId: m.externalId })))
      expect(found).toHaveLength(1200)
      expect(new Set(found.map((m) => m.externalId)).size).toBe(1200)
    })
  })
}
