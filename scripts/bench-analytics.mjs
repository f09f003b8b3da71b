// Analytics latency on a large demo workspace: p50/p95 of every analytics route over real HTTP.
//
//   node scripts/bench-analytics.mjs --data /tmp/demo1m            (SQLite data folder)
//   node scripts/bench-analytics.mjs --pg postgres://…/undertone_demo1m
//
// The workspace must already hold the demo (fill it with
// `undertone demo --conversations 305000 --read-now`, about 1M messages). The server runs
// `--no-worker` so that reading does not compete with the queries being timed.
import { spawn, execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../packages/cli/bin/undertone.js', import.meta.url))
const args = process.argv.slice(2)
const opt = (name) => {
  const i = args.indexOf(name)
  return i < 0 ? undefined : args[i + 1]
}
const data = opt('--data')
const pg = opt('--pg')
const runs = Number(opt('--runs') ?? 40)
if ((data === undefined) === (pg === undefined)) {
  process.stderr.write('usage: bench-analytics.mjs --data DIR | --pg URL [--runs N]\n')
  process.exit(2)
}
const env = { ...process.env, UNDERTONE_RATE_LIMIT: '10000000', ...(pg === undefined ? {} : { DATABASE_URL: pg }) }
const dataArgs = data === undefined ? [] : ['--data', data]
const keyOut = execFileSync(process.execPath, [bin, 'keys', 'create', '--workspace', 'demo', '--name', 'bench', ...dataArgs], { env }).toString().trim().split('\n')
const key = keyOut[keyOut.length - 1]
// What the worker does every few minutes: tally the completed days drivers are ranked from.
const tallied = execFileSync(process.execPath, [bin, 'drivers', '--workspace', 'demo', ...dataArgs], { env }).toString().split('\n')[0]
const port = 18000 + Math.floor(Math.random() * 1000)
const server = spawn(process.execPath, [bin, 'serve', '--no-worker', '--port', String(port), ...dataArgs], { env, stdio: ['ignore', 'pipe', 'inherit'] })
const base = `http://127.0.0.1:${port}`
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/readyz`)).ok) break
  } catch {}
  if (i > 1200) throw new Error('server did not start')
  await new Promise((r) => setTimeout(r, 100))
}

const routes = [
  '/v1/stats',
  '/v1/analytics/trends',
  '/v1/analytics/trends?by=product_area&granularity=day',
  '/v1/analytics/trends?by=agent&granularity=week',
  '/v1/analytics/trends?by=channel&granularity=hour&from=' + new Date(Date.now() - 7 * 86_400_000).toISOString(),
  '/v1/analytics/trends?by=topic&granularity=day',
  '/v1/analytics/topics',
  '/v1/analytics/drivers',
  '/v1/analytics/drivers?days=30',
  // Past windows are never served from the snapshot: they merge the stored day tallies.
  '/v1/analytics/drivers?to=' + new Date(Date.now() - 86_400_000).toISOString(),
  '/v1/analytics/drivers?days=30&to=' + new Date(Date.now() - 20 * 86_400_000).toISOString(),
  '/v1/analytics/changes',
  '/v1/analytics/changes?by=segment',
  '/v1/analytics/resolution',
  '/v1/analytics/resolution?by=agent',
  '/v1/analytics/escalations',
  '/v1/analytics/escalations?by=segment',
  '/v1/analytics/response-times',
  '/v1/analytics/agents',
  '/v1/targets',
]
const headers = { authorization: `Bearer ${key}` }
const stats = await (await fetch(`${base}/v1/stats`, { headers })).json()
const rows = []
for (const route of routes) {
  const times = []
  let bytes = 0
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now()
    const res = await fetch(base + route, { headers })
    const body = await res.text()
    const ms = performance.now() - t0
    if (!res.ok) throw new Error(`${route}: ${res.status} ${body.slice(0, 200)}`)
    bytes = body.length
    if (i >= 3) times.push(ms)
  }
  times.sort((a, b) => a - b)
  const q = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]
  rows.push({ route, p50: q(0.5), p95: q(0.95), bytes })
}
server.kill('SIGTERM')
process.stdout.write(`| route | p50 ms | p95 ms | response bytes |\n|---|---:|---:|---:|\n`)
const ago = (iso) => `<${Math.round((Date.now() - Date.parse(iso)) / 86_400_000)} days ago>`
for (const r of rows) process.stdout.write(`| \`${r.route.replace(/(from|to)=([^&]+)/g, (_, k, v) => `${k}=${ago(v)}`)}\` | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.bytes.toLocaleString('en')} |\n`)
const worst = rows.reduce((a, b) => (b.p95 > a.p95 ? b : a))
process.stdout.write(`\nworkspace: ${JSON.stringify(stats)}; before timing, \`undertone drivers\`: ${tallied}\n`)
process.stdout.write(`\nworst p95: ${worst.p95.toFixed(1)} ms (${worst.route}); ${runs} timed runs per route after 3 warm-ups\n`)
