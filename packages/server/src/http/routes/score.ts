import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { scoreTexts } from '../../app/score-texts.js'
import type { Services } from '../../app/services.js'
import { bearer, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { ScoreReadingSchema } from '../reading-schemas.js'
import { ScoreRequestSchema } from '../schemas.js'
import { toWire } from '../wire.js'

/** `POST /v1/score`: read texts without storing them (for bots and agent tools). */
export function scoreRoutes(services: Services, maxBody: number) {
  const route = createRoute({
    method: 'post',
    path: '/v1/score',
    summary: 'Read texts without storing them (for bots and agent tools)',
    security: bearer,
    middleware: [jsonBody(maxBody)] as const,
    request: { body: jsonRequest(ScoreRequestSchema) },
    responses: { 200: jsonAnswer(z.object({ readings: z.array(ScoreReadingSchema) }), 'One reading per text'), ...problems(400, 413, 415, 503) },
  })
  return new OpenAPIHono<ApiEnv>()
    .openapi(
    route,
    async (c) => {
      const body = c.req.valid('json')
      const texts = body.texts ?? [body.text as string]
      const ctx = body.context
      const context = ctx === undefined ? {} : { ...(ctx.domain === undefined ? {} : { domain: ctx.domain }), ...(ctx.previous === undefined ? {} : { previous: ctx.previous }), ...(ctx.locale === undefined ? {} : { locale: ctx.locale }) }
      return c.json(toWire({ readings: await scoreTexts(services, c.get('workspaceId'), texts, context) }), 200)
    },
    invalid('the score request is not valid'),
  )
}
