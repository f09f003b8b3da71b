import type { Reader } from '@undertone/engine'
import type { JobQueue } from '@undertone/jobs'
import { CLI_ACTOR, EventBus, READ_QUEUE, audit, discoverWorkspaceTopics, readAndStore } from '@undertone/server'
import { type OpenDatabase, createApiKey, ensureWorkspace, ingestMessages } from '@undertone/storage'
import { createProgress } from '../io/progress.js'
import { generateDemo } from './demo-generator.js'

/**
 * Fills the `demo` workspace with synthetic conversations. Small demos are read right away;
 * large ones are queued for the worker (so `--conversations 1000000` streams in constant memory).
 * Returns a new API key for the workspace.
 */
export async function fillDemo(open: OpenDatabase, queue: JobQueue, reader: Reader, opts: { conversations: number; readNow: boolean; now?: number }): Promise<{ key: string; messages: number }> {
  const now = opts.now ?? Date.now()
  const ws = await ensureWorkspace(open.db, 'demo', now)
  const progress = createProgress(undefined, process.stderr.isTTY === true)
  let messages = 0
  for (const batch of generateDemo({ conversations: opts.conversations, end: now })) {
    const res = await ingestMessages(open.db, ws.id, batch, now, async (trx, r) => {
      if (!opts.readNow && r.inserted.length > 0) await queue.enqueue(READ_QUEUE, [{ workspaceId: ws.id, messageIds: r.inserted.map((m) => m.id) }], { trx, group: ws.id })
    })
    if (opts.readNow) await readAndStore({ db: open.db, reader, clock: () => now, events: new EventBus() }, ws.id, res.inserted.map((m) => m.id))
    messages += res.inserted.length
    progress.update(0, messages)
  }
  progress.stop()
  // Read now: the demo gets its topics at once (a worker would queue this itself).
  if (opts.readNow) await discoverWorkspaceTopics(open.db, ws.id, now)
  const { key, info } = await createApiKey(open.db, ws.id, 'demo', now)
  await audit(open.db, ws.id, CLI_ACTOR, 'key.create', info.id, now, { name: info.name })
  return { key, messages }
}
