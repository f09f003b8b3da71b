#!/usr/bin/env node
// `npm run bench:ingest`: starts `undertone serve` in its own process (embedded SQLite in a temp
// folder, or PostgreSQL with --pg), then this process sends message batches over HTTP and waits
// until every message is read. Reports sustained messages/s (stored and read) at 5,000 messages and at
// the end, and /v1/score latency at a fixed request rate.
// Traffic is interleaved as a live helpdesk sends it (the default): 500 open conversations of 300
// customers, each batch carrying the next message of each conversation, so histories grow all run.
// `--grouped` sends each conversation's messages together instead (4 messages per conversation).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'packages', 'cli', 'bin', 'undertone.js')
const args = process.argv.slice(2)
const pg = args.includes('--pg')
const total = Number(args.find((a) => a.startsWith('--messages='))?.slice(11) ?? 40_000)
const grouped = args.includes('--grouped')
const OPEN_CONVERSATIONS = 500
const CUSTOMERS = 300
const port = 18000 + Math.floor(Math.random() * 1000)
const data = mkdtempSync(join(tmpdir(), 'undertone-ingest-'))
const adminUrl = process.env.UNDERTONE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const benchUrl = adminUrl.replace(/\/[^/]*$/, '/undertone_bench')
const env = { ...process.env, ...(pg ? { DATABASE_URL: benchUrl } : {}) }

if (pg) {
  // A database of its own, recreated for each run.
  spawnSync('psql', [adminUrl, '-q', '-c', 'drop database if exists undertone_bench'], { stdio: 'inherit' })
  spawnSync('psql', [adminUrl, '-q', '-c', 'create database undertone_bench'], { stdio: 'inherit' })
}
const keyOut = spawnSync(process.execPath, [bin, 'keys', 'create', '--workspace', 'bench', '--data', data], { env, encoding: 'utf8' })
const key = keyOut.stdout.trim().split('\n').pop()
const server = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--data', data, '--demo-conversations', '1'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('listening') && resolve()))
const base = `http://127.0.0.1:${port}`
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }

// Texts written for this bench, put together so that nearly every message is a different text (a
// problem, a way of saying it, an order number and a time), as real traffic is: the reader keeps
// per-word work, and six texts sent again and again would flatter it.
const PROBLEMS = ['the export is empty', 'my refund has not arrived', 'checkout fails with a card error', 'the app logs me out', 'we were charged twice', 'the sync to our CRM stopped', 'the invite email never comes', 'reports time out on big accounts', 'the invoice shows the wrong plan', 'push notifications stopped on Android']
const FRAMES = [
  (p, n) => `This is the third time I have asked about this: ${p}. Order ${n}.`,
  (p, n) => `Thanks, that fixed it! Order ${n} looks right now.`,
  (p, n) => `${p[0].toUpperCase()}${p.slice(1)} again and I have a meeting in ${(n % 5) + 1} hours!!`,
  (p, n) => `How do I find out why ${p}? Account ${n}.`,
  (p, n) => `Fine, I guess that works for ticket ${n}.`,
  (p, n) => `Oh great, another update and ${p}. Case ${n}.`,
  (p, n) => `Hi, since ${(n % 28) + 1} March ${p}. Could you have a look?`,
  (p, n) => `Still broken. ${p[0].toUpperCase()}${p.slice(1)}, order ${n}, and nobody has replied.`,
]
const textOf = (n) => (FRAMES[n % FRAMES.length])(PROBLEMS[Math.floor(n / FRAMES.length) % PROBLEMS.length], 10_000 + n)
const batchSize = 250
const concurrency = 4
let sent = 0
const t0 = performance.now()
async function sender(w) {
  for (let b = w; b * batchSize < total; b += concurrency) {
    const messages = []
    for (let i = 0; i < batchSize && b * batchSize + i < total; i++) {
      const n = b * batchSize + i
      const at = new Date(1_780_000_000_000 + n * 1000).toISOString()
      if (grouped) messages.push({ external_id: `m${n}`, conversation_id: `c${Math.floor(n / 4)}`, customer_id: `u${Math.floor(n / 12)}`, role: n % 4 === 1 ? 'agent' : 'customer', text: textOf(n), created_at: at })
      else {
        const c = n % OPEN_CONVERSATIONS
        const turn = Math.floor(n / OPEN_CONVERSATIONS)
        messages.push({ external_id: `m${n}`, conversation_id: `c${c}`, customer_id: `u${c % CUSTOMERS}`, role: turn % 3 === 1 ? 'agent' : 'customer', text: textOf(n), created_at: at })
      }
    }
    const res = await fetch(`${base}/v1/messages`, { method: 'POST', headers, body: JSON.stringify({ messages }) })
    if (res.status !== 202) throw new Error(`ingest answered ${res.status}: ${await res.text()}`)
    sent += messages.length
  }
}
// Progress is polled while the senders run: the time at which the first 5,000 were stored and read.
const early = Math.min(5_000, total)
let earlyAt
let stats
const poll = (async () => {
  for (;;) {
    stats = await (await fetch(`${base}/v1/stats`, { headers })).json()
    if (earlyAt === undefined && stats.messages >= early && stats.messages - stats.readings_pending >= early) earlyAt = performance.now()
    if (stats.readings_pending === 0 && stats.messages >= total) return
    await new Promise((r) => setTimeout(r, 100))
  }
})()
await Promise.all(Array.from({ length: concurrency }, (_, w) => sender(w)))
const acked = performance.now()
await poll
const done = performance.now()

// /v1/score at a fixed rate: 200 requests per second for 5 seconds.
const latencies = []
const rate = 200
const seconds = 5
const start = performance.now()
const inflight = []
for (let i = 0; i < rate * seconds; i++) {
  const due = start + (i * 1000) / rate
  const wait = due - performance.now()
  if (wait > 0) await new Promise((r) => setTimeout(r, wait))
  const s = performance.now()
  inflight.push(fetch(`${base}/v1/score`, { method: 'POST', headers, body: JSON.stringify({ text: textOf(total + i) }) }).then(async (r) => {
    await r.arrayBuffer()
    latencies.push(performance.now() - s)
  }))
}
await Promise.all(inflight)
latencies.sort((a, b) => a - b)
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1)
server.kill('SIGTERM')
rmSync(data, { recursive: true, force: true })
const traffic = grouped ? 'grouped: each conversation\'s 4 messages together' : `interleaved: ${OPEN_CONVERSATIONS} open conversations of ${CUSTOMERS} customers`
console.log(`database: ${pg ? 'PostgreSQL (pg-boss queue)' : 'SQLite (embedded queue)'}; ${sent} messages (${traffic}) in batches of ${batchSize}, ${concurrency} concurrent senders, from a second process`)
const rateAt = (n, t) => Math.round(n / ((t - t0) / 1000))
console.log(`acknowledged: ${rateAt(sent, acked)} messages/s; stored and read: ${rateAt(early, earlyAt)} messages/s over the first ${early}, ${rateAt(sent, done)} messages/s over all ${sent} (${((done - t0) / 1000).toFixed(1)} s; ratio ${(rateAt(sent, done) / rateAt(early, earlyAt)).toFixed(2)})`)
console.log(`/v1/score at ${rate} req/s for ${seconds} s: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms`)
