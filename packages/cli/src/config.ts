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
  return {
    databaseUrl,
    dataDir: flags.data ?? set(env.UNDERTONE_DATA_DIR) ?? './data',
    host: flags.host ?? set(env.UNDERTONE_HOST) ?? '127.0.0.1',
    port: int('port', flags.port ?? env.PORT, 8787, 1, 65535),
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
    webhookTimeoutMs: 1000 * int(flags.webhookTimeout === undefined ? 'UNDERTONE_WEBHOOK_TIMEOUT' : '--webhook-timeout', flags.webhookTimeout ?? env.UNDERTONE_WEBHOOK_TIMEOUT, 10, 1, 600),
  }
}
