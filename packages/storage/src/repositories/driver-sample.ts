import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

const DAY = 86_400_000

/** A read customer message, as the drivers analysis takes it. */
export interface DriverSampleRow {
  readonly id: string
  readonly at: number
  readonly score: number
  readonly label: 'negative' | 'neutral' | 'positive'
  readonly text: string
  readonly productArea?: string
}

/**
 * Read customer messages in [from, to), at most `perDay` from each day (the newest of that day).
 * Drivers compare shares between two windows, so the sample must cover every day evenly: a plain
 * "newest N" would fill up with the last day on a busy workspace and leave the earlier window empty.
 */
export async function driverSample(db: Kysely<Database>, workspaceId: string, from: number, to: number, perDay: number): Promise<DriverSampleRow[]> {
  const days: Promise<DriverSampleRow[]>[] = []
  for (let start = from; start < to; start += DAY) {
    const end = Math.min(to, start + DAY)
    days.push(
      db
        .selectFrom('messages as m')
        .innerJoin('readings as r', 'r.message_id', 'm.id')
        .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
        .select(['m.id', 'm.created_at', 'm.text', 'r.score', 'r.label', 'c.product_area'])
        .where('m.workspace_id', '=', workspaceId)
        .where('m.created_at', '>=', start)
        .where('m.created_at', '<', end)
        .where('m.role', '=', 'customer')
        .orderBy('m.created_at', 'desc')
        .limit(perDay)
        .execute()
        .then((rows) =>
          rows.map((r) => ({ id: r.id, at: Number(r.created_at), score: r.score, label: r.label as DriverSampleRow['label'], text: r.text, ...(r.product_area === null ? {} : { productArea: r.product_area }) })),
        ),
    )
  }
  return (await Promise.all(days)).flat()
}
