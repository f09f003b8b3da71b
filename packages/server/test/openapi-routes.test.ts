import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { migrateToLatest, openDatabase } from '@undertone/storage'
import { describe, expect, it } from 'vitest'
import { EventBus, createApp } from '../src/index.js'

// The OpenAPI document is written beside the handlers; this walks both so neither can drift: every
// documented operation has a handler, and every /v1 handler is documented.
describe('the OpenAPI document', () => {
  it('lists exactly the /v1 operations that answer', async () => {
    const open = openDatabase({ file: ':memory:' })
    await migrateToLatest(open.db, 'sqlite')
    const now = Date.parse('2026-12-05T12:00:00Z')
    const app = createApp({ db: open.db, dialect: 'sqlite', queue: new SqliteJobQueue(open.db, { now: () => now }), reader: createReader(), clock: () => now, events: new EventBus() })
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> }
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .sort()
    const served = [...new Set(app.routes.filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`))].sort()
    expect(documented).toEqual(served)
    open.close()
  })
})
