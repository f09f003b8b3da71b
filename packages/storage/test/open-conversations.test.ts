import { afterAll, describe, expect, it } from 'vitest'
import { type IncomingMessage, ensureWorkspace, ingestMessages, latestConversationReadings, openConversations, saveReadings } from '../src/index.js'
import type { FreshDatabase } from '../src/testing.js'
import { DIALECTS, freshDatabase } from './dialects.js'

const T = Date.parse('2026-11-02T09:00:00Z')

function message(n: number, conversationId: string, role: IncomingMessage['role'], text: string): IncomingMessage {
  return { externalId: `${conversationId}-${n}`, conversationId, customerId: `cust-${conversationId}`, role, text, createdAt: T + n * 60_000 }
}

for (const dialect of DIALECTS) {
  describe(`open conversations for the queue (${dialect})`, () => {
    const dbs: FreshDatabase[] = []
    afterAll(async () => {
      for (const d of dbs) await d.drop()
    })

    it("names a conversation's language after its latest customer reading that has one, in its own workspace only", async () => {
      const open = await freshDatabase(dialect)
      dbs.push(open)
      const ws = await ensureWorkspace(open.db, 'queue-languages', T)
      const other = await ensureWorkspace(open.db, 'queue-languages-other', T)
      const { inserted } = await ingestMessages(
        open.db,
        ws.id,
        [
          message(1, 'switched', 'customer', 'The export fails every night.'),
          message(2, 'switched', 'agent', 'Which browser do you use?'),
          message(3, 'switched', 'customer', 'Der Export schlägt immer noch fehl.'),
          message(4, 'switched', 'customer', 'Ok'),
          message(1, 'quiet', 'customer', 'Ok'),
        ],
        T,
      )
      const { inserted: foreign } = await ingestMessages(open.db, other.id, [message(1, 'switched', 'customer', 'Il export ne marche pas.')], T)
      const languages: Record<string, string> = { 'switched-1': 'en', 'switched-3': 'de', 'switched-4': 'und', 'quiet-1': 'und' }
      const read = (m: { id: string; conversationId: string; externalId: string }, language: string) => ({ messageId: m.id, conversationId: m.conversationId, modelVersion: 'v1', label: 'negative' as const, score: -0.4, confidence: 0.8, emotions: { frustration: 0.6 }, intensity: 0.4, cues: [], needsReview: false, language, readAt: T })
      await saveReadings(open.db, ws.id, inserted.filter((m) => m.role === 'customer').map((m) => read(m, languages[m.externalId] as string)))
      await saveReadings(open.db, other.id, foreign.map((m) => read(m, 'fr')))

      const rows = await openConversations(open.db, ws.id, 10)
      expect(rows.map((r) => r.external_id).sort()).toEqual(['quiet', 'switched'])
      const latest = await latestConversationReadings(open.db, ws.id, rows.map((r) => r.id))
      const byExternal = new Map(rows.map((r) => [r.external_id, latest.get(r.id)]))
      // The closing "Ok" has no language of its own: the conversation stays German.
      expect(byExternal.get('switched')).toMatchObject({ language: 'de', emotions: { frustration: 0.6 } })
      expect(byExternal.get('quiet')?.language).toBe('und')
      const foreignRows = await openConversations(open.db, other.id, 10)
      expect((await latestConversationReadings(open.db, ws.id, foreignRows.map((r) => r.id))).size).toBe(0)
    })
  })
}
