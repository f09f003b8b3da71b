/** Everything stored about one customer, for a data-subject access request: rows as stored, JSON columns parsed. */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

const CHUNK = 500

const parse = (text: string | null): unknown => {
  if (text === null) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

const chunks = <T>(xs: readonly T[]): T[][] => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK))

type Row = Record<string, unknown>

/** The customer's stored data; undefined when the workspace has no customer with our id `customerId`. */
export interface CustomerExport {
  readonly customer: Row
  readonly customerReading: Row | null
  readonly conversations: Row[]
  readonly conversationReadings: Row[]
  readonly messages: Row[]
  readonly readings: Row[]
  readonly corrections: Row[]
  readonly reviewFlags: Row[]
  readonly alerts: Row[]
  readonly deliveries: Row[]
  readonly writeBacks: Row[]
}

/** Everything stored about the customer with our id `customerId`, in one read-only transaction (a consistent picture). */
export async function exportCustomer(db: Kysely<Database>, workspaceId: string, customerId: string): Promise<CustomerExport | undefined> {
  return db.transaction().execute(async (trx) => {
    const customer = await trx.selectFrom('customers').selectAll().where('id', '=', customerId).where('workspace_id', '=', workspaceId).executeTakeFirst()
    if (customer === undefined) return undefined
    const conversations = await trx.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId).where('customer_id', '=', customerId).orderBy('created_at').execute()
    const conversationIds = conversations.map((c) => c.id)
    const out: CustomerExport = {
      customer,
      customerReading: null,
      conversations: conversations.map((c) => ({ ...c, tags: parse(c.tags) })),
      conversationReadings: [],
      messages: [],
      readings: [],
      corrections: [],
      reviewFlags: [],
      alerts: [],
      deliveries: [],
      writeBacks: [],
    }
    const cr = await trx.selectFrom('customer_readings').selectAll().where('customer_id', '=', customerId).where('workspace_id', '=', workspaceId).executeTakeFirst()
    if (cr !== undefined) (out as { customerReading: Row | null }).customerReading = { ...cr, body: parse(cr.body) }
    for (const ids of chunks(conversationIds)) {
      for (const r of await trx.selectFrom('conversation_readings').selectAll().where('conversation_id', 'in', ids).where('workspace_id', '=', workspaceId).execute()) out.conversationReadings.push({ ...r, body: parse(r.body), state: parse(r.state) })
      for (const m of await trx.selectFrom('messages').selectAll().where('workspace_id', '=', workspaceId).where('conversation_id', 'in', ids).orderBy('created_at').execute()) out.messages.push(m)
      for (const r of await trx.selectFrom('readings').selectAll().where('conversation_id', 'in', ids).where('workspace_id', '=', workspaceId).execute()) out.readings.push({ ...r, emotions: parse(r.emotions), cues: parse(r.cues) })
      for (const w of await trx.selectFrom('write_backs').selectAll().where('conversation_id', 'in', ids).where('workspace_id', '=', workspaceId).execute()) out.writeBacks.push({ ...w, written: parse(w.written) })
    }
    const messageIds = out.messages.map((m) => m.id as string)
    for (const ids of chunks(messageIds)) {
      for (const k of await trx.selectFrom('corrections').selectAll().where('workspace_id', '=', workspaceId).where('message_id', 'in', ids).execute()) out.corrections.push({ ...k, emotions: parse(k.emotions), cues: parse(k.cues) })
      for (const f of await trx.selectFrom('review_flags').selectAll().where('workspace_id', '=', workspaceId).where('message_id', 'in', ids).execute()) out.reviewFlags.push(f)
    }
    for (const ids of chunks([customerId, ...conversationIds])) {
      for (const a of await trx.selectFrom('alerts').selectAll().where('workspace_id', '=', workspaceId).where('subject_id', 'in', ids).execute()) out.alerts.push({ ...a, payload: parse(a.payload) })
      for (const d of await trx.selectFrom('deliveries').selectAll().where('workspace_id', '=', workspaceId).where('subject_id', 'in', ids).execute()) out.deliveries.push({ ...d, notice: parse(d.notice) })
    }
    return out
  })
}
