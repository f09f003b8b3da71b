import { randomBytes } from 'node:crypto'
import { VENDOR_ADAPTERS, createBoundedFetch } from '@undertone/connectors'
import { startFakeZendesk } from '@undertone/connectors/testing'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { createApiKey, ensureWorkspace, migrateToLatest, openDatabase } from '@undertone/storage'
import { expect } from 'vitest'
import type { ConnectorRuntime } from '../src/app/connectors/connector-runtime.js'
import { EventBus, SecretBox, createApp, queueScheduler } from '../src/index.js'

const reader = createReader()

const runtime: ConnectorRuntime = {
  adapters: VENDOR_ADAPTERS,
  secretBox: new SecretBox([{ id: 't1', key: randomBytes(32) }]),
  allowPrivateNetwork: true,
  fetchFor: (allow: boolean) => createBoundedFetch({ timeoutMs: 3_000, allowPrivateNetwork: allow }),
  publicUrl: 'http://undertone.test',
  timeoutMs: 3_000,
}

/**
 * A workspace served by the app on an in-memory database at the clock `start`, with a Zendesk
 * connector (webhooks signed with `secret`) to a fake Zendesk of `tickets` tickets. What must be
 * closed after the test is pushed onto `cleanup`.
 */
export async function zendeskService(options: { start: number; secret: string; tickets: number; cleanup: (() => Promise<void>)[] }) {
  const { start } = options
  const open = openDatabase({ file: ':memory:' })
  await migrateToLatest(open.db, 'sqlite')
  const clock = (): number => start
  const queue = new SqliteJobQueue(open.db, { now: clock })
  const app = createApp({ db: open.db, dialect: 'sqlite', queue, reader, clock, events: new EventBus(), connectors: runtime })
  const ws = await ensureWorkspace(open.db, 'acme', start)
  const key = (await createApiKey(open.db, ws.id, 'test', start)).key
  const fake = await startFakeZendesk({ tickets: options.tickets })
  options.cleanup.push(() => fake.close(), () => open.close())
  const created = await app.request('/v1/connectors', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ kind: 'zendesk', base_url: fake.url, options: { email: fake.email, token: fake.token, webhookSecret: options.secret }, allow_private_network: true }),
  })
  expect(created.status).toBe(201)
  const connector = ((await created.json()) as { connector: { id: string; inbound_path: string } }).connector
  return { open, app, fake, connector, workspaceId: ws.id, scheduler: queueScheduler(queue), clock, runtime }
}
