import type { ConversationReading, Reason } from '@undertone/analysis'
import type { AlertRecord, ConversationMeta, CustomerProfileRow, Database } from '@undertone/storage'
import type { Kysely, Transaction } from 'kysely'
import type { ChangeAlert } from './alerts-out/notices-of.js'

/** A customer's new reading in a batch. */
export interface CustomerOutcome {
  readonly customerId: string
  readonly health: number
  readonly churnRisk: number
  readonly reasons: readonly Reason[]
  /** The at-risk alert this batch raised for the customer, if it raised one. */
  readonly alert: AlertRecord | undefined
}

/** What one reading batch decided, for what follows from it. */
export interface BatchOutcome {
  readonly workspaceId: string
  readonly now: number
  readonly conversations: readonly { readonly id: string; readonly reading: ConversationReading }[]
  readonly customers: readonly CustomerOutcome[]
  readonly meta: ReadonlyMap<string, ConversationMeta>
  readonly profiles: ReadonlyMap<string, CustomerProfileRow>
}

/**
 * Work that must follow a reading batch and commit with it (write-backs to the helpdesk, alert
 * deliveries), so nothing read is ever left unwritten or unsent. `begin` runs in the batch's
 * transaction before the new readings are saved (to note what was there); it answers undefined
 * when the workspace has nothing to follow up, so the batch pays one or two small queries.
 */
export interface ReadingFollowUp {
  /** Change alerts the worker's scan raised (they are not part of a reading batch). */
  changes(db: Kysely<Database>, workspaceId: string, alerts: readonly ChangeAlert[], now: number): Promise<void>
  begin(trx: Transaction<Database>, workspaceId: string, conversationIds: readonly string[], customerIds: readonly string[]): Promise<{ finish(trx: Transaction<Database>, outcome: BatchOutcome): Promise<void> } | undefined>
}
