import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { ConnectorRuntime } from '../../app/connectors/connector-runtime.js'
import { receiveHook } from '../../app/connectors/receive-hook.js'
import type { Scheduler } from '../../app/scheduler.js'
import type { Metrics } from '../../metrics.js'
import { ProblemError } from '../../problem.js'
import { jsonAnswer, problemAnswer } from '../contract.js'
import { readBytes } from '../middleware/read-body.js'

const HookAnswerSchema = z.object({ outcome: z.enum(['stored', 'duplicate', 'ignored']), event_id: z.string(), stored: z.number(), reason: z.string().optional() }).openapi('HookAnswer')

const route = createRoute({
  method: 'post',
  path: '/hooks/{token}',
  summary: 'A helpdesk’s webhook (the connector’s inbound path): signature checked over the raw body, deduplicated on the event id, read asynchronously',
  request: { params: z.object({ token: z.string().openapi({ param: { name: 'token', in: 'path' } }) }) },
  responses: {
    200: jsonAnswer(HookAnswerSchema, 'Taken (stored, a duplicate, or deliberately ignored: an unknown event type or our own write-back)'),
    400: problemAnswer,
    401: problemAnswer,
    404: problemAnswer,
    413: problemAnswer,
  },
})

/**
 * `POST /hooks/{token}`: no API key (the vendor has none); the connector's secret signs each
 * event instead, and the unguessable token only routes it.
 */
export function hooksRoutes(deps: { db: Kysely<Database>; runtime: ConnectorRuntime; scheduler: Scheduler; clock: () => number; metrics: Metrics; maxBytes: number }) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const headers: Record<string, string> = {}
    c.req.raw.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value
    })
    // Helpdesks that cannot sign (older Chatwoot builds) carry the shared secret in the URL instead.
    const urlToken = c.req.query('token')
    if (urlToken !== undefined) headers['x-undertone-webhook-token'] = urlToken
    try {
      const answer = await receiveHook(deps, c.req.param('token'), { rawBody: await readBytes(c, deps.maxBytes), headers })
      deps.metrics.counter('undertone_connector_events_total', 'Inbound helpdesk events by outcome', { outcome: answer.outcome })
      return c.json({ outcome: answer.outcome, event_id: answer.eventId, stored: answer.stored, ...(answer.reason === undefined ? {} : { reason: answer.reason }) }, 200)
    } catch (err) {
      if (err instanceof ProblemError) deps.metrics.counter('undertone_connector_events_total', 'Inbound helpdesk events by outcome', { outcome: err.code.toLowerCase() })
      throw err
    }
  })
}
