import { type RequestListener, type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { OutboundRefusedError, VendorHttpError } from '../src/connector-errors.js'
import { createBoundedFetch, ensureOk, isRetryableStatus, parseRetryAfter } from '../src/outbound/index.js'

const servers: Server[] = []

async function serve(handler: RequestListener): Promise<number> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

const strict = createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: false })
const admin = createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: true })

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a failure')
}

describe('createBoundedFetch: address policy', () => {
  it('refuses loopback by default and reaches it with allowPrivateNetwork', async () => {
    let hits = 0
    const port = await serve((_req, res) => {
      hits++
      res.end('hello')
    })
    const refused = await failure(strict(`http://127.0.0.1:${port}/`))
    expect(refused).toBeInstanceOf(OutboundRefusedError)
    expect(refused.message).toMatch(/loopback/)
    expect(hits).toBe(0)

    const res = await admin(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('hello')
    expect(hits).toBe(1)
  })

  it('refuses a hostname that resolves to loopback (checked on the address connected to)', async () => {
    let hits = 0
    const port = await serve((_req, res) => {
      hits++
      res.end('hello')
    })
    const refused = await failure(strict(`http://localhost:${port}/`))
    expect(refused).toBeInstanceOf(OutboundRefusedError)
    expect(refused.message).toMatch(/localhost resolves to .*loopback/)
    expect(hits).toBe(0)
    expect((await admin(`http://localhost:${port}/`)).status).toBe(200)
  })

  it.each([
    'http://10.0.0.1/',
    'http://192.168.1.20:8080/x',
    'http://172.16.5.4/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0:1/',
    'http://[::1]:1/',
    'http://[::ffff:127.0.0.1]:1/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://224.0.0.1/',
    // WHATWG URL parsing turns these spellings into 127.0.0.1 before the check sees them.
    'http://2130706433/',
    'http://0x7f.1/',
  ])('refuses the literal address in %s before connecting', async (url) => {
    const refused = await failure(strict(url))
    expect(refused).toBeInstanceOf(OutboundRefusedError)
  })

  it.each(['file:///etc/passwd', 'ftp://example.com/x', 'gopher://127.0.0.1/', 'not a url'])('refuses %s', async (url) => {
    expect(await failure(admin(url))).toBeInstanceOf(OutboundRefusedError)
  })
})

describe('createBoundedFetch: bounds', () => {
  it('does not follow a redirect', async () => {
    let followed = false
    const port = await serve((req, res) => {
      if (req.url === '/final') followed = true
      res.writeHead(302, { location: '/final' }).end()
    })
    const refused = await failure(admin(`http://127.0.0.1:${port}/start`))
    expect(refused).toBeInstanceOf(OutboundRefusedError)
    expect(refused.message).toMatch(/302/)
    expect(followed).toBe(false)
  })

  it('times out on a server that never answers: retryable, no status', async () => {
    const port = await serve(() => {})
    const quick = createBoundedFetch({ timeoutMs: 300, allowPrivateNetwork: true })
    const started = Date.now()
    const err = await failure(quick(`http://127.0.0.1:${port}/`))
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(err).toBeInstanceOf(VendorHttpError)
    expect((err as VendorHttpError).status).toBeNull()
    expect((err as VendorHttpError).permanent).toBe(false)
  })

  it('times out on a body that never ends (the deadline covers the whole answer)', async () => {
    const port = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      const tick = setInterval(() => res.write('.'), 50)
      res.on('close', () => clearInterval(tick))
    })
    const quick = createBoundedFetch({ timeoutMs: 400, allowPrivateNetwork: true })
    const err = await failure(quick(`http://127.0.0.1:${port}/`))
    expect(err).toBeInstanceOf(VendorHttpError)
    expect((err as VendorHttpError).permanent).toBe(false)
  })

  it('sends a user-agent unless the caller gave one', async () => {
    const agents: (string | undefined)[] = []
    const port = await serve((req, res) => {
      agents.push(req.headers['user-agent'])
      res.end()
    })
    await admin(`http://127.0.0.1:${port}/`)
    await admin(`http://127.0.0.1:${port}/`, { headers: { 'User-Agent': 'zendesk-connector' } })
    expect(agents).toEqual(['Undertone', 'zendesk-connector'])
  })

  it('caps the size of the answer', async () => {
    const port = await serve((req, res) => res.end('x'.repeat(req.url === '/big' ? 5_000 : 1_000)))
    const capped = createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: true, maxResponseBytes: 4_096 })
    expect(await (await capped(`http://127.0.0.1:${port}/small`)).text()).toHaveLength(1_000)
    const err = await failure(capped(`http://127.0.0.1:${port}/big`))
    expect(err).toBeInstanceOf(VendorHttpError)
    expect(err.message).toMatch(/more than 4096 bytes/)
  })

  it('a closed port is a retryable network failure', async () => {
    const port = await serve(() => {})
    await new Promise((resolve) => {
      const server = servers.pop() as Server
      server.close(resolve)
    })
    const err = await failure(admin(`http://127.0.0.1:${port}/`))
    expect(err).toBeInstanceOf(VendorHttpError)
    expect((err as VendorHttpError).permanent).toBe(false)
    expect(err.message).toMatch(/ECONNREFUSED/)
  })

  it('hands back error statuses with their headers and body, and never names the path', async () => {
    const port = await serve((_req, res) => res.writeHead(429, { 'retry-after': '7' }).end('rate_limited'))
    const res = await admin(`http://127.0.0.1:${port}/services/SECRET`)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(await res.text()).toBe('rate_limited')
    const err = await failure(strict(`http://127.0.0.1:${port}/services/SECRET`))
    expect(err.message).not.toMatch(/SECRET/)
  })
})

describe('what a failed status means', () => {
  const now = Date.parse('2026-03-02T09:14:00Z')

  it('reads Retry-After as seconds or as an HTTP date, never negative', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:15:30 GMT', now)).toBe(90_000)
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter(null, now)).toBeNull()
  })

  it.each([
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [410, false],
    [422, false],
    [408, true],
    [409, true],
    [425, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
  ])('%i retryable: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable)
  })

  it('ensureOk passes a 2xx and turns anything else into a VendorHttpError', async () => {
    await expect(ensureOk(new Response(null, { status: 204 }), 'x', now)).resolves.toBeUndefined()
    const err = await failure(ensureOk(new Response('slow down', { status: 503, headers: { 'retry-after': '5' } }), 'zendesk acme.zendesk.com', now))
    expect(err).toBeInstanceOf(VendorHttpError)
    expect(err).toMatchObject({ status: 503, retryAfterMs: 5_000, permanent: false, message: 'zendesk acme.zendesk.com answered 503: slow down' })
  })
})
