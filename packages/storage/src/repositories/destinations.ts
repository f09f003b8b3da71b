import { z } from 'zod'
import type { Kysely } from 'kysely'
import { conflictAsStorageError } from '../storage-error.js'
import type { AlertRuleTable, Database, DestinationTable } from '../schema.js'

/** Where alerts go. `description` is safe to show (no secrets); `secrets` is the encrypted full config. */
export interface DestinationRecord {
  readonly id: string
  readonly workspaceId: string
  readonly kind: string
  readonly name: string
  readonly description: Readonly<Record<string, unknown>>
  readonly secrets: string
  readonly allowPrivateNetwork: boolean
  readonly createdAt: number
}

const Description = z.record(z.string(), z.unknown())

const toDestination = (r: DestinationTable): DestinationRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  kind: r.kind,
  name: r.name,
  description: Description.parse(JSON.parse(r.description)),
  secrets: r.secrets,
  allowPrivateNetwork: r.allow_private_network === 1,
  createdAt: Number(r.created_at),
})

/** Stores a destination; a name already used in the workspace is a `UT_E_CONFLICT` storage error. */
export async function createDestination(db: Kysely<Database>, d: Omit<DestinationRecord, 'createdAt'>, now: number): Promise<DestinationRecord> {
  await conflictAsStorageError(`a destination named "${d.name}"`, () => db
    .insertInto('destinations')
    .values({ id: d.id, workspace_id: d.workspaceId, kind: d.kind, name: d.name, description: JSON.stringify(d.description), secrets: d.secrets, allow_private_network: d.allowPrivateNetwork ? 1 : 0, created_at: now })
    .execute())
  return { ...d, createdAt: now }
}

/** The workspace's destinations, oldest first. */
export async function listDestinations(db: Kysely<Database>, workspaceId: string): Promise<DestinationRecord[]> {
  return (await db.selectFrom('destinations').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute()).map(toDestination)
}

/** One destination of the workspace, by id or name. */
export async function findDestination(db: Kysely<Database>, workspaceId: string, idOrName: string): Promise<DestinationRecord | undefined> {
  const row = await db
    .selectFrom('destinations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .executeTakeFirst()
  return row === undefined ? undefined : toDestination(row)
}

/** Replaces a destination's encrypted config (key rotation). */
export async function updateDestinationSecrets(db: Kysely<Database>, workspaceId: string, id: string, secrets: string): Promise<void> {
  await db.updateTable('destinations').set({ secrets }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute()
}

/** Removes a destination, its pending deliveries and its place in every rule; rules keep their other destinations. */
export async function removeDestination(db: Kysely<Database>, workspaceId: string, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom('destinations').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()
    if (Number(r.numDeletedRows) === 0) return false
    await trx.deleteFrom('deliveries').where('workspace_id', '=', workspaceId).where('destination_id', '=', id).where('state', '=', 'pending').execute()
    for (const rule of (await trx.selectFrom('alert_rules').selectAll().where('workspace_id', '=', workspaceId).execute()).map(toRule)) {
      if (!rule.destinationIds.includes(id)) continue
      await trx.updateTable('alert_rules').set({ destination_ids: JSON.stringify(rule.destinationIds.filter((d) => d !== id)) }).where('id', '=', rule.id).execute()
    }
    return true
  })
}

/** A rule: which alerts (kind, thresholds, quiet hours in `settings`) go to which destinations. */
export interface AlertRuleRecord {
  readonly id: string
  readonly workspaceId: string
  readonly kind: string
  readonly destinationIds: readonly string[]
  readonly settings: Readonly<Record<string, unknown>>
  readonly enabled: boolean
  readonly createdAt: number
}

const toRule = (r: AlertRuleTable): AlertRuleRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  kind: r.kind,
  destinationIds: z.array(z.string()).parse(JSON.parse(r.destination_ids)),
  settings: Description.parse(JSON.parse(r.settings)),
  enabled: r.enabled === 1,
  createdAt: Number(r.created_at),
})

export async function createAlertRule(db: Kysely<Database>, r: Omit<AlertRuleRecord, 'createdAt'>, now: number): Promise<AlertRuleRecord> {
  await db
    .insertInto('alert_rules')
    .values({ id: r.id, workspace_id: r.workspaceId, kind: r.kind, destination_ids: JSON.stringify(r.destinationIds), settings: JSON.stringify(r.settings), enabled: r.enabled ? 1 : 0, created_at: now })
    .execute()
  return { ...r, createdAt: now }
}

/** The workspace's rules (all, or only the enabled ones), oldest first. */
export async function listAlertRules(db: Kysely<Database>, workspaceId: string, opts: { enabledOnly?: boolean } = {}): Promise<AlertRuleRecord[]> {
  let q = db.selectFrom('alert_rules').selectAll().where('workspace_id', '=', workspaceId)
  if (opts.enabledOnly === true) q = q.where('enabled', '=', 1)
  return (await q.orderBy('created_at').orderBy('id').execute()).map(toRule)
}

export async function removeAlertRule(db: Kysely<Database>, workspaceId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('alert_rules').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}
