/**
 * What a non-2xx answer means for a retry: one rule for destinations and vendors alike, so a 429 from
 * Slack and a 429 from Zendesk are scheduled the same way.
 */
import { VendorHttpError } from '../connector-errors.js'

/**
 * 4xx answers a later attempt can fix: timeout, conflict, too early, rate limit (the Standard Webhooks
 * retry convention). Every other 4xx is permanent.
 */
const RETRYABLE_4XX = new Set([408, 409, 425, 429])

/**
 * `Retry-After` in milliseconds from `now`: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const at = Date.parse(text)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

/** Whether a failed status is worth retrying. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_4XX.has(status)
}

/**
 * Resolves on a 2xx; otherwise throws a {@link VendorHttpError} carrying the status, `Retry-After` and
 * whether a retry can help. `what` names the call for the message ("slack webhook hooks.slack.com");
 * the first 200 characters of the answer are kept because vendors explain themselves there
 * (`invalid_payload`, `channel_is_archived`).
 */
export async function ensureOk(response: Response, what: string, now: number): Promise<void> {
  if (response.ok) return
  const text = (await response.text().catch(() => '')).trim().replace(/\s+/g, ' ').slice(0, 200)
  throw new VendorHttpError(
    `${what} answered ${response.status}${text === '' ? '' : `: ${text}`}`,
    response.status,
    parseRetryAfter(response.headers.get('retry-after'), now),
    !isRetryableStatus(response.status),
  )
}
