import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContextOptions, type Page, chromium } from 'playwright-core'
import { expect } from 'vitest'
import { type CliProcess, cliMissing, freePort, lastLine, runCli, startCli, stopCli, tempDataDir, waitFor } from './connector-cli.js'

/**
 * A real `undertone serve` on a fresh data folder with a key for one workspace, and the dashboard
 * signed in with that key in Debian's Chromium: what every browser test of a screen starts from.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = '/usr/bin/chromium'

/** What a browser test needs and this machine lacks (empty: it can run). */
export const dashboardMissing: readonly string[] = [
  cliMissing,
  existsSync(CHROMIUM) ? undefined : 'Chromium at /usr/bin/chromium (apt-get install chromium)',
  existsSync(join(ROOT, 'packages/web/dist/index.html')) ? undefined : 'the built dashboard (npm run build)',
].filter((m): m is string => m !== undefined)

/** A running server with a workspace key, and a signed-in page once {@link DashboardSession.signIn} ran. */
export interface DashboardSession {
  readonly base: string
  readonly key: string
  /** A JSON call to the API with the key; fails the test with the answer's text when it is not 2xx. */
  api<T>(path: string, init?: RequestInit): Promise<T>
  /** Opens Chromium and signs the dashboard in with the key. */
  signIn(options?: BrowserContextOptions): Promise<Page>
  readonly page: Page
  readonly browser: Browser
  /** Closes the browser, stops the server and removes the data folder. */
  close(): Promise<void>
}

/** Starts `undertone serve` with a key made for `workspace` beforehand (so no demo is made). */
export async function startDashboard(workspace: string, dataPrefix: string): Promise<DashboardSession> {
  const data = tempDataDir(dataPrefix)
  const key = lastLine((await runCli(['keys', 'create', '--workspace', workspace, '--data', data.dir])).stdout)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server: CliProcess = startCli(['serve', '--data', data.dir, '--port', String(port)])
  await waitFor('the server to listen', () => (server.stdout().includes('listening') ? true : undefined), 60_000)
  let browser: Browser | undefined
  let page: Page | undefined
  return {
    base,
    key,
    async api<T>(path: string, init: RequestInit = {}): Promise<T> {
      const res = await fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers } })
      expect(res.ok, `${path}: ${res.status} ${await res.clone().text()}`).toBe(true)
      return (await res.json()) as T
    },
    async signIn(options: BrowserContextOptions = {}): Promise<Page> {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
      page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', ...options })
      await page.goto(`${base}/`)
      await page.fill('#api-key', key)
      await page.click('button[type=submit]')
      await page.waitForFunction(() => sessionStorage.getItem('undertone.apiKey') !== null)
      return page
    },
    get page(): Page {
      if (page === undefined) throw new Error('signIn first')
      return page
    },
    get browser(): Browser {
      if (browser === undefined) throw new Error('signIn first')
      return browser
    },
    async close(): Promise<void> {
      await browser?.close()
      await stopCli(server)
      data.remove()
    },
  }
}

/**
 * Where a test's screenshots go: docs/screenshots with UNDERTONE_DOCS_IMAGES=1 (`npm run
 * docs:images`), else a temporary folder that `remove` deletes, so a test run leaves the tree as it was.
 */
export function screenshotFolder(prefix: string): { dir: string; remove: () => void } {
  if (process.env.UNDERTONE_DOCS_IMAGES === '1') return { dir: join(ROOT, 'docs', 'screenshots'), remove: () => {} }
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
