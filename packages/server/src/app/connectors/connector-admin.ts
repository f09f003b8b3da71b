import { randomBytes, randomUUID } from 'node:crypto'
import { type ConnectorContext, type VendorAdapter, generateWebhookSecret } from '@undertone/connectors'
import { type ConnectorEvent, type ConnectorRecord, type Database, createConnector, findConnector, isStorageError, recentConnectorEvents, removeConnector, updateConnector, writeBackSummary } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { ProblemError } from '../../problem.js'
import { type Actor, CLI_ACTOR, audit } from '../privacy/audit-trail.js'
import { type ConnectorRuntime, adapterOf, secretBoxOf } from './connector-runtime.js'

/** What a connector's sealed envelope holds. */
const SealedSchema = z.object({ credentials: z.record(z.string(), z.string()), webhookSecrets: z.array(z.string()).min(1).max(2) })
export type ConnectorSecrets = z.infer<typeof SealedSchema>

/** Opens a connector's secrets (for one call; never stored or logged in the clear). */
export function connectorSecrets(runtime: ConnectorRuntime, c: Pick<ConnectorRecord, 'id' | 'secrets'>): ConnectorSecrets {
  return SealedSchema.parse(secretBoxOf(runtime).open(c.secrets, `connector:${c.id}`))
}

/**
 * What one call to the vendor gets: the credentials, with the current webhook secret under the
 * vendor's own key (a scheme that signs its write-backs, like Standard Webhooks, needs it), the
 * settings, and the bounded fetch under the connector's address policy.
 */
export function connectorContext(runtime: ConnectorRuntime, c: ConnectorRecord): ConnectorContext {
  const secrets = connectorSecrets(runtime, c)
  const adapter = adapterOf(runtime, c.kind)
  return { baseUrl: c.baseUrl, credentials: { ...secrets.credentials, [adapter.spec.webhookSecretKey]: secrets.webhookSecrets[0] as string }, settings: c.settings, fetch: runtime.fetchFor(c.allowPrivateNetwork) }
}

/** What adding a connector takes: the vendor's options by key (see its spec), secret or not. */
export interface NewConnectorInput {
  readonly kind: string
  readonly name?: string
  readonly baseUrl?: string
  readonly options: Readonly<Record<string, string>>
  readonly allowPrivateNetwork?: boolean
}

/** A connector as the API and CLI show it: no secret values, only which ones are set. */
export interface ConnectorView {
  readonly id: string
  readonly kind: string
  readonly name: string
  readonly baseUrl: string
  readonly settings: Readonly<Record<string, string>>
  /** The keys of the credentials that are set (values never leave the server). */
  readonly credentialsSet: readonly string[]
  /** Active inbound webhook secrets (two while rotating). */
  readonly webhookSecrets: number
  /** The path the vendor posts its events to (prefix it with this server's public address). */
  readonly inboundPath: string
  readonly allowPrivateNetwork: boolean
  readonly createdAt: number
  readonly lastRefusal: ConnectorRecord['lastRefusal']
  readonly backfill: ConnectorRecord['backfill']
  readonly writeBacks: { readonly done: number; readonly due: number; readonly failed: number; readonly lastError: string | null }
  readonly recentEvents: readonly ConnectorEvent[]
}

/** A secret for the vendor's scheme: Standard Webhooks keys (generic) are `whsec_` + base64 of 24 random bytes. */
function newWebhookSecret(adapter: VendorAdapter): string {
  return adapter.spec.kind === 'generic' ? generateWebhookSecret() : randomBytes(24).toString('base64url')
}

/** Helpdesks that make the webhook's signing secret themselves: it must be given, a generated one would never match. */
const VENDOR_MADE_SECRETS = new Set(['zendesk', 'intercom'])

/** Refuses a webhook secret the vendor's scheme cannot use, now rather than at the first event. */
function checkWebhookSecret(adapter: VendorAdapter, secret: string | undefined): void {
  if (secret === undefined) {
    if (!VENDOR_MADE_SECRETS.has(adapter.spec.kind)) return
    throw new ProblemError('UT_E_VALIDATION', `${adapter.spec.title} makes the webhook's signing secret itself: give it`, [{ path: `options.${adapter.spec.webhookSecretKey}`, message: 'required' }])
  }
  const problem = adapter.spec.kind === 'generic' && !/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret) ? 'a Standard Webhooks secret: whsec_ followed by base64' : secret.length < 8 ? 'at least 8 characters' : undefined
  if (problem !== undefined) throw new ProblemError('UT_E_VALIDATION', `the webhook secret must be ${problem}`, [{ path: `options.${adapter.spec.webhookSecretKey}`, message: problem }])
}

/** The path of a connector's inbound webhook. */
export const inboundPath = (hookToken: string): string => `/hooks/${hookToken}`

function checkedUrl(raw: string | undefined, required: boolean): string {
  if (raw === undefined || raw === '') {
    if (required) throw new ProblemError('UT_E_VALIDATION', 'base_url is required for this connector', [{ path: 'base_url', message: 'required' }])
    return ''
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ProblemError('UT_E_VALIDATION', `base_url "${raw}" is not a URL`, [{ path: 'base_url', message: 'not a URL' }])
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ProblemError('UT_E_VALIDATION', 'base_url must be http or https', [{ path: 'base_url', message: 'http or https only' }])
  if (url.username !== '' || url.password !== '') throw new ProblemError('UT_E_VALIDATION', 'base_url must not carry credentials; give them as options', [{ path: 'base_url', message: 'no credentials in the URL' }])
  return url.origin + url.pathname.replace(/\/+$/, '')
}

/** Splits the given options by the vendor's spec, refusing unknown ones and missing required ones. */
function splitOptions(adapter: VendorAdapter, options: Readonly<Record<string, string>>): { settings: Record<string, string>; credentials: Record<string, string>; webhookSecret: string | undefined } {
  const known = new Map(adapter.spec.options.map((o) => [o.key, o]))
  const errors: { path: string; message: string }[] = []
  for (const key of Object.keys(options)) if (!known.has(key)) errors.push({ path: `options.${key}`, message: `not an option of ${adapter.spec.kind} (${[...known.keys()].join(', ')})` })
  for (const o of adapter.spec.options) {
    const v = options[o.key]
    if (o.required && o.key !== adapter.spec.webhookSecretKey && (v === undefined || v === '')) errors.push({ path: `options.${o.key}`, message: `required: ${o.help}` })
    if (v !== undefined && v.length > 4096) errors.push({ path: `options.${o.key}`, message: 'at most 4096 characters' })
  }
  if (errors.length > 0) throw new ProblemError('UT_E_VALIDATION', `the ${adapter.spec.kind} connector's options are not valid`, errors)
  const settings: Record<string, string> = {}
  const credentials: Record<string, string> = {}
  let webhookSecret: string | undefined
  for (const o of adapter.spec.options) {
    const v = options[o.key]
    if (v === undefined || v === '') continue
    if (o.key === adapter.spec.webhookSecretKey) webhookSecret = v
    else if (o.secret) credentials[o.key] = v
    else settings[o.key] = v
  }
  return { settings, credentials, webhookSecret }
}

/**
 * Adds a connector. Without a webhook secret one is generated (for vendors where we choose it) and
 * returned once, here; it is never shown again. Private network access needs the admin setting
 * (`runtime.allowPrivateNetwork`) or the CLI, which is the admin.
 */
export async function addConnector(db: Kysely<Database>, runtime: ConnectorRuntime, workspaceId: string, input: NewConnectorInput, now: number, opts: { admin?: boolean; actor?: Actor } = {}): Promise<{ connector: ConnectorView; webhookSecret: string | undefined }> {
  const adapter = adapterOf(runtime, input.kind)
  const box = secretBoxOf(runtime)
  if (input.allowPrivateNetwork === true && !runtime.allowPrivateNetwork && opts.admin !== true) {
    throw new ProblemError('UT_E_FORBIDDEN', 'reaching private or loopback addresses needs the server setting UNDERTONE_ALLOW_PRIVATE_NETWORK=true, or `undertone connectors add --allow-private-network`')
  }
  const { settings, credentials, webhookSecret } = splitOptions(adapter, input.options)
  checkWebhookSecret(adapter, webhookSecret)
  const generated = webhookSecret === undefined ? newWebhookSecret(adapter) : undefined
  const id = randomUUID()
  const secrets: ConnectorSecrets = { credentials, webhookSecrets: [webhookSecret ?? (generated as string)] }
  const name = input.name ?? adapter.spec.kind
  try {
    const record = await createConnector(
      db,
      {
        id,
        workspaceId,
        kind: adapter.spec.kind,
        name,
        baseUrl: checkedUrl(input.baseUrl, adapter.spec.kind !== 'generic'),
        settings,
        secrets: box.seal(secrets, `connector:${id}`),
        hookToken: randomBytes(24).toString('base64url'),
        allowPrivateNetwork: input.allowPrivateNetwork === true,
      },
      now,
    )
    await audit(db, workspaceId, opts.actor ?? CLI_ACTOR, 'connector.create', id, now, { kind: adapter.spec.kind, name })
    return { connector: await viewOf(db, runtime, record), webhookSecret: generated }
  } catch (err) {
    if (isStorageError(err) && err.code === 'UT_E_CONFLICT') throw new ProblemError('UT_E_CONFLICT', `this workspace already has a connector named "${name}"; give another --name`)
    throw err
  }
}

async function viewOf(db: Kysely<Database>, runtime: ConnectorRuntime, c: ConnectorRecord, events = 0): Promise<ConnectorView> {
  const secrets = runtime.secretBox === undefined ? undefined : connectorSecrets(runtime, c)
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    baseUrl: c.baseUrl,
    settings: c.settings,
    credentialsSet: Object.keys(secrets?.credentials ?? {}).sort(),
    webhookSecrets: secrets?.webhookSecrets.length ?? 0,
    inboundPath: inboundPath(c.hookToken),
    allowPrivateNetwork: c.allowPrivateNetwork,
    createdAt: c.createdAt,
    lastRefusal: c.lastRefusal,
    backfill: c.backfill,
    writeBacks: await writeBackSummary(db, c.workspaceId, c.id),
    recentEvents: events > 0 ? await recentConnectorEvents(db, c.workspaceId, c.id, events) : [],
  }
}

/** The connector by id or name, or a 404. */
export async function connectorOrNotFound(db: Kysely<Database>, workspaceId: string, idOrName: string): Promise<ConnectorRecord> {
  const c = await findConnector(db, workspaceId, idOrName)
  if (c === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no connector "${idOrName}" in this workspace`)
  return c
}

/** One connector with its last 20 inbound events. */
export async function connectorView(db: Kysely<Database>, runtime: ConnectorRuntime, workspaceId: string, idOrName: string): Promise<ConnectorView> {
  return viewOf(db, runtime, await connectorOrNotFound(db, workspaceId, idOrName), 20)
}

/** Every connector of the workspace. */
export async function connectorViews(db: Kysely<Database>, runtime: ConnectorRuntime, records: readonly ConnectorRecord[]): Promise<ConnectorView[]> {
  return Promise.all(records.map((c) => viewOf(db, runtime, c)))
}

/** Removes a connector (its stored messages and readings stay). */
export async function deleteConnector(db: Kysely<Database>, workspaceId: string, idOrName: string, actor: Actor = CLI_ACTOR, now: number = Date.now()): Promise<void> {
  const c = await connectorOrNotFound(db, workspaceId, idOrName)
  await removeConnector(db, workspaceId, c.id)
  await audit(db, workspaceId, actor, 'connector.delete', c.id, now, { kind: c.kind, name: c.name })
}

/**
 * Starts a webhook secret rotation: the new secret signs from now on and the newest old one is
 * still accepted until the next rotation, so deliveries signed during the switch-over pass.
 */
export async function rotateWebhookSecret(db: Kysely<Database>, runtime: ConnectorRuntime, workspaceId: string, idOrName: string, secret: string | undefined, now: number, actor: Actor = CLI_ACTOR): Promise<{ webhookSecret: string | undefined }> {
  const c = await connectorOrNotFound(db, workspaceId, idOrName)
  const current = connectorSecrets(runtime, c)
  const adapter = adapterOf(runtime, c.kind)
  checkWebhookSecret(adapter, secret)
  const generated = secret === undefined ? newWebhookSecret(adapter) : undefined
  const next: ConnectorSecrets = { ...current, webhookSecrets: [secret ?? (generated as string), current.webhookSecrets[0] as string] }
  await updateConnector(db, workspaceId, c.id, { secrets: secretBoxOf(runtime).seal(next, `connector:${c.id}`) }, now)
  await audit(db, workspaceId, actor, 'connector.rotate_secret', c.id, now)
  return { webhookSecret: generated }
}
