import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The dashboard end to end: a real `undertone serve` on a fresh demo workspace, driven with the
 * system's Chromium. Screenshots and per-screen timings go to docs/screenshots.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = '/usr/bin/chromium'
/**
 * UNDERTONE_E2E_DATA runs the suite against an existing data folder that holds a `demo` workspace
 * (the 1M-message timing run: `undertone demo --conversations 305000 --read-now --data DIR`). Its
 * screenshots stay out of docs/ and its timings go to timings-1m.json.
 */
const EXTERNAL_DATA = process.env.UNDERTONE_E2E_DATA
const SHOTS = EXTERNAL_DATA === undefined ? join(ROOT, 'docs', 'screenshots') : join(tmpdir(), 'undertone-e2e-large-shots')
const TIMINGS = join(ROOT, 'docs', 'screenshots', EXTERNAL_DATA === undefined ? 'timings.json' : 'timings-1m.json')
const missing = [
  [CHROMIUM, 'Chromium at /usr/bin/chromium (apt-get install chromium)'],
  [join(ROOT, 'packages/web/dist/index.html'), 'the built dashboard (npm run build)'],
  [join(ROOT, 'packages/cli/dist/bin.js'), 'the built CLI (npm run build)'],
]
  .filter(([path]) => !existsSync(path as string))
  .map(([, what]) => what)
if (missing.length > 0) console.warn(`dashboard e2e skipped: missing ${missing.join('; ')}`)

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
  })
}

/** Starts `undertone serve` on a data folder and returns its URL and a key to the demo workspace. */
async function startServer(dataDir: string): Promise<{ proc: ChildProcess; base: string; key: string }> {
  const bin = join(ROOT, 'packages/cli/bin/undertone.js')
  // An existing folder gets no fresh demo, so the key comes from `undertone keys create`.
  const existingKey = EXTERNAL_DATA === undefined ? undefined : execFileSync(process.execPath, [bin, 'keys', 'create', '--workspace', 'demo', '--name', 'e2e', '--data', dataDir]).toString().trim().split('\n').pop()
  const port = await freePort()
  const proc = spawn(process.execPath, [join(ROOT, 'packages/cli/bin/undertone.js'), 'serve', '--port', String(port), '--data', dataDir, '--demo-conversations', '300'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  proc.stderr?.on('data', (d: Buffer) => {
    out += d.toString()
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`undertone serve did not start:\n${out}`)), 150_000)
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('Undertone listening')) {
        clearTimeout(timer)
        resolve()
      }
    })
    proc.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`undertone serve exited with ${code}:\n${out}`))
    })
  })
  const key = existingKey ?? out.split('\n').filter((l) => /^ut_\S+$/.test(l.trim())).pop()?.trim()
  if (key === undefined) throw new Error(`no key in the output of undertone serve:\n${out}`)
  return { proc, base: `http://127.0.0.1:${port}`, key }
}

describe.skipIf(missing.length > 0)('dashboard', () => {
  let server: { proc: ChildProcess; base: string; key: string }
  let dataDir: string
  let browser: Browser
  let page: Page
  const timings: Record<string, number> = {}

  /** The API, as the test checks what the dashboard stored. */
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${server.key}` } })
    expect(res.status, path).toBe(200)
    return (await res.json()) as T
  }

  /** Runs a navigation and times it until the screen's main element is visible. */
  const timed = async (screen: string, navigate: () => Promise<unknown>, ready: string): Promise<void> => {
    const t0 = performance.now()
    await navigate()
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 })
    timings[screen] = Math.round(performance.now() - t0)
  }

  const shot = (name: string, fullPage = true): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })

  beforeAll(async () => {
    dataDir = EXTERNAL_DATA ?? mkdtempSync(join(tmpdir(), 'undertone-e2e-'))
    server = await startServer(dataDir)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })
    mkdirSync(SHOTS, { recursive: true })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    if (server !== undefined) {
      const exited = new Promise((resolve) => server.proc.once('exit', resolve))
      server.proc.kill('SIGTERM')
      await exited
    }
    if (dataDir !== undefined && EXTERNAL_DATA === undefined) rmSync(dataDir, { recursive: true, force: true })
    if (Object.keys(timings).length > 0) {
      writeFileSync(TIMINGS, `${JSON.stringify({ unit: 'ms', measured: 'navigation start until the screen’s main element is visible', browser: 'Debian Chromium (headless)', screens: timings }, null, 2)}\n`)
      console.log('dashboard timings (ms, navigation → main element visible):')
      for (const [screen, ms] of Object.entries(timings)) console.log(`  ${screen.padEnd(14)} ${ms}`)
    }
  }, 30_000)

  it('serves the dashboard at / and deep links, and keeps /v1 errors as problems', async () => {
    expect((await fetch(`${server.base}/`)).headers.get('content-type')).toContain('text/html')
    expect((await fetch(`${server.base}/some/deep/link`)).headers.get('content-type')).toContain('text/html')
    const res = await fetch(`${server.base}/v1/nope`, { headers: { authorization: `Bearer ${server.key}` } })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })

  it('signs in with the workspace key, kept in sessionStorage and out of the URL', async () => {
    await timed('sign-in', () => page.goto(server.base), '#api-key')
    await page.fill('#api-key', 'ut_not_a_real_key')
    await page.click('button[type=submit]')
    await expect.poll(() => page.locator('#signin-error').textContent()).toContain('not valid')
    await page.fill('#api-key', server.key)
    await shot('sign-in')
    await timed('queue', () => page.click('button[type=submit]'), '.queue-row')
    expect(page.url()).not.toContain(server.key)
    expect(await page.evaluate(() => sessionStorage.getItem('undertone.apiKey'))).toBe(server.key)
  })

  it('shows the queue in priority order with reasons, and filters it', async () => {
    const rows = page.locator('.queue-row')
    expect(await rows.count()).toBeGreaterThan(5)
    expect(await rows.first().locator('.chip-reason').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.live').textContent()).toContain('live')
    await shot('queue', false)
    await page.selectOption('select >> nth=0', 'email')
    const titles = await page.locator('.queue-title .muted').allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    for (const t of titles) expect(t).toContain('email')
    await page.selectOption('select >> nth=0', '')
  })

  it('opens the top conversation with highlighted cues and the arc', async () => {
    await timed('conversation', () => page.locator('.queue-row a').first().click(), 'mark.cue')
    const cue = page.locator('mark.cue').first()
    expect(await cue.getAttribute('title')).toMatch(/weight/)
    await page.locator('.chart canvas').first().waitFor({ state: 'visible' })
    await shot('conversation')
  })

  it('opens the customer with health and churn risk', async () => {
    await timed('customer', () => page.getByRole('link', { name: 'Customer →' }).click(), '#health-title')
    await shot('customer')
  })

  it('corrects a reading in Review with one key and stores the correction', async () => {
    await timed('review', () => page.goto(`${server.base}/#/review`), '.review')
    await shot('review', false)
    const budget = await api<{ budget: { daily: number; remaining: number } }>('/v1/review?limit=1')
    expect(await page.locator('.budget').textContent()).toContain(`${budget.budget.remaining} of ${budget.budget.daily} reviews left today`)
    const first = page.locator('.review').first()
    expect(await first.locator('.chip-pick').count()).toBeGreaterThan(0)
    const messageId = (await first.getAttribute('data-message-id')) as string
    const current = (await first.locator('.badge').first().textContent())?.trim() ?? ''
    // A label other than the reader's: 1 = negative, 3 = positive.
    const [key, label] = current.startsWith('positive') ? ['1', 'negative'] : ['3', 'positive']
    await page.keyboard.press(key)
    await expect.poll(() => page.locator('.notice').textContent()).toContain(`→ ${label}`)
    const { corrections } = await api<{ corrections: { label: string; reviewer: string }[] }>(`/v1/corrections?message_id=${messageId}`)
    expect(corrections).toHaveLength(1)
    expect(corrections[0]?.label).toBe(label)
    expect(await page.locator(`[data-message-id="${messageId}"]`).count()).toBe(0)
    await expect.poll(() => page.locator('.budget').textContent()).toContain(`${budget.budget.remaining - 1} of ${budget.budget.daily} reviews left today`)
    const { corrections: stored } = await api<{ corrections: { source: string }[] }>(`/v1/corrections?message_id=${messageId}`)
    expect(stored[0]?.source).toBe('dashboard')
  })

  it('shows accuracy against the reviewed labels and the model versions, and trains a version', async () => {
    await timed('learning', () => page.goto(`${server.base}/#/learning`), '#versions-title')
    // The correction made in Review is a reviewed label, so the accuracy chart and table have a point.
    await page.locator('section[aria-labelledby="accuracy-title"] canvas').waitFor({ state: 'visible' })
    const accuracyRows = page.locator('section[aria-labelledby="accuracy-title"] .table-wrap tbody tr')
    expect(await accuracyRows.count()).toBeGreaterThan(0)
    expect(await accuracyRows.filter({ hasText: '%' }).count()).toBeGreaterThan(0)
    await page.locator('#agreement-title').waitFor()
    const before = await api<{ versions: { number: number }[] }>('/v1/models')
    const next = (before.versions[0]?.number ?? 0) + 1
    if (before.versions.length === 0) expect(await page.locator('main').textContent()).toContain('No versions yet')
    await page.getByRole('button', { name: 'Train new version' }).click()
    await expect.poll(() => page.locator('#models-status').textContent(), { timeout: 30_000 }).toContain(`Version ${next} trained`)
    // The status line gives the decision and its reason (one reviewed label is far too few to promote on).
    const { versions } = await api<{ versions: { number: number; status: string; metrics: { decision: { reason: string } } }[] }>('/v1/models')
    expect(versions[0]?.number).toBe(next)
    expect(await page.locator('#models-status').textContent()).toContain(versions[0]?.metrics.decision.reason)
    const row = page.locator('section[aria-labelledby="versions-title"] .table-wrap tbody tr').first()
    await expect.poll(() => row.textContent()).toContain(`v${next}`)
    expect(await row.textContent()).toContain(versions[0]?.status)
    await shot('learning')
  })

  it('filters the analytics trend by product area and redraws the chart', async () => {
    await timed('analytics', () => page.goto(`${server.base}/#/analytics`), '[data-series] canvas')
    const before = (await page.locator('[data-series]').getAttribute('data-series'))?.split(',') ?? []
    expect(before.length).toBeGreaterThan(1)
    expect(before).toContain('export')
    await shot('analytics')
    const filtered = page.waitForRequest((r) => r.url().includes('/v1/analytics/trends') && r.url().includes('values=export'))
    for (const area of before.filter((a) => a !== 'export')) await page.locator(`input[name=product-area][value="${area}"]`).uncheck()
    await filtered
    await page.locator('[data-series="export"] canvas').waitFor({ state: 'visible' })
    expect(await page.locator('.u-legend .u-series').count()).toBe(2)
  })

  it('acknowledges an alert, which leaves the list and the API', async () => {
    await timed('alerts', () => page.goto(`${server.base}/#/alerts`), '.alert')
    await shot('alerts', false)
    const first = page.locator('.alert').first()
    const id = (await first.getAttribute('data-alert-id')) as string
    await first.getByRole('button', { name: 'Acknowledge' }).click()
    await page.locator(`[data-alert-id="${id}"]`).waitFor({ state: 'detached' })
    const { alerts } = await api<{ alerts: { id: string }[] }>('/v1/alerts')
    expect(alerts.map((a) => a.id)).not.toContain(id)
  })

  it('shows settings with the key id, and the dark theme', async () => {
    await timed('settings', () => page.goto(`${server.base}/#/settings`), '#session-title')
    expect(await page.locator('main').textContent()).toContain(server.key.split('_')[1])
    expect(await page.locator('main').textContent()).not.toContain(server.key)
    await shot('settings', false)
    await page.getByRole('button', { name: /Switch to the dark theme/ }).first().click()
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await page.goto(`${server.base}/#/queue`)
    await page.locator('.queue-row').first().waitFor()
    await shot('queue-dark', false)
  })

  it('signs out, forgetting the key', async () => {
    await page.getByRole('button', { name: 'Sign out' }).first().click()
    await page.locator('#api-key').waitFor()
    expect(await page.evaluate(() => sessionStorage.getItem('undertone.apiKey'))).toBeNull()
  })
})
