import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { type Database, workspaceStats } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { bearer, jsonAnswer, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'

const whoami = createRoute({
  method: 'get',
  path: '/v1/whoami',
  summary: 'The workspace and key id behind the bearer key',
  security: bearer,
  responses: { 200: jsonAnswer(z.object({ workspaceId: z.string(), keyId: z.string() }), '{workspaceId, keyId}'), ...problems() },
})

const stats = createRoute({
  method: 'get',
  path: '/v1/stats',
  summary: 'Counts for the workspace',
  security: bearer,
  responses: { 200: jsonAnswer(z.object({ messages: z.number(), conversations: z.number(), customers: z.number(), readingsPending: z.number() }), '{messages, conversations, customers, readingsPending}'), ...problems() },
})

/** The workspace behind the key: who is asking (the dashboard checks a key with this: cheap at any size) and its counts. */
export function workspaceRoutes(db: Kysely<Database>) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(whoami, (c) => c.json({ workspaceId: c.get('workspaceId'), keyId: c.get('keyId') }, 200))
    .openapi(stats, async (c) => c.json(await workspaceStats(db, c.get('workspaceId')), 200))
}
