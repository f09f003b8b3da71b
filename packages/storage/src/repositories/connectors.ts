import { z } from 'zod'
import type { Kysely } from 'kysely'
import { conflictAsStorageError } from '../storage-error.js'
import type { ConnectorTable, Database } from '../schema.js'

/** Where a connector's backfill stands. */
export interface BackfillProgress {
  readonly state: 'idle' | 'running' | 'done' | 'error'
  readonly cursor: string | null
  /** Milliseconds since the epoch: the export starts here. */
  readonly since: number | null
  readonly conversations: number
  readonly messages: number
  readonly total: number | null
  readonly error: string | null
  readonly updatedAt: number | null
}

/** A helpdesk connector as stored; `secrets` is the encrypted envelope the server wrote. */
export interface ConnectorRecord {
  readonly id: string
  readonly workspaceId: string
  readonly kind: string
  readonly name: string
  readonly baseUrl: string
  readonly settings: Readonly<Record<string, string>>
  readonly secrets: string
  readonly hookToken: string
  readonly allowPrivateNetwork: boolean
  readonly createdAt: number
  readonly updatedAt: number
  /** The last inbound request refused (bad signature), for setting up the vendor side. */
  readonly lastRefusal: { readonly at: number; readonly code: string } | null
  readonly backfill: BackfillProgress
}

const Settings = z.record(z.string(), z.string())
const BACKFILL_STATES = ['idle', 'running', 'done', 'error'] as const

function toRecord(r: ConnectorTable): ConnectorRecord {
  const state = BACKFILL_STATES.find((s) => s === r.backfill_state) ?? 'idle'
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    kind: r.kind,
    name: r.name,
    baseUrl: r.base_url,
    settings: Settings.parse(JSON.parse(r.settings)),
    secrets: r.secrets,
    hookToken: r.hook_token,
    allowPrivateNetwork: r.allow_private_network === 1,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    lastRefusal: r.last_refusal_at === null || r.last_refusal_code === null ? null : { at: Number(r.last_refusal_at), code: r.last_refusal_code },
    backfill: {
      state,
      cursor: r.backfill_cursor,
      since: r.backfill_since === null ? null : Number(r.backfill_since),
      conversations: r.backfill_conversations,
      messages: r.backfill_messages,
      total: r.backfill_total,
      error: r.backfill_error,
      updatedAt: r.backfill_updated_at === null ? null : Number(r.backfill_updated_at),
    },
  }
}

/** What creating a connector takes. */
export type NewConnector = Pick<ConnectorRecord, 'id' | 'workspaceId' | 'kind' | 'name' | 'baseUrl' | 'settings' | 'secrets' | 'hookToken' | 'allowPrivateNetwork'>

/** Stores a new connector; a name already used in the workspace is a `UT_E_CONFLICT` storage error from the unique constraint. */
export async function createConnector(db: Kysely<Database>, c: NewConnector, now: number): Promise<ConnectorRecord> {
  await conflictAsStorageError(`a connector named "${c.name}"`, () => db
    .insertInto('connectors')
    .values({
      id: c.id,
      workspace_id: c.workspaceId,
      kind: c.kind,
      name: c.name,
      base_url: c.baseUrl,
      settings: JSON.stringify(c.settings),
      secrets: c.secrets,
      hook_token: c.hookToken,
      allow_private_network: c.allowPrivateNetwork ? 1 : 0,
      created_at: now,
      updated_at: now,
      backfill_state: 'idle',
      backfill_conversations: 0,
      backfill_messages: 0,
    })
    .execute())
  return (await findConnector(db, c.workspaceId, c.id)) as ConnectorRecord
}

/** The workspace's connectors, oldest first. */
export async function listConnectors(db: Kysely<Database>, workspaceId: string): Promise<ConnectorRecord[]> {
  return (await db.selectFrom('connectors').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute()).map(toRecord)
}

/** One connector of the workspace, by id or by name. */
export async function findConnector(db: Kysely<Database>, workspaceId: string, idOrName: string): Promise<ConnectorRecord | undefined> {
  const row = await db
    .selectFrom('connectors')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .executeTakeFirst()
  return row === undefined ? undefined : toRecord(row)
}

/** The connector an inbound URL names (no workspace yet: the URL's token is what identifies it). */
export async function findConnectorByHook(db: Kysely<Database>, hookToken: string): Promise<ConnectorRecord | undefined> {
  const row = await db.selectFrom('connectors').selectAll().where('hook_token', '=', hookToken).executeTakeFirst()
  return row === undefined ? undefined : toRecord(row)
}

/** Every connector that has a backfill under way (the worker resumes them after a restart). */
export async function runningBackfills(db: Kysely<Database>): Promise<ConnectorRecord[]> {
  return (await db.selectFrom('connectors').selectAll().where('backfill_state', '=', 'running').orderBy('id').execute()).map(toRecord)
}

/** Removes a connector with its event log and write-back outbox; its stored messages stay. */
export async function removeConnector(db: Kysely<Database>, workspaceId: string, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom('connectors').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()
    if (Number(r.numDeletedRows) === 0) return false
    await trx.deleteFrom('connector_events').where('connector_id', '=', id).execute()
    await trx.deleteFrom('write_backs').where('connector_id', '=', id).execute()
    return true
  })
}

/** Replaces a connector's settings and encrypted secrets (rotation, key re-encryption). */
export async function updateConnector(db: Kysely<Database>, workspaceId: string, id: string, change: { settings?: Readonly<Record<string, string>>; secrets?: string; baseUrl?: string }, now: number): Promise<boolean> {
  const r = await db
    .updateTable('connectors')
    .set({
      updated_at: now,
      ...(change.settings === undefined ? {} : { settings: JSON.stringify(change.settings) }),
      ...(change.secrets === undefined ? {} : { secrets: change.secrets }),
      ...(change.baseUrl === undefined ? {} : { base_url: change.baseUrl }),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/** Notes a refused inbound request (bad or missing signature) on its connector. */
export async function recordRefusal(db: Kysely<Database>, id: string, code: string, now: number): Promise<void> {
  await db.updateTable('connectors').set({ last_refusal_at: now, last_refusal_code: code }).where('id', '=', id).execute()
}

/** Saves backfill progress; `cursor` is what a restarted backfill resumes from. */
export async function saveBackfill(db: Kysely<Database>, id: string, progress: Partial<BackfillProgress>, now: number): Promise<void> {
  await db
    .updateTable('connectors')
    .set({
      backfill_updated_at: now,
      ...(progress.state === undefined ? {} : { backfill_state: progress.state }),
      ...(progress.cursor === undefined ? {} : { backfill_cursor: progress.cursor }),
      ...(progress.since === undefined ? {} : { backfill_since: progress.since }),
      ...(progress.conversations === undefined ? {} : { backfill_conversations: progress.conversations }),
      ...(progress.messages === undefined ? {} : { backfill_messages: progress.messages }),
      ...(progress.total === undefined ? {} : { backfill_total: progress.total }),
      ...(progress.error === undefined ? {} : { backfill_error: progress.error }),
    })
    .where('id', '=', id)
    .execute()
}

/** One inbound event as the connector log keeps it. */
export interface ConnectorEvent {
  readonly eventId: string
  readonly receivedAt: number
  /** 'stored', 'ignored' or 'test'. */
  readonly outcome: string
  readonly messages: number
  readonly detail: string | null
}

/**
 * Records an accepted event; false when the connector already had an event with this id (a
 * redelivery), so the caller stores nothing. Runs in the transaction that stores its messages.
 */
export async function recordConnectorEvent(db: Kysely<Database>, connectorId: string, workspaceId: string, e: ConnectorEvent): Promise<boolean> {
  const r = await db
    .insertInto('connector_events')
    .values({ connector_id: connectorId, event_id: e.eventId, workspace_id: workspaceId, received_at: e.receivedAt, outcome: e.outcome, messages: e.messages, detail: e.detail })
    .onConflict((oc) => oc.columns(['connector_id', 'event_id']).doNothing())
    .executeTakeFirst()
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0
}

/** The connector's latest events, newest first. */
export async function recentConnectorEvents(db: Kysely<Database>, workspaceId: string, connectorId: string, limit: number): Promise<ConnectorEvent[]> {
  const rows = await db
    .selectFrom('connector_events')
    .select(['event_id', 'received_at', 'outcome', 'messages', 'detail'])
    .where('connector_id', '=', connectorId)
    .where('workspace_id', '=', workspaceId)
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ eventId: r.event_id, receivedAt: Number(r.received_at), outcome: r.outcome, messages: r.messages, detail: r.detail }))
}
