import { type Database, createApiKey, listApiKeys, revokeApiKey } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'
import { type Actor, CLI_ACTOR, audit } from './privacy/audit-trail.js'

/** The workspace's API keys (ids and names; secrets are never shown again), and which one is asking. */
export async function apiKeys(db: Kysely<Database>, workspaceId: string, currentKeyId: string) {
  const keys = await listApiKeys(db, workspaceId)
  return { current: currentKeyId, keys: keys.map((k) => ({ id: k.id, name: k.name, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt, revokedAt: k.revokedAt })) }
}

/**
 * Creates a key; its secret is in this answer only. Each key has its own rate limit, so the
 * workspace's active keys are capped: without a cap, a key could mint itself a larger limit.
 */
export async function addApiKey(db: Kysely<Database>, workspaceId: string, name: string, now: number, keysPerWorkspace: number, actor: Actor = CLI_ACTOR) {
  const active = (await listApiKeys(db, workspaceId)).filter((k) => k.revokedAt === null).length
  if (active >= keysPerWorkspace) throw new ProblemError('UT_E_LIMIT_REACHED', `this workspace already has ${active} active keys, the most allowed (UNDERTONE_KEYS_PER_WORKSPACE); revoke one first`)
  const { key, info } = await createApiKey(db, workspaceId, name, now)
  await audit(db, workspaceId, actor, 'key.create', info.id, now, { name })
  return { id: info.id, name: info.name, createdAt: info.createdAt, key }
}

/** Revokes a key of the workspace, never the one asking. */
export async function revokeKey(db: Kysely<Database>, workspaceId: string, id: string, currentKeyId: string, now: number) {
  if (id === currentKeyId) throw new ProblemError('UT_E_CONFLICT', 'a key cannot revoke itself; use another key of this workspace')
  if (!(await revokeApiKey(db, workspaceId, id, now))) throw new ProblemError('UT_E_NOT_FOUND', `no active key ${id} in this workspace`)
  await audit(db, workspaceId, currentKeyId, 'key.revoke', id, now)
  return { id, revoked: true }
}
