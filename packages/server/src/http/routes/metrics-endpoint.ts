import { createHash, timingSafeEqual } from 'node:crypto'
import type { EventBus } from '../../event-bus.js'
import type { Metrics } from '../../metrics.js'
import { problem } from '../../problem.js'
import type { ApiApp } from '../env.js'
import { bearerToken } from '../middleware/authenticate.js'

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest())
}

/** `/metrics` in the Prometheus text format, for a scraper with `token`; off without one. */
export function registerMetricsEndpoint(app: ApiApp, metrics: Metrics, events: EventBus, token: string | undefined): void {
  metrics.gauge('undertone_sse_subscribers', 'Open Server-Sent Events streams', () => events.subscriberCount)
  app.get('/metrics', (c) => {
    if (token === undefined) return problem(c, 'UT_E_NOT_FOUND', 'metrics are off; set UNDERTONE_METRICS_TOKEN and scrape with that bearer token')
    const given = bearerToken(c)
    if (given === undefined || !sameSecret(given, token)) return problem(c, 'UT_E_UNAUTHORIZED', 'send Authorization: Bearer <UNDERTONE_METRICS_TOKEN>', undefined, { 'www-authenticate': 'Bearer' })
    return c.text(metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4' })
  })
}
