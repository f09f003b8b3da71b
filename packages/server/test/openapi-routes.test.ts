import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { migrateToLatest, openDatabase } from '@undertone/storage'
import { describe, expect, it } from 'vitest'
import { EventBus, createApp } from '../src/index.js'

// The OpenAPI document is written beside the handlers; this walks both so neither can drift: every
// documented operation has a handler, and every /v1 handler (and the helpdesks' /hooks) is documented.
describe('the OpenAPI document', () => {
  it('lists exactly the /v1 and /hooks operations that answer', async () => {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    const now = Date.parse('2026-12-05T12:00:00Z')
    const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: () => now }), reader: createReader(), clock: () => now, events: new EventBus() })
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> }
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .sort()
    const served = [...new Set(app.routes.filter((r) => (r.path.startsWith('/v1/') || r.path.startsWith('/hooks/')) && r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`))].sort()
    expect(documented).toEqual(served)
    open.close()
  })

  it('describes every field in snake_case, and the readings field by field', async () => {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: () => 0 }), reader: createReader(), clock: () => 0, events: new EventBus() })
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: object; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }
    const names: string[] = []
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) for (const x of node) walk(x)
      else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'properties' && v !== null && typeof v === 'object') names.push(...Object.keys(v))
          walk(v)
        }
      }
    }
    walk(doc)
    expect(names.length).toBeGreaterThan(200)
    expect(names.filter((n) => !/^[a-z][a-z0-9_]*$/.test(n))).toEqual([])
    for (const name of ['MessageReading', 'TimelineMessage', 'ConversationReading', 'CustomerReading', 'ScoreReading', 'Settings', 'ModelVersion', 'Driver']) {
      expect(Object.keys(doc.components.schemas[name]?.properties ?? {}).length, name).toBeGreaterThan(3)
    }
    expect(doc.components.schemas.ConversationReading?.properties).toHaveProperty('sla_minutes')
    open.close()
  })
})
