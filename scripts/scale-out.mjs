// Runs Undertone scaled out on PostgreSQL: 2 API processes (serve --no-worker) and 2 workers,
// sends N messages through both APIs, waits until every message is read, and checks that each
// reading job ran exactly once. Used by `npm run bench:scale` (200k) and by a test (10k).
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'cli', 'bin', 'undertone.js')

export async function scaleOut({ adminUrl, total, database = 'undertone_scale', log = () => {} }) {
  const url = adminUrl.replace(/\/[^/]*$/, `/${database}`)
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${database}`)
  await admin.query(`create database ${database}`)
  await admin.end()
  const env = { ...process.env, DATABASE_URL: url }
  spawnSync(process.execPath, [bin, 'migrate'], { env })
  const key = spawnSync(process.execPath, [bin, 'keys', 'create', '--workspace', 'scale'], { env, encoding: 'utf8' }).stdout.trim().split('\n').pop()
  const ports = [19000 + Math.floor(Math.random() * 500), 19600 + Math.floor(Math.random() * 300)]
  const procs = []
  const started = []
  for (const port of ports) {
    const p = spawn(process.execPath, [bin, 'serve', '--no-worker', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    procs.push(p)
    started.push(new Promise((resolve) => p.stdout.on('data', (d) => String(d).includes('listening') && resolve())))
  }
  for (let w = 0; w < 2; w++) procs.push(spawn(process.execPath, [bin, 'worker'], { env, stdio: 'ignore' }))
  await Promise.all(started)
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
  const t0 = performance.now()
  const batchSize = 500
  const batches = Math.ceil(total / batchSize)
  let customerMessages = 0
  let next = 0
  const sender = async () => {
    for (;;) {
      const b = next++
      if (b >= batches) return
      const messages = []
      for (let i = 0; i < batchSize && b * batchSize + i < total; i++) {
        const n = b * batchSize + i
        const role = n % 3 === 2 ? 'agent' : 'customer'
        messages.push({ external_id: `s${n}`, conversation_id: `c${Math.floor(n / 6)}`, customer_id: `u${Math.floor(n / 30)}`, role, text: role === 'customer' ? 'Still waiting on my refund, third time asking.' : 'Checking now.', created_at: new Date(1_780_000_000_000 + n * 1000).toISOString() })
      }
      const port = ports[b % 2]
      const res = await fetch(`http://127.0.0.1:${port}/v1/messages`, { method: 'POST', headers, body: JSON.stringify({ messages }) })
      if (res.status !== 202) throw new Error(`API ${port} answered ${res.status}`)
    }
  }
  for (let n = 0; n < total; n++) if (n % 3 !== 2) customerMessages++
  await Promise.all([sender(), sender(), sender(), sender()])
  const acked = performance.now()
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  let read = 0
  for (let i = 0; i < 36_000 && read < customerMessages; i++) {
    await new Promise((r) => setTimeout(r, 250))
    read = Number((await db.query('select count(*) n from readings')).rows[0].n)
    if (i % 40 === 0) log(`read ${read}/${customerMessages}`)
  }
  // Readings are saved before their job is marked complete: wait for the queue to settle.
  for (let i = 0; i < 200; i++) {
    const open = Number((await db.query("select count(*) n from pgboss.job where name = 'read-messages' and state in ('created', 'retry', 'active')")).rows[0].n)
    if (open === 0) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const done = performance.now()
  const messages = Number((await db.query('select count(*) n, count(distinct external_id) d from messages')).rows[0].n)
  const jobs = (await db.query("select state, retry_count > 0 as retried, count(*)::int n from pgboss.job where name = 'read-messages' group by 1, 2")).rows
  await db.end()
  for (const p of procs) p.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 500))
  const admin2 = new pg.Client({ connectionString: adminUrl })
  await admin2.connect()
  await admin2.query(`drop database if exists ${database} with (force)`)
  await admin2.end()
  return { total, messages, customerMessages, read, jobs, batches, ackSeconds: (acked - t0) / 1000, seconds: (done - t0) / 1000 }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const total = Number(process.argv[2] ?? 200_000)
  const r = await scaleOut({ adminUrl: process.env.UNDERTONE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', total, log: (l) => console.error(l) })
  console.log(JSON.stringify(r))
  console.log(`2 API + 2 worker processes on PostgreSQL: ${r.messages} messages stored (of ${r.total} sent), ${r.read} customer messages read (of ${r.customerMessages}); acknowledged in ${r.ackSeconds.toFixed(1)} s (${Math.round(r.total / r.ackSeconds)}/s), all read after ${r.seconds.toFixed(1)} s (${Math.round(r.total / r.seconds)}/s); reading jobs: ${JSON.stringify(r.jobs)}`)
}
