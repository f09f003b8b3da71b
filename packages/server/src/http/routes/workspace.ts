import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { type Database, workspaceStats } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { bearer, jsonAnswer, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { toWire } from '../wire.js'

const whoami = createRoute({
  method: 'get',
  path: '/v1/whoami',
  summary: 'The workspace and key id behind the bearer key',
  security: bearer,
  responses: { 200: jsonAnswer(z.object({ workspace_id: z.string(), key_id: z.string() }), '{workspace_id, key_id}'), ...problems() },
})

const stats = createRoute({
  method: 'get',
  path: '/v1/stats',
  summary: 'Counts for the workspace',
  security: bearer,
  responses: { 200: jsonAnswer(z.object({ messages: z.number(), conversations: z.number(), customers: z.number(), readings_pending: z.number() }), '{messages, conversations, customers, readings_pending}'), ...problems() },
})

/** The workspace behind the key: who is asking (the dashboard checks a key with this: cheap at any size) and its counts. */
export function workspaceRoutes(db: Kysely<Database>) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(whoami, (c) => c.json(toWire({ workspaceId: c.get('workspaceId'), keyId: c.get('keyId') }), 200))
    .openapi(stats, async (c) => c.json(toWire(await workspaceStats(db, c.get('workspaceId'))), 200))
}
