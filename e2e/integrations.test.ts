import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type FakeSlack, type FakeZendesk, signedZendeskEvent, startFakeSlack, startFakeZendesk, zendeskCommentAddedEvent } from '@undertone/connectors/testing'
import { type Browser, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliProcess, cliMissing, freePort, lastLine, runCli, startCli, stopCli, tempDataDir, waitFor } from './connector-cli.js'

/**
 * Settings → Integrations in Chromium, as a support lead sets it up: connect a helpdesk with the
 * form (its webhook URL shown, a test request sent with the stored credentials), see the events it
 * received, add a Slack destination and a rule, send a test alert, and watch the escalation alert
 * arrive in Slack and in the deliveries list. The helpdesk and Slack are fakes on 127.0.0.1, which
 * the server is told it may reach (UNDERTONE_ALLOW_PRIVATE_NETWORK).
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = '/usr/bin/chromium'
const SECRET = 'a-zendesk-signing-secret-for-the-browser-test'
const missing = [cliMissing, existsSync(CHROMIUM) ? undefined : 'Chromium at /usr/bin/chromium', existsSync(join(ROOT, 'packages/web/dist/index.html')) ? undefined : 'the built dashboard (npm run build)'].filter((m) => m !== undefined)
if (missing.length > 0) console.warn(`integrations e2e skipped: missing ${missing.join('; ')}`)

describe.skipIf(missing.length > 0)('Settings → Integrations in the browser', () => {
  let zendesk: FakeZendesk
  let slack: FakeSlack
  let data: ReturnType<typeof tempDataDir>
  let server: CliProcess | undefined
  let browser: Browser
  let page: Page
  let base = ''

  beforeAll(async () => {
    zendesk = await startFakeZendesk({ tickets: 2 })
    slack = await startFakeSlack()
    data = tempDataDir('undertone-e2e-integrations-')
    const key = lastLine((await runCli(['keys', 'create', '--workspace', 'support', '--data', data.dir])).stdout)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = startCli(['serve', '--data', data.dir, '--port', String(port)], { UNDERTONE_ALLOW_PRIVATE_NETWORK: 'true' })
    await waitFor('the server to listen', () => (server?.stdout().includes('listening') === true ? true : undefined), 60_000)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${base}/`)
    await page.fill('#api-key', key)
    await page.click('button[type=submit]')
    await page.waitForFunction(() => sessionStorage.getItem('undertone.apiKey') !== null)
    await page.goto(`${base}/#/settings`)
    await page.getByRole('heading', { name: 'Integrations' }).waitFor()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    if (server !== undefined) await stopCli(server)
    await zendesk?.close()
    await slack?.close()
    data?.remove()
  })

  it('connects Zendesk with the form, tests it, and lists the event it received', async () => {
    const form = page.getByRole('form', { name: 'Add a helpdesk connector' })
    await form.getByLabel('Address').fill(zendesk.url)
    await form.getByLabel(/^email/).fill(zendesk.email)
    await form.getByLabel(/^token/).fill(zendesk.token)
    await form.getByLabel(/^webhook secret/).fill(SECRET)
    await form.getByLabel(/private network/).check()
    await form.getByRole('button', { name: 'Add connector' }).click()
    const row = page.getByRole('row', { name: /zendesk/ }).first()
    await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 10_000 }).toMatch(/\/hooks\//)
    const url = (await row.locator('code').first().textContent()) ?? ''
    expect(url.startsWith(`${base}/hooks/`)).toBe(true)
    // The secret went in and never comes back out.
    expect(await page.content()).not.toContain(SECRET)

    await page.getByRole('button', { name: 'Send a test request to zendesk' }).click()
    await expect.poll(async () => page.locator('#connectors-status').textContent(), { timeout: 10_000 }).toContain('the address and credentials work')

    const event = signedZendeskEvent(
      zendeskCommentAddedEvent({ eventId: 'browser-e1', ticketId: 40_001, commentId: 990_001, body: 'Second time asking: the invoice export still fails. Please get me a manager.', authorId: 9_000_001, requesterId: 9_000_001, time: new Date(Date.now() - 30_000).toISOString() }),
      SECRET,
    )
    expect((await fetch(url, { method: 'POST', headers: event.headers, body: event.text })).status).toBe(200)
    await page.getByRole('button', { name: 'Last events of zendesk' }).click()
    const events = page.getByRole('table', { name: 'Last inbound events of zendesk' })
    await expect.poll(async () => (await events.textContent()) ?? '', { timeout: 10_000 }).toContain('browser-e1')
    expect(await events.textContent()).toContain('stored')
  })

  it('adds a Slack destination and a rule, sends a test alert, and shows the escalation alert delivered', async () => {
    const dest = page.getByRole('form', { name: 'Add an alert destination' })
    await dest.getByLabel('Name').fill('support-leads')
    await dest.getByLabel('URL').fill(slack.url)
    await dest.getByLabel(/private network/).check()
    await dest.getByRole('button', { name: 'Add destination' }).click()
    await page.getByRole('button', { name: 'Send a test alert to support-leads' }).click()
    await expect.poll(async () => page.locator('#alerts-out-status').textContent(), { timeout: 10_000 }).toContain('took the test alert')
    expect(slack.messages.at(-1)?.text).toContain('Test alert')
    // The webhook's path is its secret: the table shows only its origin.
    expect(await page.getByRole('table', { name: 'Alert destinations' }).textContent()).not.toContain('fakeSecretToken')

    const rule = page.getByRole('form', { name: 'Add an alert rule' })
    await rule.getByLabel(/support-leads/).check()
    await rule.getByRole('button', { name: 'Add rule' }).click()
    await expect.poll(async () => (await page.getByRole('table', { name: 'Alert rules' }).textContent()) ?? '', { timeout: 10_000 }).toContain('A conversation escalates')

    const event = signedZendeskEvent(
      zendeskCommentAddedEvent({ eventId: 'browser-e2', ticketId: 40_002, commentId: 990_002, body: 'This is the third time I am writing. Still broken, I want to speak to a manager or we cancel our subscription.', authorId: 9_000_002, requesterId: 9_000_002, time: new Date(Date.now() - 20_000).toISOString() }),
      SECRET,
    )
    const url = (await page.getByRole('row', { name: /zendesk/ }).first().locator('code').first().textContent()) ?? ''
    expect((await fetch(url, { method: 'POST', headers: event.headers, body: event.text })).status).toBe(200)
    await waitFor('the escalation alert in Slack', () => (slack.messages.some((m) => m.text.includes('40002')) ? true : undefined), 15_000)
    await page.reload()
    await page.getByRole('heading', { name: 'Integrations' }).waitFor()
    const deliveries = page.getByRole('table', { name: 'Latest alert deliveries' })
    await expect.poll(async () => (await deliveries.textContent()) ?? '', { timeout: 10_000 }).toContain('Conversation 40002 escalated')
    expect(await deliveries.textContent()).toContain('delivered')
    // The helpdesk got its tags and internal note too.
    await waitFor('the write-back', () => (zendesk.writes().some((w) => w.path === '/api/v2/tickets/40002/tags') ? true : undefined), 15_000)
  })
})
