/**
 * The wait a `Retry-After` header asks for, in milliseconds: delay-seconds ("120") or an HTTP date
 * (RFC 9110 §10.2.3), counted from `now`. Undefined for no header or one that is neither; a date
 * already past asks for no wait.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}
