import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createReader } from '@undertone/engine'
import { SqliteJobQueue } from '@undertone/jobs'
import { migrateToLatest, openDatabase } from '@undertone/storage'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fillDemo } from '../src/commands/demo.js'
import { buildReport, parseSince, runReport } from '../src/commands/report.js'
import { renderHtml, renderMarkdown, reportCharts } from '../src/report/render-report.js'

const NOW = Date.parse('2026-11-20T12:00:00Z')
const CHROMIUM = '/usr/bin/chromium'
// The screenshot is a documentation image: written to docs/ only by `npm run docs:images`, so
// that a test run leaves the work tree as it was.
const docs = process.env.UNDERTONE_DOCS_IMAGES === '1' ? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs') : mkdtempSync(join(tmpdir(), 'undertone-report-docs-'))

/** A throwaway HTTP server on 127.0.0.1. */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(handler)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => {
      server.closeAllConnections()
      return new Promise((r) => server.close(() => r()))
    },
  }
}

describe('reports', () => {
  const open = openDatabase({ file: ':memory:' })
  beforeAll(async () => {
    await migrateToLatest(open.db, 'sqlite')
    await fillDemo(open, new SqliteJobQueue(open.db), createReader(), { conversations: 1200, readNow: true, now: NOW })
  }, 120_000)
  afterAll(async () => {
    await open.close()
  })

  it('parses periods', () => {
    expect(parseSince('30d')).toBe(30 * 86_400_000)
    expect(parseSince('2w')).toBe(14 * 86_400_000)
    expect(parseSince('soon')).toBeUndefined()
  })

  it('renders Markdown and JSON with the period, changes, trends and drivers', async () => {
    const data = await buildReport(open, 'demo', 30 * 86_400_000, NOW)
    expect(data).toBeDefined()
    const md = renderMarkdown(data as NonNullable<typeof data>)
    expect(md).toContain('# Sentiment report: demo')
    expect(md).toMatch(/\| export \| product-area \|/)
    expect(data?.changes.some((c) => c.value === 'export' && c.delta < 0)).toBe(true)
  })

  it('posts the digest to a webhook', async () => {
    let received: { type?: string; text?: string } = {}
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        received = JSON.parse(body)
        res.end('ok')
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    const code = await runReport(open, { workspace: 'demo', since: '30d', format: 'json', webhook: `http://127.0.0.1:${port}/digest`, now: NOW })
    server.close()
    expect(code).toBe(0)
    expect(received.type).toBe('undertone.report')
    expect(received.text).toContain('Drivers of negative sentiment')
  })

  it('does not follow a webhook\'s redirect: the report goes nowhere else and the command fails saying why', async () => {
    let elsewhere = 0
    const other = await listen((_req, res) => {
      elsewhere++
      res.end('ok')
    })
    const redirecting = await listen((req, res) => {
      req.resume()
      res.writeHead(307, { location: `${other.url}/collect` }).end()
    })
    try {
      await expect(runReport(open, { workspace: 'demo', since: '30d', format: 'json', webhook: `${redirecting.url}/digest`, now: NOW })).rejects.toMatchObject({ code: 'UT_E_WEBHOOK', exitCode: 1, message: expect.stringMatching(/307 .*redirect.* not followed/) })
      expect(elsewhere).toBe(0)
    } finally {
      await Promise.all([other.close(), redirecting.close()])
    }
  })

  it('gives up on a webhook that does not answer in time', async () => {
    const silent = await listen((req) => req.resume())
    try {
      const started = performance.now()
      await expect(runReport(open, { workspace: 'demo', since: '30d', format: 'json', webhook: silent.url, webhookLimits: { timeoutMs: 300, maxResponseBytes: 1024 }, now: NOW })).rejects.toMatchObject({ code: 'UT_E_WEBHOOK', message: expect.stringContaining('no answer within 0.3 s') })
      expect(performance.now() - started).toBeLessThan(5000)
    } finally {
      await silent.close()
    }
  })

  it('reads only the first bytes of a webhook\'s answer, however long it is', async () => {
    let sent = 0
    const endless = await listen((req, res) => {
      req.resume()
      res.writeHead(500, { 'content-type': 'text/plain' })
      const chunk = 'x'.repeat(64 * 1024)
      const more = (): void => {
        while (!res.destroyed && sent < 512 * 1024 * 1024 && res.write(chunk)) sent += chunk.length
        if (!res.destroyed && sent < 512 * 1024 * 1024) res.once('drain', more)
      }
      more()
    })
    try {
      await expect(runReport(open, { workspace: 'demo', since: '30d', format: 'json', webhook: endless.url, webhookLimits: { timeoutMs: 10_000, maxResponseBytes: 16 * 1024 }, now: NOW })).rejects.toMatchObject({ code: 'UT_E_WEBHOOK', message: expect.stringMatching(/answered 500: x{200}$/) })
      expect(sent).toBeLessThan(64 * 1024 * 1024)
    } finally {
      await endless.close()
    }
  })

  it('escapes user-supplied strings in the Markdown digest', async () => {
    const data = (await buildReport(open, 'demo', 30 * 86_400_000, NOW)) as NonNullable<Awaited<ReturnType<typeof buildReport>>>
    const hostile = '<img src=x onerror=alert(1)> [click](https://evil.example) ![i](https://evil.example/i.png) <!channel> @everyone a|b\n# heading'
    const md = renderMarkdown({ ...data, workspace: hostile, drivers: data.drivers.map((d) => ({ ...d, topic: hostile })), escalations: data.escalations.map((r) => ({ ...r, group: hostile })) })
    for (const raw of ['<img', '<!channel>', '@everyone', 'a|b', '\n# heading']) expect(md, raw).not.toContain(raw)
    // Escaped brackets make no link or image.
    expect(md).not.toMatch(/(?<!\\)\]\(/)
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\[click\\](https://evil.example)')
    // Each table row keeps its cells: the topic's "|" does not open a new one.
    const driverRow = md.split('\n').find((l) => l.startsWith('| &lt;img')) as string
    expect(driverRow.split(/(?<!\\)\|/)).toHaveLength(7)
  })

  it.skipIf(!existsSync(CHROMIUM))('opens the HTML report in headless Chromium with every chart drawn', async () => {
    const data = await buildReport(open, 'demo', 30 * 86_400_000, NOW)
    const html = renderHtml(data as NonNullable<typeof data>)
    const dir = mkdtempSync(join(tmpdir(), 'undertone-report-'))
    const file = join(dir, 'report.html')
    writeFileSync(file, html)
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
    try {
      const page = await browser.newPage({ viewport: { width: 820, height: 1200 } })
      await page.goto(`file://${file}`)
      const expected = reportCharts(data as NonNullable<typeof data>).map((c) => c.id)
      for (const id of expected) {
        const box = await page.locator(`#${id} svg.chart`).boundingBox()
        expect(box?.width, id).toBeGreaterThan(300)
        expect(await page.locator(`#${id} svg path, #${id} svg rect`).count(), id).toBeGreaterThan(0)
      }
      mkdirSync(docs, { recursive: true })
      await page.screenshot({ path: join(docs, 'report.png'), fullPage: true })
      expect(existsSync(join(docs, 'report.png'))).toBe(true)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
