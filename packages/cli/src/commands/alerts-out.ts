import { type DestinationInput, DestinationInputSchema, RuleSettingsSchema, addAlertRule, addDestination, deleteDestination, destinationViews, testDestination } from '@undertone/server'
import { listAlertRules, listDeliveries, redeliver, removeAlertRule } from '@undertone/storage'
import { CliError } from '../cli-error.js'
import type { ServiceConfig } from '../config.js'
import { connectorRuntime } from './connector-runtime.js'
import { type Out, withWorkspace } from './service.js'

/** What `destinations add` takes as flags. */
export interface DestinationFlags {
  readonly name: string
  readonly url?: string
  readonly secret?: string
  readonly host?: string
  readonly port?: string
  readonly secure?: boolean
  readonly user?: string
  readonly password?: string
  readonly from?: string
  readonly to?: string
  readonly allowPrivateNetwork?: boolean
}

/** The flags as the API's destination body, checked by the same schema the API uses. */
function destinationInput(kind: string, f: DestinationFlags): DestinationInput {
  const raw =
    kind === 'email'
      ? { kind, name: f.name, host: f.host, port: f.port === undefined ? 587 : Number(f.port), secure: f.secure === true, user: f.user, password: f.password, from: f.from, to: f.to?.split(',').map((s) => s.trim()) }
      : { kind, name: f.name, url: f.url, ...(kind === 'webhook' && f.secret !== undefined ? { secret: f.secret } : {}) }
  const parsed = DestinationInputSchema.safeParse({ ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)), ...(f.allowPrivateNetwork === true ? { allow_private_network: true } : {}) })
  if (!parsed.success) throw new CliError('UT_E_BAD_OPTION', `the ${kind} destination is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || kind} ${i.message}`).join('; ')}`)
  return parsed.data
}

/** `undertone destinations add|list|remove|test`. Secrets are never printed, except a generated webhook secret, once. */
export async function runDestinations(config: ServiceConfig, action: 'add' | 'list' | 'remove' | 'test', workspace: string, target: string | undefined, flags: DestinationFlags | undefined, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async (services, workspaceId) => {
    const db = services.open.db
    const runtime = connectorRuntime(config, { createKey: action === 'add' })
    if (action === 'list') {
      for (const d of await destinationViews(db, workspaceId)) out.write(`${d.name}\t${d.kind}\t${d.id}\t${JSON.stringify(d.config)}${d.allowPrivateNetwork ? '\t(private network allowed)' : ''}\n`)
      return 0
    }
    if (target === undefined) throw new CliError('UT_E_BAD_OPTION', `give the destination: undertone destinations ${action} <kind or name>`)
    if (action === 'add') {
      const { destination, secret } = await addDestination(db, runtime, workspaceId, destinationInput(target, flags ?? { name: target }), Date.now(), { admin: true })
      out.write(`added ${destination.name} (${destination.kind}, ${destination.id})\n${secret === undefined ? '' : `generated signing secret (shown once):\n${secret}\n`}`)
      return 0
    }
    if (action === 'remove') {
      await deleteDestination(db, workspaceId, target)
      out.write(`removed ${target}\n`)
      return 0
    }
    const r = await testDestination(db, runtime, workspaceId, target, Date.now())
    out.write(r.delivered ? `${target} took the test alert\n` : `${target} did not take the test alert: ${r.error}\n`)
    return r.delivered ? 0 : 1
  })
}

/** `undertone alert-rules add|list|remove`. */
export async function runAlertRules(config: ServiceConfig, action: 'add' | 'list' | 'remove', workspace: string, opts: { kind?: string; to?: string; id?: string; minCustomerValue?: string; minDrop?: string; quietHours?: string; timezone?: string; cooldownMinutes?: string }, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async (services, workspaceId) => {
    const db = services.open.db
    if (action === 'list') {
      for (const r of await listAlertRules(db, workspaceId)) out.write(`${r.id}\t${r.kind}\t→ ${r.destinationIds.join(', ')}\t${JSON.stringify(r.settings)}${r.enabled ? '' : '\t(disabled)'}\n`)
      return 0
    }
    if (action === 'remove') {
      if (opts.id === undefined) throw new CliError('UT_E_BAD_OPTION', 'give the rule id: --id <id>')
      const ok = await removeAlertRule(db, workspaceId, opts.id)
      out.write(ok ? `removed ${opts.id}\n` : `no rule ${opts.id}\n`)
      return ok ? 0 : 2
    }
    if (opts.kind === undefined || opts.to === undefined) throw new CliError('UT_E_BAD_OPTION', 'give --kind and --to <destination,…>')
    const [start, end] = opts.quietHours?.split('-') ?? []
    const settings = RuleSettingsSchema.safeParse({
      ...(opts.minCustomerValue === undefined ? {} : { min_customer_value: Number(opts.minCustomerValue) }),
      ...(opts.minDrop === undefined ? {} : { min_drop: Number(opts.minDrop) }),
      ...(opts.cooldownMinutes === undefined ? {} : { cooldown_minutes: Number(opts.cooldownMinutes) }),
      ...(opts.quietHours === undefined ? {} : { quiet_hours: { start, end, timezone: opts.timezone ?? 'UTC' } }),
    })
    if (!settings.success) throw new CliError('UT_E_BAD_OPTION', `the rule's settings are not valid: ${settings.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`)
    const kind = opts.kind as Parameters<typeof addAlertRule>[2]['kind']
    const rule = await addAlertRule(db, workspaceId, { kind, destinations: opts.to.split(',').map((s) => s.trim()), settings: settings.data, enabled: true }, Date.now())
    out.write(`added rule ${rule.id}: ${rule.kind} → ${rule.destinationIds.length} destination(s)\n`)
    return 0
  })
}

/** `undertone deliveries list [--dead]` and `deliveries redeliver <id>`. */
export async function runDeliveriesCommand(config: ServiceConfig, action: 'list' | 'redeliver', workspace: string, opts: { dead?: boolean; id?: string }, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async (services, workspaceId) => {
    const db = services.open.db
    if (action === 'redeliver') {
      if (opts.id === undefined) throw new CliError('UT_E_BAD_OPTION', 'give the delivery id: undertone deliveries redeliver <id>')
      const ok = await redeliver(db, workspaceId, opts.id, Date.now())
      out.write(ok ? `queued ${opts.id} again; the worker sends it within seconds\n` : `no dead or delivered delivery ${opts.id}\n`)
      return ok ? 0 : 2
    }
    for (const d of await listDeliveries(db, workspaceId, { limit: 100, ...(opts.dead === true ? { state: 'dead' } : {}) })) {
      const title = (d.notice as { title?: unknown }).title
      out.write(`${d.id}\t${new Date(d.createdAt).toISOString()}\t${d.state}\t${d.attempts} attempts\t${typeof title === 'string' ? title : ''}${d.lastError === null ? '' : `\t${d.lastError}`}\n`)
    }
    return 0
  })
}
