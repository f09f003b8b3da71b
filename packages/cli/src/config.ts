import { DEFAULT_IDEMPOTENCY_RETENTION_MS, DEFAULT_LIMITS, DEFAULT_READ_LIMITS, type ReadLimits, type ServiceLimits } from '@undertone/server'

/** Service settings, parsed once from the environment and flags; nothing else reads `process.env`. */
export interface ServiceConfig {
  /** PostgreSQL URL; absent → embedded SQLite in `dataDir`. */
  readonly databaseUrl: string | undefined
  readonly dataDir: string
  readonly host: string
  readonly port: number
  /** What keeps one client from taking the service down (each has an environment variable). */
  readonly limits: ServiceLimits
  /** What one request may read, and for how long (`UNDERTONE_SCORE_TEXT_LIMIT`, `UNDERTONE_IMPORT_TEXT_LIMIT`, `UNDERTONE_READ_TIMEOUT_MS`). */
  readonly readLimits: ReadLimits
  /** How long answers kept for `Idempotency-Key` retries live (`UNDERTONE_IDEMPOTENCY_HOURS`). */
  readonly idempotencyRetentionMs: number
  /** Bearer token for `/metrics` (`UNDERTONE_METRICS_TOKEN`); without it `/metrics` is off. */
  readonly metricsToken: string | undefined
  /** How long `report --webhook` waits for the whole delivery (`UNDERTONE_WEBHOOK_TIMEOUT`, seconds). */
  readonly webhookTimeoutMs: number
  /**
   * Keys that encrypt connector and destination secrets (`UNDERTONE_SECRET_KEYS`: `id:base64,…`, 32
   * bytes each, the first seals). Unset: embedded SQLite keeps one in `<data>/secret.key`; PostgreSQL has none.
   */
  readonly secretKeys: readonly { readonly id: string; readonly key: Uint8Array }[] | undefined
  /** Whether connectors and destinations added through the API may reach private and loopback addresses (`UNDERTONE_ALLOW_PRIVATE_NETWORK`). */
  readonly allowPrivateNetwork: boolean
  /** The dashboard's public address, for links in helpdesk notes and alerts (`UNDERTONE_PUBLIC_URL`; default the listening address). */
  readonly publicUrl: string
  /** How long one outbound call (write-back, alert, backfill page) may take (`UNDERTONE_OUTBOUND_TIMEOUT_MS`). */
  readonly outboundTimeoutMs: number
  /** How far after the server's clock a message's date may be before the API and `undertone import` refuse it (`UNDERTONE_CLOCK_SKEW_SECONDS`, default 300). */
  readonly clockSkewMs: number
}

/** Settings a command may also take as flags; a flag wins over its environment variable. */
export interface ConfigFlags {
  readonly data?: string
  readonly port?: string
  readonly host?: string
  /** Seconds. */
  readonly webhookTimeout?: string
}

/** Thrown for settings that cannot work; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  readonly code = 'UT_E_CONFIG'
}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  return n
}

function metricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined
  // A short token is guessable; scrapers store it in their config anyway, so ask for a long one.
  if (raw.length < 16) throw new ConfigError('UNDERTONE_METRICS_TOKEN must be at least 16 characters')
  return raw
}

/** `id:base64,…` as keys; each must be 32 bytes. */
function secretKeys(raw: string | undefined): ServiceConfig['secretKeys'] {
  if (raw === undefined || raw === '') return undefined
  return raw.split(',').map((part, i) => {
    const at = part.indexOf(':')
    const id = at < 0 ? `k${i + 1}` : part.slice(0, at).trim()
    const key = Buffer.from(part.slice(at + 1).trim(), 'base64')
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new ConfigError(`UNDERTONE_SECRET_KEYS: key id "${id}" must be 1-32 letters, digits, - or _`)
    if (key.length !== 32) throw new ConfigError(`UNDERTONE_SECRET_KEYS: key "${id}" must be 32 bytes of base64 (openssl rand -base64 32), got ${key.length} bytes`)
    return { id, key: new Uint8Array(key) }
  })
}

function flag(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '0' || raw.toLowerCase() === 'false') return false
  if (raw === '1' || raw.toLowerCase() === 'true') return true
  throw new ConfigError(`${name} must be true or false, got "${raw}"`)
}

/** The API's default clock skew (the server's `DEFAULT_CLOCK_SKEW_MS`), for `undertone import` too. */
export const CLOCK_SKEW_SECONDS = 300

/** An environment variable, with an empty value counted as unset (as `VAR= undertone …` means). */
const set = (v: string | undefined): string | undefined => (v === '' ? undefined : v)

/**
 * Pure: the same inputs give the same config. Flags win over environment variables, which win
 * over the defaults; so the CLI's options carry no defaults of their own, or the environment
 * would never be read.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>, flags: ConfigFlags = {}): ServiceConfig {
  const databaseUrl = set(env.DATABASE_URL)
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://')
  const host = flags.host ?? set(env.UNDERTONE_HOST) ?? '127.0.0.1'
  const port = int('port', flags.port ?? env.PORT, 8787, 1, 65535)
  const publicUrl = set(env.UNDERTONE_PUBLIC_URL) ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  if (!/^https?:\/\//.test(publicUrl)) throw new ConfigError('UNDERTONE_PUBLIC_URL must start with http:// or https://')
  return {
    databaseUrl,
    dataDir: flags.data ?? set(env.UNDERTONE_DATA_DIR) ?? './data',
    host,
    port,
    limits: {
      bodyBytes: int('UNDERTONE_BODY_LIMIT', env.UNDERTONE_BODY_LIMIT, DEFAULT_LIMITS.bodyBytes, 1024, 100 * 1024 * 1024),
      requestsPerMinute: int('UNDERTONE_RATE_LIMIT', env.UNDERTONE_RATE_LIMIT, DEFAULT_LIMITS.requestsPerMinute, 1, 10_000_000),
      workspaceRequestsPerMinute: int('UNDERTONE_WORKSPACE_RATE_LIMIT', env.UNDERTONE_WORKSPACE_RATE_LIMIT, DEFAULT_LIMITS.workspaceRequestsPerMinute, 1, 10_000_000),
      failedAuthPerMinute: int('UNDERTONE_FAILED_AUTH_LIMIT', env.UNDERTONE_FAILED_AUTH_LIMIT, DEFAULT_LIMITS.failedAuthPerMinute, 1, 1_000_000),
      analyticsMaxDays: int('UNDERTONE_ANALYTICS_MAX_DAYS', env.UNDERTONE_ANALYTICS_MAX_DAYS, DEFAULT_LIMITS.analyticsMaxDays, 1, 3660),
      streamsPerKey: int('UNDERTONE_STREAMS_PER_KEY', env.UNDERTONE_STREAMS_PER_KEY, DEFAULT_LIMITS.streamsPerKey, 1, 10_000),
      keysPerWorkspace: int('UNDERTONE_KEYS_PER_WORKSPACE', env.UNDERTONE_KEYS_PER_WORKSPACE, DEFAULT_LIMITS.keysPerWorkspace, 1, 100_000),
    },
    readLimits: {
      scoreTextBytes: int('UNDERTONE_SCORE_TEXT_LIMIT', env.UNDERTONE_SCORE_TEXT_LIMIT, DEFAULT_READ_LIMITS.scoreTextBytes, 1024, 100 * 1024 * 1024),
      importTextBytes: int('UNDERTONE_IMPORT_TEXT_LIMIT', env.UNDERTONE_IMPORT_TEXT_LIMIT, DEFAULT_READ_LIMITS.importTextBytes, 1024, 100 * 1024 * 1024),
      readTimeMs: int('UNDERTONE_READ_TIMEOUT_MS', env.UNDERTONE_READ_TIMEOUT_MS, DEFAULT_READ_LIMITS.readTimeMs, 100, 600_000),
    },
    idempotencyRetentionMs: 3_600_000 * int('UNDERTONE_IDEMPOTENCY_HOURS', env.UNDERTONE_IDEMPOTENCY_HOURS, DEFAULT_IDEMPOTENCY_RETENTION_MS / 3_600_000, 1, 24 * 365),
    metricsToken: metricsToken(env.UNDERTONE_METRICS_TOKEN),
    secretKeys: secretKeys(env.UNDERTONE_SECRET_KEYS),
    allowPrivateNetwork: flag('UNDERTONE_ALLOW_PRIVATE_NETWORK', env.UNDERTONE_ALLOW_PRIVATE_NETWORK),
    publicUrl,
    outboundTimeoutMs: int('UNDERTONE_OUTBOUND_TIMEOUT_MS', env.UNDERTONE_OUTBOUND_TIMEOUT_MS, 10_000, 100, 120_000),
    clockSkewMs: 1000 * int('UNDERTONE_CLOCK_SKEW_SECONDS', env.UNDERTONE_CLOCK_SKEW_SECONDS, CLOCK_SKEW_SECONDS, 0, 7 * 86_400),
    webhookTimeoutMs: 1000 * int(flags.webhookTimeout === undefined ? 'UNDERTONE_WEBHOOK_TIMEOUT' : '--webhook-timeout', flags.webhookTimeout ?? env.UNDERTONE_WEBHOOK_TIMEOUT, 10, 1, 600),
  }
}
