import type { MiddlewareHandler } from 'hono'
import type { Metrics } from '../../metrics.js'

/** Observes each request's duration by method, route and status. */
export function requestMetrics(metrics: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const t0 = performance.now()
    await next()
    metrics.observe('undertone_http_request_duration_seconds', 'HTTP request duration', (performance.now() - t0) / 1000, { method: c.req.method, route: c.req.routePath, status: String(c.res.status) })
  }
}
