import { VENDOR_ADAPTERS } from '@undertone/connectors'
import { type ConnectorView, addConnector, connectorView, connectorViews, deleteConnector, queueScheduler, rotateWebhookSecret, runBackfill, startBackfill } from '@undertone/server'
import { ensureWorkspace, findConnector, listConnectors, saveBackfill } from '@undertone/storage'
import { CliError } from '../cli-error.js'
import type { ServiceConfig } from '../config.js'
import { createProgress } from '../io/progress.js'
import { connectorRuntime } from './connector-runtime.js'
import { type Out, openServices, withWorkspace } from './service.js'

/** Every vendor flag (`--token`, `--webhook-secret`, …) with the kinds that take it, for `--help`. */
export function vendorFlags(): { flag: string; key: string; help: string }[] {
  const byFlag = new Map<string, { flag: string; key: string; kinds: string[]; help: string }>()
  for (const a of VENDOR_ADAPTERS.values()) {
    for (const o of a.spec.options) {
      const f = byFlag.get(o.flag) ?? { flag: o.flag, key: o.key, kinds: [], help: o.help }
      f.kinds.push(a.spec.kind)
      byFlag.set(o.flag, f)
    }
  }
  return [...byFlag.values()].map((f) => ({ flag: f.flag, key: f.key, help: `${f.help} (${f.kinds.join(', ')})` }))
}

const camel = (flag: string): string => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

function describe(v: ConnectorView): string {
  const b = v.backfill
  const lines = [
    `${v.name}\t${v.kind}\t${v.id}`,
    `  base url: ${v.baseUrl || '(none)'}${v.allowPrivateNetwork ? ' (private network allowed)' : ''}`,
    `  inbound path: ${v.inboundPath}`,
    `  credentials set: ${v.credentialsSet.join(', ') || '(none)'}; webhook secrets active: ${v.webhookSecrets}`,
    `  backfill: ${b.state}${b.state === 'idle' ? '' : `, ${b.conversations} conversations, ${b.messages} messages${b.total === null ? '' : ` of about ${b.total}`}${b.error === null ? '' : `; error: ${b.error}`}`}`,
    `  write-backs: ${v.writeBacks.done} done, ${v.writeBacks.due} due, ${v.writeBacks.failed} failed${v.writeBacks.lastError === null ? '' : `; last error: ${v.writeBacks.lastError}`}`,
  ]
  if (v.lastRefusal !== null) lines.push(`  last refused event: ${new Date(v.lastRefusal.at).toISOString()} ${v.lastRefusal.code}`)
  for (const e of v.recentEvents) lines.push(`  ${new Date(e.receivedAt).toISOString()}\t${e.outcome}\t${e.messages} messages\t${e.eventId}${e.detail === null ? '' : `\t${e.detail}`}`)
  return lines.join('\n')
}

/**
 * `undertone connectors add <kind>`: creates the workspace if needed, stores the connector with its
 * secrets sealed, and prints the inbound webhook path alone on the last line.
 */
export async function runConnectorsAdd(config: ServiceConfig, kind: string, opts: Record<string, string | boolean | undefined>, out: Out): Promise<number> {
  const adapter = VENDOR_ADAPTERS.get(kind.toLowerCase())
  if (adapter === undefined) throw new CliError('UT_E_BAD_OPTION', `unknown connector kind "${kind}"; one of: ${[...VENDOR_ADAPTERS.keys()].join(', ')}`)
  const options: Record<string, string> = {}
  for (const o of adapter.spec.options) {
    const v = opts[camel(o.flag)]
    if (typeof v === 'string') options[o.key] = v
  }
  const services = await openServices(config)
  try {
    const now = Date.now()
    const ws = await ensureWorkspace(services.open.db, String(opts.workspace), now)
    const input = { kind, options, allowPrivateNetwork: opts.allowPrivateNetwork === true, ...(typeof opts.name === 'string' ? { name: opts.name } : {}), ...(typeof opts.baseUrl === 'string' ? { baseUrl: opts.baseUrl } : {}) }
    const { connector, webhookSecret } = await addConnector(services.open.db, connectorRuntime(config, { createKey: true }), ws.id, input, now, { admin: true })
    out.write(`${describe(connector)}\n`)
    if (webhookSecret !== undefined) out.write(`Generated webhook secret (shown once; paste it into ${adapter.spec.title}):\n${webhookSecret}\n`)
    out.write(`Point ${adapter.spec.title}'s webhook at ${config.publicUrl}${connector.inboundPath}; inbound path:\n${connector.inboundPath}\n`)
    return 0
  } finally {
    await services.close()
  }
}

/** `undertone connectors list|show|remove|rotate-secret`. */
export async function runConnectorsAdmin(config: ServiceConfig, action: 'list' | 'show' | 'remove' | 'rotate-secret', workspace: string, target: string | undefined, opts: { webhookSecret?: string }, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async (services, workspaceId) => {
    const db = services.open.db
    const runtime = connectorRuntime(config)
    if (action === 'list') {
      for (const v of await connectorViews(db, runtime, await listConnectors(db, workspaceId))) out.write(`${describe(v)}\n`)
      return 0
    }
    if (target === undefined) throw new CliError('UT_E_BAD_OPTION', `give the connector's id or name: undertone connectors ${action} <connector>`)
    if (action === 'show') out.write(`${describe(await connectorView(db, runtime, workspaceId, target))}\n`)
    else if (action === 'remove') {
      await deleteConnector(db, workspaceId, target)
      out.write(`removed ${target} (its messages and readings stay)\n`)
    } else {
      const { webhookSecret } = await rotateWebhookSecret(db, runtime, workspaceId, target, opts.webhookSecret, Date.now())
      out.write(`rotated: the new secret and the previous one are both accepted until the next rotation\n${webhookSecret === undefined ? '' : `new webhook secret (shown once):\n${webhookSecret}\n`}`)
    }
    return 0
  })
}

/**
 * `undertone connectors backfill <connector>`: reads the vendor's incremental export page by page
 * with a progress bar. A backfill that was stopped (killed, or failed) resumes from its stored
 * cursor; `--restart` starts over from `--since`.
 */
export async function runConnectorsBackfill(config: ServiceConfig, workspace: string, target: string, opts: { since?: string; restart?: boolean; progress: boolean }, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async (services, workspaceId) => {
    const db = services.open.db
    const found = await findConnector(db, workspaceId, target)
    if (found === undefined) throw new CliError('UT_E_BAD_OPTION', `no connector "${target}" in workspace "${workspace}"`)
    const since = opts.since === undefined ? Date.now() - 90 * 86_400_000 : Date.parse(opts.since)
    if (!Number.isFinite(since)) throw new CliError('UT_E_BAD_OPTION', '--since must be an ISO date')
    const resume = opts.restart !== true && (found.backfill.state === 'running' || (found.backfill.state === 'error' && found.backfill.cursor !== null))
    if (resume) {
      await saveBackfill(db, found.id, { state: 'running', error: null }, Date.now())
      err.write(`resuming the backfill of ${found.name} after ${found.backfill.conversations} conversations\n`)
    } else await startBackfill(db, workspaceId, found.id, since, Date.now())
    let progress: ReturnType<typeof createProgress> | undefined
    const deps = { db, runtime: connectorRuntime(config), scheduler: queueScheduler(services.queue), clock: Date.now }
    const stop = new AbortController()
    const onSignal = (): void => stop.abort()
    process.once('SIGINT', onSignal)
    try {
      const end = await runBackfill(deps, workspaceId, found.id, {
        signal: stop.signal,
        onProgress: (c, step) => {
          if (step.kind === 'wait') err.write(`the vendor asked to wait ${Math.ceil(step.ms / 1000)} s (${step.error})\n`)
          progress ??= createProgress(c.backfill.total ?? undefined, opts.progress)
          progress.update(c.backfill.conversations, c.backfill.messages)
        },
      })
      progress?.stop()
      const b = end.backfill
      out.write(`backfill ${b.state}: ${b.conversations} conversations, ${b.messages} new messages stored${b.error === null ? '' : `; error: ${b.error}`}; readings are queued for the worker\n`)
      return b.state === 'error' ? 1 : 0
    } finally {
      process.off('SIGINT', onSignal)
    }
  })
}
