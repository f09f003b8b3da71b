import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Metrics } from '../../metrics.js'
import { ProblemError, problem } from '../../problem.js'

/** Where unexpected errors go (never with request headers or bodies). */
export type LogError = (err: unknown, where: { method: string; path: string }) => void

/** Writes an unexpected error as one JSON line on stderr. */
export function logToStderr(err: unknown, where: { method: string; path: string }): void {
  const e = err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { message: String(err) }
  process.stderr.write(`${JSON.stringify({ level: 'error', at: new Date().toISOString(), ...where, error: e })}\n`)
}

/**
 * Every failure answers a problem document: a `ProblemError` with its code; a request the
 * framework's validators refuse (a body that is not the declared media type or not JSON) as the
 * same codes our own readers use; anything else is logged and answers UT_E_INTERNAL.
 */
export function problemErrors(metrics: Metrics, logError: LogError): ErrorHandler {
  return (err, c) => {
    if (err instanceof ProblemError) return problem(c, err.code, err.message, err.errors, err.headers)
    if (err instanceof HTTPException && err.status === 415) return problem(c, 'UT_E_UNSUPPORTED_MEDIA', 'send the body as application/json')
    if (err instanceof HTTPException && err.status === 400) return problem(c, 'UT_E_BAD_JSON', err.message)
    metrics.counter('undertone_http_errors_total', 'Unhandled errors', { route: c.req.routePath })
    logError(err, { method: c.req.method, path: c.req.routePath })
    return problem(c, 'UT_E_INTERNAL', 'an unexpected error occurred; it has been logged')
  }
}

/** No route: a 404 problem naming what was asked for. */
export const noRoute: NotFoundHandler = (c: Context) => problem(c, 'UT_E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`)
