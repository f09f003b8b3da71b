import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import { listConnectors } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { type ConnectorView, addConnector, connectorContext, connectorOrNotFound, connectorView, connectorViews, deleteConnector, rotateWebhookSecret } from '../../app/connectors/connector-admin.js'
import { type ConnectorRuntime, adapterOf } from '../../app/connectors/connector-runtime.js'
import { startBackfill } from '../../app/connectors/run-backfill.js'
import { IdParams, bearer, invalid, jsonAnswer, jsonRequest, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { jsonBody } from '../middleware/read-body.js'

const BackfillSchema = z
  .object({
    state: z.enum(['idle', 'running', 'done', 'error']),
    since: z.number().nullable(),
    conversations: z.number(),
    messages: z.number(),
    total: z.number().nullable(),
    error: z.string().nullable(),
    updated_at: z.number().nullable(),
  })
  .openapi('ConnectorBackfill')

const EventSchema = z.object({ event_id: z.string(), received_at: z.number(), outcome: z.string(), messages: z.number(), detail: z.string().nullable() }).openapi('ConnectorEvent')

const ConnectorSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    name: z.string(),
    base_url: z.string(),
    settings: z.record(z.string(), z.string()),
    credentials_set: z.array(z.string()).openapi({ description: 'Which credentials are set; their values never leave the server' }),
    webhook_secrets: z.number().openapi({ description: 'Active inbound webhook secrets (2 while rotating)' }),
    inbound_path: z.string().openapi({ description: 'Where the vendor posts its events: this server’s public address + this path' }),
    allow_private_network: z.boolean(),
    created_at: z.number(),
    last_refusal: z.object({ at: z.number(), code: z.string() }).nullable(),
    backfill: BackfillSchema,
    write_backs: z.object({ done: z.number(), due: z.number(), failed: z.number(), last_error: z.string().nullable() }),
    recent_events: z.array(EventSchema),
  })
  .openapi('Connector')

/** A connector view in the API's casing. */
function wire(v: ConnectorView): z.infer<typeof ConnectorSchema> {
  const b = v.backfill
  return {
    id: v.id,
    kind: v.kind,
    name: v.name,
    base_url: v.baseUrl,
    settings: { ...v.settings },
    credentials_set: [...v.credentialsSet],
    webhook_secrets: v.webhookSecrets,
    inbound_path: v.inboundPath,
    allow_private_network: v.allowPrivateNetwork,
    created_at: v.createdAt,
    last_refusal: v.lastRefusal,
    backfill: { state: b.state, since: b.since, conversations: b.conversations, messages: b.messages, total: b.total, error: b.error, updated_at: b.updatedAt },
    write_backs: { done: v.writeBacks.done, due: v.writeBacks.due, failed: v.writeBacks.failed, last_error: v.writeBacks.lastError },
    recent_events: v.recentEvents.map((e) => ({ event_id: e.eventId, received_at: e.receivedAt, outcome: e.outcome, messages: e.messages, detail: e.detail })),
  }
}

const NewConnectorSchema = z
  .object({
    kind: z.string().min(1).max(32).openapi({ example: 'zendesk' }),
    name: z.string().min(1).max(100).optional(),
    base_url: z.string().max(2048).optional().openapi({ example: 'https://acme.zendesk.com' }),
    options: z.record(z.string().max(64), z.string().max(4096)).default({}).openapi({ description: 'The vendor’s options by key (GET /v1/connectors/kinds lists them), e.g. {"email": "…", "token": "…", "webhookSecret": "…"}' }),
    allow_private_network: z.boolean().optional().openapi({ description: 'Reach a private or loopback address (needs UNDERTONE_ALLOW_PRIVATE_NETWORK=true on the server)' }),
  })
  .strict()
  .openapi('NewConnector')

const KindSchema = z
  .object({ kind: z.string(), title: z.string(), webhook_secret_key: z.string(), options: z.array(z.object({ key: z.string(), flag: z.string(), secret: z.boolean(), required: z.boolean(), help: z.string() })) })
  .openapi('ConnectorKind')

const Id = IdParams
const kinds = createRoute({ method: 'get', path: '/v1/connectors/kinds', summary: 'The helpdesks Undertone connects to and the options each takes', security: bearer, responses: { 200: jsonAnswer(z.object({ kinds: z.array(KindSchema) }), 'Connector kinds'), ...problems() } })
const list = createRoute({ method: 'get', path: '/v1/connectors', summary: 'The workspace’s helpdesk connectors (no secrets)', security: bearer, responses: { 200: jsonAnswer(z.object({ connectors: z.array(ConnectorSchema) }), 'Connectors'), ...problems() } })
const create = createRoute({
  method: 'post',
  path: '/v1/connectors',
  summary: 'Add a helpdesk connector; answers its inbound path and, when none was given, the generated webhook secret (shown once)',
  security: bearer,
  middleware: [jsonBody(64_000)] as const,
  request: { body: jsonRequest(NewConnectorSchema) },
  responses: { 201: jsonAnswer(z.object({ connector: ConnectorSchema, webhook_secret: z.string().optional() }), 'The connector'), ...problems(400, 403, 409, 415, 503) },
})
const show = createRoute({ method: 'get', path: '/v1/connectors/{id}', summary: 'One connector (by id or name) with its last inbound events, backfill progress and write-backs', security: bearer, request: { params: Id }, responses: { 200: jsonAnswer(ConnectorSchema, 'The connector'), ...problems(404) } })
const remove = createRoute({ method: 'delete', path: '/v1/connectors/{id}', summary: 'Remove a connector (its messages and readings stay)', security: bearer, request: { params: Id }, responses: { 204: { description: 'Removed' }, ...problems(404) } })
const rotate = createRoute({
  method: 'post',
  path: '/v1/connectors/{id}/rotate-secret',
  summary: 'Rotate the inbound webhook secret: the new one and the previous one are both accepted until the next rotation',
  security: bearer,
  middleware: [jsonBody(8_000)] as const,
  request: { params: Id, body: jsonRequest(z.object({ webhook_secret: z.string().min(8).max(4096).optional() }).strict()) },
  responses: { 200: jsonAnswer(z.object({ webhook_secret: z.string().optional() }), 'Rotated (the generated secret, shown once, when none was given)'), ...problems(400, 404, 415) },
})
const backfill = createRoute({
  method: 'post',
  path: '/v1/connectors/{id}/backfill',
  summary: 'Start a backfill of the vendor’s history (incremental export, resumable); the worker runs it and GET shows its progress',
  security: bearer,
  middleware: [jsonBody(8_000)] as const,
  request: { params: Id, body: jsonRequest(z.object({ since: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Default: 90 days ago' }) }).strict()) },
  responses: { 202: jsonAnswer(ConnectorSchema, 'Started'), ...problems(400, 404, 415) },
})
const test = createRoute({
  method: 'post',
  path: '/v1/connectors/{id}/test',
  summary: 'Send a test request to the helpdesk with the stored credentials (one page of its export from now) and say what happened',
  security: bearer,
  request: { params: Id },
  responses: { 200: jsonAnswer(z.object({ ok: z.boolean(), error: z.string().nullable() }), 'The outcome'), ...problems(404) },
})

/** `/v1/connectors`: helpdesk connectors per workspace. */
export function connectorsRoutes(db: Kysely<Database>, runtime: ConnectorRuntime, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(kinds, (c) => c.json({ kinds: [...runtime.adapters.values()].map((a) => ({ kind: a.spec.kind, title: a.spec.title, webhook_secret_key: a.spec.webhookSecretKey, options: a.spec.options.map((o) => ({ ...o })) })) }, 200))
    .openapi(list, async (c) => c.json({ connectors: (await connectorViews(db, runtime, await listConnectors(db, c.get('workspaceId')))).map(wire) }, 200))
    .openapi(
      create,
      async (c) => {
        const body = c.req.valid('json')
        const input = { kind: body.kind, options: body.options, ...(body.name === undefined ? {} : { name: body.name }), ...(body.base_url === undefined ? {} : { baseUrl: body.base_url }), ...(body.allow_private_network === undefined ? {} : { allowPrivateNetwork: body.allow_private_network }) }
        const { connector, webhookSecret } = await addConnector(db, runtime, c.get('workspaceId'), input, clock(), { actor: c.get('keyId') })
        return c.json({ connector: wire(connector), ...(webhookSecret === undefined ? {} : { webhook_secret: webhookSecret }) }, 201)
      },
      invalid('the connector is not valid'),
    )
    .openapi(show, async (c) => c.json(wire(await connectorView(db, runtime, c.get('workspaceId'), c.req.param('id'))), 200))
    .openapi(remove, async (c) => {
      await deleteConnector(db, c.get('workspaceId'), c.req.param('id'), c.get('keyId'), clock())
      return c.body(null, 204)
    })
    .openapi(
      rotate,
      async (c) => {
        const { webhookSecret } = await rotateWebhookSecret(db, runtime, c.get('workspaceId'), c.req.param('id'), c.req.valid('json').webhook_secret, clock(), c.get('keyId'))
        return c.json(webhookSecret === undefined ? {} : { webhook_secret: webhookSecret }, 200)
      },
      invalid('the rotation is not valid'),
    )
    .openapi(
      backfill,
      async (c) => {
        const since = c.req.valid('json').since
        const now = clock()
        const started = await startBackfill(db, c.get('workspaceId'), c.req.param('id'), since === undefined ? now - 90 * 86_400_000 : Date.parse(since), now)
        return c.json(wire(await connectorView(db, runtime, c.get('workspaceId'), started.id)), 202)
      },
      invalid('the backfill request is not valid'),
    )
    .openapi(test, async (c) => {
      const connector = await connectorOrNotFound(db, c.get('workspaceId'), c.req.param('id'))
      const adapter = adapterOf(runtime, connector.kind)
      try {
        await adapter.backfillPage(connectorContext(runtime, connector), null, clock())
        return c.json({ ok: true, error: null }, 200)
      } catch (err) {
        return c.json({ ok: false, error: (err as Error).message ?? String(err) }, 200)
      }
    })
}
