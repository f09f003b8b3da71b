import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ReplyPost, rebuildThreads } from '@undertone/analysis'
import type { JobQueue } from '@undertone/jobs'
import { MessageSchema, READ_QUEUE, csvRows, findUnsafeString, incomingFromApi, jsonErrorWithoutText, redactIncoming, workspaceRedactor } from '@undertone/server'
import { type IncomingMessage, type OpenDatabase, ensureWorkspace, ingestMessages } from '@undertone/storage'
import { CliError } from '../cli-error.js'
import { CLOCK_SKEW_SECONDS } from '../config.js'
import { createProgress } from '../io/progress.js'
import { openSource, readLines } from '../io/read-lines.js'

/** Options of `undertone import`. */
export interface ImportOptions {
  readonly file: string
  readonly workspace: string
  readonly format: 'jsonl' | 'csv' | 'twcs'
  /** Where checkpoints live (one per input file). */
  readonly stateDir: string
  readonly batch?: number
  /** How far after the clock a message's date may be before its line is refused (`UNDERTONE_CLOCK_SKEW_SECONDS`; the API's 300 s when not given). */
  readonly clockSkewMs?: number
  /** The clock dates are checked against (the system's when not given). */
  readonly clock?: () => number
}

interface Checkpoint {
  readonly file: string
  readonly size: number
  /** Records fully stored (acknowledged); a resumed import skips this many. */
  readonly done: number
  readonly stored: number
  readonly duplicates: number
  readonly failed: number
}

type Row = { line: number; message?: IncomingMessage; error?: string }

/** The row, or its refusal when its message is dated more than `skewMs` after `now` (the API refuses the same message). */
function notInFuture(row: Row, now: number, skewMs: number): Row {
  const at = row.message?.createdAt
  if (at === undefined || at <= now + skewMs) return row
  return { line: row.line, error: `line ${row.line}: created_at: ${new Date(at).toISOString()} is after the clock (${new Date(now).toISOString()}) by more than the allowed ${Math.round(skewMs / 1000)} s of clock skew` }
}

function fromCanonical(line: number, raw: unknown): Row {
  // The same refusal as the API's, so a history file stores the same on SQLite and PostgreSQL.
  const unsafe = findUnsafeString(raw)
  if (unsafe !== undefined) return { line, error: `line ${line}: ${unsafe.path}: ${unsafe.message}` }
  const parsed = MessageSchema.safeParse(raw)
  if (!parsed.success) return { line, error: `line ${line}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ')}` }
  return { line, message: { ...incomingFromApi(parsed.data), source: parsed.data.source ?? 'api' } }
}

// The generic import CSV (docs: conversation_external_id, message_external_id, created_at, author_role, body, …).
function fromCsv(line: number, header: string[], fields: string[]): Row {
  const get = (k: string): string | undefined => {
    const i = header.indexOf(k)
    const v = i < 0 ? undefined : fields[i]
    return v === undefined || v === '' ? undefined : v
  }
  const value = get('customer_value')
  return fromCanonical(line, {
    external_id: get('message_external_id'),
    conversation_id: get('conversation_external_id'),
    customer_id: get('customer_external_id') ?? get('author_external_id'),
    role: get('author_role'),
    text: get('body') ?? '',
    created_at: get('created_at'),
    ...(get('channel') === undefined ? {} : { channel: get('channel') }),
    ...(get('product_area') === undefined ? {} : { product_area: get('product_area') }),
    ...(get('agent_external_id') === undefined ? {} : { agent_id: get('agent_external_id') }),
    ...(get('tags') === undefined ? {} : { tags: (get('tags') as string).split(';').filter((t) => t !== '') }),
    ...(get('is_internal') === undefined ? {} : { internal: /^(true|1|yes)$/i.test(get('is_internal') as string) }),
    ...(get('segment') !== undefined || get('plan') !== undefined || value !== undefined
      ? { customer: { ...(get('segment') === undefined ? {} : { segment: get('segment') }), ...(get('plan') === undefined ? {} : { plan: get('plan') }), ...(value === undefined ? {} : { value: Number(value) }) } }
      : {}),
  })
}

async function* rows(opts: ImportOptions): AsyncGenerator<Row> {
  const source = await openSource(opts.file)
  if (opts.format === 'jsonl') {
    for await (const { line, text } of readLines(source)) {
      if (text.trim() === '') continue
      let raw: unknown
      try {
        raw = JSON.parse(text)
      } catch (err) {
        yield { line, error: `line ${line}: ${jsonErrorWithoutText(err)}` }
        continue
      }
      yield fromCanonical(line, raw)
    }
    return
  }
  if (opts.format === 'csv') {
    let header: string[] | undefined
    for await (const rec of csvRows(source.stream as AsyncIterable<string>)) {
      if ('error' in rec) {
        if (header === undefined) throw new CliError('UT_E_INPUT', `the CSV header cannot be read: ${rec.error.message}`)
        yield { line: rec.line, error: rec.error.message }
        continue
      }
      if (header === undefined) {
        header = rec.fields.map((f) => f.trim())
        continue
      }
      if (rec.fields.length === 1 && rec.fields[0] === '') continue
      yield fromCsv(rec.line, header, rec.fields)
    }
    return
  }
  // TWCS threads need the whole reply graph, so this layout is read into memory first.
  const posts: (ReplyPost & { text: string; line: number })[] = []
  const errors: Row[] = []
  for await (const { line, text } of readLines(source)) {
    if (text.trim() === '') continue
    try {
      const o = JSON.parse(text) as Record<string, unknown>
      const id = String(o.tweet_id ?? o.id ?? '').replace(/\.0$/, '')
      const at = Date.parse(String(o.created_at))
      if (id === '' || !Number.isFinite(at) || typeof o.text !== 'string') throw new Error('needs tweet_id, created_at and text')
      const parent = o.in_response_to_tweet_id == null ? undefined : String(o.in_response_to_tweet_id).replace(/\.0$/, '')
      posts.push({ id, authorId: String(o.author_id), inbound: o.inbound === true || o.inbound === 'True', at, text: o.text, line, ...(parent === undefined ? {} : { inReplyTo: parent }) })
    } catch (err) {
      errors.push({ line, error: `line ${line}: ${err instanceof SyntaxError ? jsonErrorWithoutText(err) : (err as Error).message}` })
    }
  }
  for (const e of errors) yield e
  for (const t of rebuildThreads(posts)) {
    for (const p of t.posts as (ReplyPost & { text: string; line: number })[]) {
      yield { line: p.line, message: { externalId: p.id, conversationId: t.id, customerId: t.customerId ?? p.authorId, role: p.inbound ? 'customer' : 'agent', text: p.text, createdAt: p.at, source: 'twcs', channel: 'social_twitter' } }
    }
  }
}

/**
 * Imports a file into a workspace in batches, texts redacted by the workspace's privacy settings
 * (read once, when the import starts). Each batch and its reading job commit together, and
 * a checkpoint is written after each batch, so a killed import resumes where it stopped when run
 * again; re-sent messages are recognised by their external ids and stored once.
 */
export async function runImport(open: OpenDatabase, queue: JobQueue, opts: ImportOptions): Promise<Checkpoint> {
  const size = statSync(opts.file).size
  mkdirSync(opts.stateDir, { recursive: true, mode: 0o700 })
  const id = createHash('sha256').update(`${opts.workspace}\u0000${opts.format}\u0000${opts.file}\u0000${size}`).digest('hex').slice(0, 16)
  const checkpointFile = join(opts.stateDir, `import-${id}.json`)
  let cp: Checkpoint = existsSync(checkpointFile) ? (JSON.parse(readFileSync(checkpointFile, 'utf8')) as Checkpoint) : { file: opts.file, size, done: 0, stored: 0, duplicates: 0, failed: 0 }
  const skip = cp.done
  if (skip > 0) process.stderr.write(`resuming: ${skip} records already imported\n`)
  const ws = await ensureWorkspace(open.db, opts.workspace, Date.now())
  const redact = await workspaceRedactor(open.db, ws.id)
  const progress = createProgress(undefined, process.stderr.isTTY === true)
  const size_ = opts.batch ?? 500
  let seen = 0
  let batch: IncomingMessage[] = []
  let batchRecords = 0
  let failed = 0
  const flush = async (): Promise<void> => {
    if (batchRecords === 0) return
    const res = await ingestMessages(open.db, ws.id, redactIncoming(batch, redact), Date.now(), async (trx, r) => {
      if (r.inserted.length > 0) await queue.enqueue(READ_QUEUE, [{ workspaceId: ws.id, messageIds: r.inserted.map((m) => m.id) }], { trx, group: ws.id })
    })
    cp = { ...cp, done: cp.done + batchRecords, stored: cp.stored + res.inserted.length, duplicates: cp.duplicates + res.duplicates.length, failed: cp.failed + failed }
    // Write-then-rename, so a crash (or a reader) never sees half a checkpoint.
    writeFileSync(`${checkpointFile}.tmp`, JSON.stringify(cp))
    renameSync(`${checkpointFile}.tmp`, checkpointFile)
    progress.update(0, cp.done)
    batch = []
    batchRecords = 0
    failed = 0
  }
  const clock = opts.clock ?? Date.now
  const skewMs = opts.clockSkewMs ?? CLOCK_SKEW_SECONDS * 1000
  for await (const found of rows(opts)) {
    const row = notInFuture(found, clock(), skewMs)
    seen++
    if (seen <= skip) continue
    batchRecords++
    if (row.message !== undefined) batch.push(row.message)
    else {
      failed++
      process.stderr.write(`${row.error}\n`)
    }
    if (batchRecords >= size_) await flush()
  }
  await flush()
  progress.stop()
  return cp
}
