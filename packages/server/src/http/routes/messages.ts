import { createHash } from 'node:crypto'
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { DEFAULT_CLOCK_SKEW_MS } from '../../app/future-dates.js'
import { ingestBatch } from '../../app/ingest-batch.js'
import type { Services } from '../../app/services.js'
import { incomingFromApi } from '../../incoming-from-api.js'
import type { Metrics } from '../../metrics.js'
import { ProblemError } from '../../problem.js'
import { bearer, invalid, jsonAnswer, jsonRequest, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { BatchMessageSchema } from '../reading-schemas.js'
import { MessageBatchSchema } from '../schemas.js'
import { toWire } from '../wire.js'

const AcceptedSchema = z
  .object({
    accepted: z.number().openapi({ description: 'Messages stored by this request' }),
    duplicates: z.number().openapi({ description: 'Messages stored before (or repeated in the batch), not stored twice' }),
    messages: z.array(BatchMessageSchema).openapi({ description: 'One entry per message of the request, in its order' }),
  })
  .openapi('Accepted')
const ReadSchema = AcceptedSchema.extend({ messages: z.array(BatchMessageSchema.required({ reading: true })).openapi({ description: 'One entry per message of the request, in its order, each with its reading' }) }).openapi('AcceptedAndRead')

/** Why an Idempotency-Key header is not one: a key is an opaque token (a UUID, typically); beyond 200 characters or with a control character it is a client's bug. */
function wrongKey(key: string): string | undefined {
  const control = [...key].some((ch) => ch < ' ' || ch === '\u007f')
  return key.length === 0 ? 'is empty' : key.length > 200 ? 'is longer than 200 characters' : control ? 'contains a control character' : undefined
}

/** Refuses a malformed Idempotency-Key before the body is read. */
const checkIdempotencyKey: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const key = c.req.header('idempotency-key')
  const wrong = key === undefined ? undefined : wrongKey(key)
  if (wrong !== undefined) throw new ProblemError('UT_E_VALIDATION', `the Idempotency-Key header ${wrong}; send 1 to 200 characters, none of them a control character`, [{ path: 'Idempotency-Key', message: wrong }])
  await next()
}

/** `POST /v1/messages`: ingest a batch of canonical messages; one dated more than `clockSkewMs` after the clock refuses the batch. */
export function messagesRoutes(services: Services, metrics: Metrics, maxBody: number, clockSkewMs: number = DEFAULT_CLOCK_SKEW_MS) {
  const route = createRoute({
    method: 'post',
    path: '/v1/messages',
    summary: 'Ingest a batch of canonical messages',
    security: bearer,
    middleware: [checkIdempotencyKey, jsonBody(maxBody)] as const,
    request: {
      query: z.object({ wait: queryParam('"true" stores and reads the messages before answering (200 with the readings)') }),
      headers: z.object({ 'idempotency-key': z.string().optional().openapi({ description: '1 to 200 characters, no control character; a retry with the same key and body is answered as the first request was' }) }),
      body: jsonRequest(MessageBatchSchema),
    },
    responses: {
      202: jsonAnswer(AcceptedSchema, 'Accepted; readings follow asynchronously (each message in the request’s ids and ours)'),
      200: jsonAnswer(ReadSchema, 'Stored and read (with ?wait=true): each message with its reading'),
      ...problems(400, 409, 413, 415),
    },
  })
  return new OpenAPIHono<ApiEnv>()
    .openapi(
    route,
    async (c) => {
      const idemKey = c.req.header('idempotency-key')
      const requestHash = createHash('sha256').update(JSON.stringify(c.get('rawBody'))).digest('hex')
      const batch = c.req.valid('json').messages.map(incomingFromApi)
      const answer = await ingestBatch(services, c.get('workspaceId'), batch, { requestHash, idempotencyKey: idemKey, wait: c.req.query('wait') === 'true', clockSkewMs })
      const headers: Record<string, string> = {}
      if (answer.replayed) {
        metrics.counter('undertone_ingest_replays_total', 'Requests answered from an Idempotency-Key')
        headers['idempotent-replayed'] = 'true'
      } else {
        metrics.counter('undertone_ingest_messages_total', 'Messages received', { outcome: 'stored' }, answer.stored)
        metrics.counter('undertone_ingest_messages_total', 'Messages received', { outcome: 'duplicate' }, answer.duplicates)
      }
      // The body is the use case's answer, or the one stored for this Idempotency-Key (converting twice changes nothing).
      const body = toWire(answer.body)
      if (answer.status === 200) return c.json(body as z.infer<typeof ReadSchema>, 200, headers)
      return c.json(body as z.infer<typeof AcceptedSchema>, 202, headers)
    },
    invalid('the message batch is not valid'),
  )
}
