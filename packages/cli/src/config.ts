/** Service settings, parsed once from the environment and flags; nothing else reads `process.env`. */
export interface ServiceConfig {
  /** PostgreSQL URL; absent → embedded SQLite in `dataDir`. */
  readonly databaseUrl: string | undefined
  readonly dataDir: string
  readonly host: string
  readonly port: number
  readonly bodyBytes: number
  readonly requestsPerMinute: number
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

/** Pure: the same inputs give the same config. Flags win over environment variables. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>, flags: { data?: string; port?: string; host?: string } = {}): ServiceConfig {
  const databaseUrl = env.DATABASE_URL === undefined || env.DATABASE_URL === '' ? undefined : env.DATABASE_URL
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://')
  return {
    databaseUrl,
    dataDir: flags.data ?? env.UNDERTONE_DATA_DIR ?? './data',
    host: flags.host ?? env.UNDERTONE_HOST ?? '127.0.0.1',
    port: int('port', flags.port ?? env.PORT, 8787, 1, 65535),
    bodyBytes: int('UNDERTONE_BODY_LIMIT', env.UNDERTONE_BODY_LIMIT, 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    requestsPerMinute: int('UNDERTONE_RATE_LIMIT', env.UNDERTONE_RATE_LIMIT, 1200, 1, 10_000_000),
  }
}
