import { CliError } from '../cli-error.js'

/** Limits of one webhook delivery. */
export interface WebhookLimits {
  /** The whole exchange (connect, send, answer) must end within this. */
  readonly timeoutMs: number
  /** Bytes of the answer read at most; a longer answer is cut off, not buffered. */
  readonly maxResponseBytes: number
}

/** Ten seconds, and 64 KiB of answer: a chat webhook answers "ok" or a short error. */
export const DEFAULT_WEBHOOK_LIMITS: WebhookLimits = { timeoutMs: 10_000, maxResponseBytes: 64 * 1024 }

/** Reads at most `max` bytes of a body as text and lets go of the rest. */
async function boundedText(body: ReadableStream<Uint8Array> | null, max: number): Promise<string> {
  if (body === null) return ''
  const reader = body.getReader()
  const parts: Uint8Array[] = []
  let size = 0
  try {
    while (size < max) {
      const { done, value } = await reader.read()
      if (done) break
      parts.push(value)
      size += value.length
    }
  } finally {
    await reader.cancel().catch(() => {})
  }
  return Buffer.concat(parts).subarray(0, max).toString('utf8')
}

/**
 * POSTs `payload` as JSON to `url`. A redirect is a failure, not followed: following it would send
 * the report to a host nobody configured. Fails with a {@link CliError} (exit code 1) naming what
 * went wrong: a bad URL, no connection, no answer in time, or an answer other than 2xx.
 */
export async function postWebhook(url: string, payload: unknown, limits: WebhookLimits = DEFAULT_WEBHOOK_LIMITS): Promise<void> {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    throw new CliError('UT_E_BAD_OPTION', `--webhook must be an http(s) URL, got "${url}"`)
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new CliError('UT_E_BAD_OPTION', `--webhook must be an http(s) URL, got "${url}"`)
  const signal = AbortSignal.timeout(limits.timeoutMs)
  const fail = (why: string): CliError => new CliError('UT_E_WEBHOOK', `webhook ${target.origin}: ${why}`, { exitCode: 1 })
  let res: Response
  let answer: string
  try {
    res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), redirect: 'manual', signal })
    answer = await boundedText(res.body, limits.maxResponseBytes)
  } catch (err) {
    if (signal.aborted) throw fail(`no answer within ${limits.timeoutMs / 1000} s`)
    const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause
    throw fail(`cannot connect (${String(cause?.code ?? cause?.message ?? (err as Error).message)})`)
  }
  if (res.status >= 300 && res.status < 400) {
    throw fail(`answered ${res.status} with a redirect to ${res.headers.get('location') ?? '(no location)'}; redirects are not followed, so give the final URL`)
  }
  if (!res.ok) throw fail(`answered ${res.status}${answer.trim() === '' ? '' : `: ${answer.trim().slice(0, 200).replace(/\s+/g, ' ')}`}`)
}
