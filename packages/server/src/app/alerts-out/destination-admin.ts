import { randomUUID } from 'node:crypto'
import { type AlertNotice, type DestinationConfig, deliver, describeDestination, generateWebhookSecret } from '@undertone/connectors'
import { type AlertRuleRecord, type Database, type DestinationRecord, createAlertRule, createDestination, findDestination, isStorageError, listDestinations, removeAlertRule, removeDestination } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { ProblemError } from '../../problem.js'
import { type Actor, CLI_ACTOR, audit } from '../privacy/audit-trail.js'
import { type ConnectorRuntime, secretBoxOf } from '../connectors/connector-runtime.js'
import { RULE_KINDS, RuleSettingsSchema, knownTimeZone } from './rule-settings.js'

const Url = z.url({ protocol: /^https?$/ }).max(2048)

/** A destination's full configuration as the API takes it (snake_case); secrets included, stored sealed. */
export const DestinationInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('slack'), name: z.string().min(1).max(100), url: Url, allow_private_network: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('teams'), name: z.string().min(1).max(100), url: Url, allow_private_network: z.boolean().optional() }).strict(),
  z
    .object({
      kind: z.literal('webhook'),
      name: z.string().min(1).max(100),
      url: Url,
      secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, 'whsec_ followed by base64').optional(),
      allow_private_network: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('email'),
      name: z.string().min(1).max(100),
      host: z.string().min(1).max(255),
      port: z.number().int().min(1).max(65535),
      secure: z.boolean().default(false),
      user: z.string().max(255).optional(),
      password: z.string().max(1024).optional(),
      from: z.email(),
      to: z.array(z.email()).min(1).max(50),
      allow_private_network: z.boolean().optional(),
    })
    .strict(),
])
export type DestinationInput = z.infer<typeof DestinationInputSchema>

/** A destination as the API shows it: its description, never its secrets. */
export interface DestinationView {
  readonly id: string
  readonly kind: string
  readonly name: string
  readonly config: Readonly<Record<string, unknown>>
  readonly allowPrivateNetwork: boolean
  readonly createdAt: number
}

const viewOf = (d: DestinationRecord): DestinationView => ({ id: d.id, kind: d.kind, name: d.name, config: d.description, allowPrivateNetwork: d.allowPrivateNetwork, createdAt: d.createdAt })

function configOf(input: DestinationInput, generatedSecret: string | undefined): DestinationConfig {
  switch (input.kind) {
    case 'slack':
    case 'teams':
      return { kind: input.kind, url: input.url }
    case 'webhook':
      return { kind: 'webhook', url: input.url, secret: input.secret ?? (generatedSecret as string) }
    case 'email':
      return { kind: 'email', host: input.host, port: input.port, secure: input.secure, ...(input.user === undefined ? {} : { user: input.user }), ...(input.password === undefined ? {} : { password: input.password }), from: input.from, to: input.to }
  }
}

/** A destination's sealed configuration, opened for one delivery. */
export function destinationConfig(runtime: ConnectorRuntime, d: Pick<DestinationRecord, 'id' | 'secrets'>): DestinationConfig {
  return secretBoxOf(runtime).open(d.secrets, `destination:${d.id}`) as DestinationConfig
}

/** Adds a destination. A webhook without a secret gets one, returned here once. */
export async function addDestination(db: Kysely<Database>, runtime: ConnectorRuntime, workspaceId: string, input: DestinationInput, now: number, opts: { admin?: boolean; actor?: Actor } = {}): Promise<{ destination: DestinationView; secret: string | undefined }> {
  const box = secretBoxOf(runtime)
  if (input.allow_private_network === true && !runtime.allowPrivateNetwork && opts.admin !== true) {
    throw new ProblemError('UT_E_FORBIDDEN', 'reaching private or loopback addresses needs the server setting UNDERTONE_ALLOW_PRIVATE_NETWORK=true')
  }
  const generated = input.kind === 'webhook' && input.secret === undefined ? generateWebhookSecret() : undefined
  const config = configOf(input, generated)
  const id = randomUUID()
  try {
    const d = await createDestination(db, { id, workspaceId, kind: input.kind, name: input.name, description: describeDestination(config) as Record<string, unknown>, secrets: box.seal(config, `destination:${id}`), allowPrivateNetwork: input.allow_private_network === true }, now)
    await audit(db, workspaceId, opts.actor ?? CLI_ACTOR, 'destination.create', id, now, { kind: input.kind, name: input.name })
    return { destination: viewOf(d), secret: generated }
  } catch (err) {
    if (isStorageError(err) && err.code === 'UT_E_CONFLICT') throw new ProblemError('UT_E_CONFLICT', `this workspace already has a destination named "${input.name}"`)
    throw err
  }
}

export async function destinationViews(db: Kysely<Database>, workspaceId: string): Promise<DestinationView[]> {
  return (await listDestinations(db, workspaceId)).map(viewOf)
}

async function destinationOrNotFound(db: Kysely<Database>, workspaceId: string, idOrName: string): Promise<DestinationRecord> {
  const d = await findDestination(db, workspaceId, idOrName)
  if (d === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no destination "${idOrName}" in this workspace`)
  return d
}

export async function deleteDestination(db: Kysely<Database>, workspaceId: string, idOrName: string, actor: Actor = CLI_ACTOR, now: number = Date.now()): Promise<void> {
  const d = await destinationOrNotFound(db, workspaceId, idOrName)
  await removeDestination(db, workspaceId, d.id)
  await audit(db, workspaceId, actor, 'destination.delete', d.id, now, { name: d.name })
}

/**
 * Sends a test notice to a destination now, outside the outbox, and answers what happened, so
 * whoever sets it up sees a wrong URL or a refused address at once.
 */
export async function testDestination(db: Kysely<Database>, runtime: ConnectorRuntime, workspaceId: string, idOrName: string, now: number): Promise<{ delivered: boolean; error: string | null }> {
  const d = await destinationOrNotFound(db, workspaceId, idOrName)
  const notice: AlertNotice = {
    id: `test:${d.id}:${now}`,
    kind: 'conversation_escalated',
    title: 'Test alert from Undertone',
    summary: 'This destination is set up: alerts that match its rules will arrive here.',
    severity: 'info',
    workspaceId,
    occurredAt: now,
    facts: [{ label: 'Destination', value: d.name }],
  }
  try {
    await deliver(destinationConfig(runtime, d), notice, { fetch: runtime.fetchFor(d.allowPrivateNetwork), now, smtp: { allowPrivateNetwork: d.allowPrivateNetwork, timeoutMs: runtime.timeoutMs } })
    return { delivered: true, error: null }
  } catch (err) {
    return { delivered: false, error: (err as Error).message ?? String(err) }
  }
}

/** A rule as the API takes it. */
export const AlertRuleInputSchema = z
  .object({
    kind: z.enum(RULE_KINDS),
    destinations: z.array(z.string().min(1).max(100)).min(1).max(20),
    settings: RuleSettingsSchema.default(RuleSettingsSchema.parse({})),
    enabled: z.boolean().default(true),
  })
  .strict()
export type AlertRuleInput = z.infer<typeof AlertRuleInputSchema>

/** Adds a rule; its destinations may be named by id or name, and must exist. */
export async function addAlertRule(db: Kysely<Database>, workspaceId: string, input: AlertRuleInput, now: number, actor: Actor = CLI_ACTOR): Promise<AlertRuleRecord> {
  const q = input.settings.quiet_hours
  if (q !== undefined && !knownTimeZone(q.timezone)) throw new ProblemError('UT_E_VALIDATION', `unknown time zone "${q.timezone}"`, [{ path: 'settings.quiet_hours.timezone', message: 'an IANA time zone, e.g. Europe/Berlin' }])
  const ids: string[] = []
  for (const name of input.destinations) ids.push((await destinationOrNotFound(db, workspaceId, name)).id)
  const rule = await createAlertRule(db, { id: randomUUID(), workspaceId, kind: input.kind, destinationIds: [...new Set(ids)], settings: input.settings, enabled: input.enabled }, now)
  await audit(db, workspaceId, actor, 'alert_rule.create', rule.id, now, { kind: input.kind })
  return rule
}

export async function deleteAlertRule(db: Kysely<Database>, workspaceId: string, id: string, actor: Actor = CLI_ACTOR, now: number = Date.now()): Promise<void> {
  if (!(await removeAlertRule(db, workspaceId, id))) throw new ProblemError('UT_E_NOT_FOUND', `no alert rule "${id}" in this workspace`)
  await audit(db, workspaceId, actor, 'alert_rule.delete', id, now)
}
