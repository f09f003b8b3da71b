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
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs')

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
