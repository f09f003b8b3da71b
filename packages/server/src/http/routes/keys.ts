import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { addApiKey, apiKeys, revokeKey } from '../../app/api-keys.js'
import { IdParams, bearer, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'
import { toWire } from '../wire.js'

const KeySchema = z.object({ name: z.string().trim().min(1).max(100) }).strict()
const KeyInfo = z.object({ id: z.string(), name: z.string(), created_at: z.number(), last_used_at: z.number().nullable(), revoked_at: z.number().nullable() })

const list = createRoute({ method: 'get', path: '/v1/keys', summary: 'This workspace’s API keys (ids and names; secrets are never shown again)', security: bearer, responses: { 200: jsonAnswer(z.object({ current: z.string(), keys: z.array(KeyInfo) }), 'The keys'), ...problems() } })
const create = createRoute({
  method: 'post',
  path: '/v1/keys',
  summary: 'Create an API key; the secret is in this response only',
  security: bearer,
  middleware: [jsonBody(1_000_000)] as const,
  request: { body: jsonRequest(KeySchema) },
  responses: { 201: jsonAnswer(z.object({ id: z.string(), name: z.string(), created_at: z.number(), key: z.string() }), 'The new key'), ...problems(400, 409, 415) },
})
const revoke = createRoute({
  method: 'delete',
  path: '/v1/keys/{id}',
  summary: 'Revoke an API key (not the one making the request)',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonAnswer(z.object({ id: z.string(), revoked: z.literal(true) }), 'Revoked'), ...problems(404, 409) },
})

/** The workspace's API keys; `keyRevoked` runs after a revocation (the key cache forgets). */
export function keysRoutes(db: Kysely<Database>, clock: () => number, hooks: { readonly keyRevoked: () => void; readonly keysPerWorkspace: number }) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(list, async (c) => c.json(toWire(await apiKeys(db, c.get('workspaceId'), c.get('keyId'))), 200))
    .openapi(create, async (c) => c.json(toWire(await addApiKey(db, c.get('workspaceId'), c.req.valid('json').name, clock(), hooks.keysPerWorkspace, c.get('keyId'))), 201), invalid('the key request is not valid'))
    .openapi(revoke, async (c) => {
    const answer = await revokeKey(db, c.get('workspaceId'), c.req.param('id'), c.get('keyId'), clock())
    hooks.keyRevoked()
    return c.json({ id: answer.id, revoked: true as const }, 200)
  })
}
