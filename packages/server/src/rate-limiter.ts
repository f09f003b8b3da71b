/** A per-key token bucket: `limit` requests per `windowMs`, refilled continuously. */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>()
  readonly limit: number
  readonly windowMs: number

  constructor(limit: number, windowMs: number) {
    this.limit = limit
    this.windowMs = windowMs
  }

  /** Takes one token for `key`; tells how many remain and when the bucket is full again. */
  take(key: string, now: number): { allowed: boolean; remaining: number; resetSeconds: number } {
    const rate = this.limit / this.windowMs
    const b = this.#buckets.get(key) ?? { tokens: this.limit, at: now }
    b.tokens = Math.min(this.limit, b.tokens + (now - b.at) * rate)
    b.at = now
    const allowed = b.tokens >= 1
    if (allowed) b.tokens -= 1
    this.#buckets.set(key, b)
    if (this.#buckets.size > 100_000) this.#buckets.clear()
    return { allowed, remaining: Math.floor(b.tokens), resetSeconds: Math.ceil((this.limit - b.tokens) / rate / 1000) }
  }
}
