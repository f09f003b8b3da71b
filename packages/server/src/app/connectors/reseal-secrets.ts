import { type Database, resealRecord, sealedRecords } from '@undertone/storage'
import type { Kysely } from 'kysely'
import type { SecretBox } from './secret-box.js'

/**
 * Re-seals every connector and destination secret sealed with an older key under the current one
 * (`UNDERTONE_SECRET_KEYS` with the new key first and the old one still listed). Once it reports
 * nothing left on an old key, the old key can be dropped from the list.
 */
export async function resealSecrets(db: Kysely<Database>, box: SecretBox): Promise<{ resealed: number; current: number }> {
  let resealed = 0
  let current = 0
  for (const r of await sealedRecords(db)) {
    const boundTo = `${r.table === 'connectors' ? 'connector' : 'destination'}:${r.id}`
    if (!box.isStale(r.secrets)) {
      current++
      continue
    }
    if (await resealRecord(db, r, box.seal(box.open(r.secrets, boundTo), boundTo))) resealed++
  }
  return { resealed, current }
}
