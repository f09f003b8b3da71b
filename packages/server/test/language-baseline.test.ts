import { readCustomer, toMessageReading } from '@undertone/analysis'
import { createReader } from '@undertone/engine'
import { type IncomingMessage, ensureWorkspace, ingestMessages } from '@undertone/storage'
import { type FreshDatabase, freshDatabase, testDialects } from '@undertone/storage/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus, readAndStore } from '../src/index.js'

const PG_URL = process.env.UNDERTONE_PG_URL
const DAY = 86_400_000
const now = Date.parse('2026-11-20T12:00:00Z')
const reader = createReader()

// Written for this test: German customers here write short and direct, English ones chattier.
const GERMAN = ['Der Export funktioniert nicht. Bitte beheben.', 'Die Rechnung ist falsch. Korrigieren Sie das.', 'Das Login geht nicht. Ich brauche eine Lösung.']
const ENGLISH = ['Hi, how do I export my invoices?', 'Thanks, that helped a lot!', 'Hello, can you tell me where the settings are?', 'Great, the new report works for us.']

function customerMessages(prefix: string, customers: number, lines: readonly string[]): IncomingMessage[] {
  const out: IncomingMessage[] = []
  for (let u = 0; u < customers; u++)
    for (let c = 0; c < 2; c++)
      out.push({
        externalId: `${prefix}-${u}-${c}`,
        conversationId: `${prefix}-c${u}-${c}`,
        customerId: `${prefix}-u${u}`,
        role: 'customer',
        text: lines[(u + c) % lines.length] as string,
        createdAt: now - (20 - 10 * c) * DAY - u * 60_000,
      })
  return out
}

for (const dialect of testDialects(PG_URL))
  describe(`customer health against their language (${dialect})`, () => {
    let open: FreshDatabase
    beforeAll(async () => {
      open = await freshDatabase(dialect, PG_URL, 'ut_langbase')
    })
    afterAll(() => open.drop())

    it("reads a customer who writes as their language is usually written here as less unhappy, in the server's stored reading", async () => {
      const ws = (await ensureWorkspace(open.db, 'cultures', now)).id
      const deps = { db: open.db, reader, clock: () => now, events: new EventBus() }
      const batch = [...customerMessages('en', 40, ENGLISH), ...customerMessages('de', 30, GERMAN)]
      const ids = (await ingestMessages(open.db, ws, batch, now)).inserted.map((m) => m.id)
      await readAndStore(deps, ws, ids)
      // The leans come from the stored rollups: a second pass reads every customer with them.
      await readAndStore(deps, ws, ids)
      const stored = await open.db.selectFrom('customer_readings').innerJoin('customers', 'customers.id', 'customer_readings.customer_id').select(['customers.external_id', 'customer_readings.body', 'customer_readings.health']).where('customer_readings.workspace_id', '=', ws).execute()
      const of = (id: string) => {
        const row = stored.find((r) => r.external_id === id)
        return typeof row?.body === 'string' ? JSON.parse(row.body) : row?.body
      }
      const german = of('de-u0')
      const english = of('en-u0')
      expect(german.language).toBe('de')
      expect(german.languageShift).toBeLessThan(-0.1)
      expect(english.language).toBe('en')
      expect(english.languageShift).toBeGreaterThan(0)
      // The same customer read without the lean: the stored health is higher by half of it.
      const conversations = [0, 1].map((c) => {
        const text = GERMAN[c % GERMAN.length] as string
        const r = reader.read(text)
        return { id: `k${c}`, customerId: 'de-u0', status: 'open' as const, messages: [{ id: `m${c}`, role: 'customer' as const, at: now - (20 - 10 * c) * DAY, reading: toMessageReading({ ...r.sentiment, emotions: r.emotions, intensity: r.intensity, cues: r.cues, language: r.language }, reader.languages) }] }
      })
      const plain = readCustomer({ customerId: 'de-u0', conversations }, now)
      expect(german.health).toBeCloseTo(plain.health - german.languageShift / 4, 2)
      expect(german.churnRisk).toBeLessThanOrEqual(plain.churnRisk)
    })
  })
