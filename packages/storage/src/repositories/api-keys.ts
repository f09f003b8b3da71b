import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** A key as listed: never the secret. */
export interface ApiKeyInfo {
  readonly id: string
  readonly workspaceId: string
  readonly name: string
  readonly scopes: readonly string[]
  readonly createdAt: number
  readonly lastUsedAt: number | null
  readonly revokedAt: number | null
}

const PREFIX = 'ut_'
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

function token(bytes: number): string {
  const raw = randomBytes(bytes)
  let out = ''
  for (const b of raw) out += ALPHABET[b % ALPHABET.length]
  return out
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

/**
 * Creates a key `ut_<id>_<secret>`. Only the SHA-256 of the secret is stored; the full key is
 * returned once and cannot be recovered. The id is greppable and safe to show.
 */
export async function createApiKey(db: Kysely<Database>, workspaceId: string, name: string, now: number, scopes: readonly string[] = ['*']): Promise<{ key: string; info: ApiKeyInfo }> {
  const id = token(12)
  const secret = token(32)
  await db.insertInto('api_keys').values({ id, workspace_id: workspaceId, name, secret_hash: hashSecret(secret), scopes: JSON.stringify(scopes), created_at: now, last_used_at: null, revoked_at: null }).execute()
  return { key: `${PREFIX}${id}_${secret}`, info: { id, workspaceId, name, scopes, createdAt: now, lastUsedAt: null, revokedAt: null } }
}

/**
 * Resolves a presented key to its workspace, comparing hashes in constant time. Returns undefined
 * for a malformed, unknown or revoked key (callers answer 401 without saying which).
 */
export async function verifyApiKey(db: Kysely<Database>, key: string): Promise<ApiKeyInfo | undefined> {
  const m = /^ut_([A-Za-z0-9]{12})_([A-Za-z0-9]{32})$/.exec(key)
  if (m === null) return undefined
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', m[1] as string).executeTakeFirst()
  if (row === undefined || row.revoked_at !== null) return undefined
  const presented = Buffer.from(hashSecret(m[2] as string), 'hex')
  const stored = Buffer.from(row.secret_hash, 'hex')
  if (presented.length !== stored.length || !timingSafeEqual(presented, stored)) return undefined
  return { id: row.id, workspaceId: row.workspace_id, name: row.name, scopes: JSON.parse(row.scopes) as string[], createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at }
}

export async function listApiKeys(db: Kysely<Database>, workspaceId: string): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom('api_keys').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute()
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, name: r.name, scopes: JSON.parse(r.scopes) as string[], createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }))
}

/** Revokes a key of this workspace; false when there is no such key. */
export async function revokeApiKey(db: Kysely<Database>, workspaceId: string, id: string, now: number): Promise<boolean> {
  const r = await db.updateTable('api_keys').set({ revoked_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/** Records use, at most once a minute per key, to keep writes off the hot path. */
export async function touchApiKey(db: Kysely<Database>, id: string, now: number): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', now - 60_000)])).execute()
}
