import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VENDOR_ADAPTERS, createBoundedFetch } from '@undertone/connectors'
import { type ConnectorRuntime, SecretBox, type SecretKey } from '@undertone/server'
import { CliError } from '../cli-error.js'
import type { ServiceConfig } from '../config.js'

/**
 * The key that seals secrets on a machine with no `UNDERTONE_SECRET_KEYS`: embedded SQLite keeps one
 * beside its database (`secret.key`, readable by its owner only), created on first need, so
 * `npm start` works with no setup. PostgreSQL deployments run several processes and must share one
 * key through the environment, so they get none here.
 */
function localKey(config: ServiceConfig, create: boolean): SecretKey[] | undefined {
  if (config.databaseUrl !== undefined) return undefined
  const file = join(config.dataDir, 'secret.key')
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
    if (key.length !== 32) throw new CliError('UT_E_SECRET_KEY', `${file} does not hold a 32-byte base64 key; restore it, or set UNDERTONE_SECRET_KEYS`)
    return [{ id: 'local', key: new Uint8Array(key) }]
  }
  if (!create) return undefined
  mkdirSync(config.dataDir, { recursive: true })
  writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return localKey(config, false)
}

/**
 * Connectors and alert destinations for the API and the worker: every helpdesk adapter, the
 * secret box, and outbound calls under the address policy (private and loopback addresses only
 * for records an admin allowed).
 */
export function connectorRuntime(config: ServiceConfig, opts: { createKey?: boolean } = {}): ConnectorRuntime {
  const keys = config.secretKeys ?? localKey(config, opts.createKey === true)
  const open = createBoundedFetch({ timeoutMs: config.outboundTimeoutMs, allowPrivateNetwork: false })
  const privateToo = createBoundedFetch({ timeoutMs: config.outboundTimeoutMs, allowPrivateNetwork: true })
  return {
    adapters: VENDOR_ADAPTERS,
    secretBox: keys === undefined ? undefined : new SecretBox(keys),
    allowPrivateNetwork: config.allowPrivateNetwork,
    fetchFor: (allowPrivate) => (allowPrivate ? privateToo : open),
    publicUrl: config.publicUrl,
    timeoutMs: config.outboundTimeoutMs,
  }
}
