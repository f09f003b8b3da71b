import { createHash, randomUUID } from 'node:crypto'
import type { Adaptation, Reader, Reading } from '@undertone/engine'
import { type Database, type NewCorrection, existingMessageIds, insertCorrections, readingVerdicts } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { type BatchReader, inProcessBatchReader } from '../../batch-reader.js'
import { workspaceRedactor } from '../privacy/workspace-redactor.js'
import type { CorrectionRowInput, RowError } from './parse-correction-rows.js'

/**
 * Stores parsed correction rows for a workspace. Rows naming a message must name one of this
 * workspace's; with errors and without `skipInvalid`, nothing is stored. A labelled text the
 * service never stored gets a stable id from its text, so a file imported twice does not count
 * twice in training. What the reader says now is kept with each row (accuracy over time). Texts
 * are redacted by the workspace's privacy settings before anything else (ids come from the
 * redacted text, so no hash of the original is kept either).
 */
export async function importCorrections(
  db: Kysely<Database>,
  workspaceId: string,
  parsed: { rows: readonly CorrectionRowInput[]; errors: readonly RowError[] },
  options: {
    reviewer: string
    skipInvalid: boolean
    reader: Reader
    /** Reads off the event loop when given (the API's pool, within the request's limits); else `reader` reads inline. */
    batchReader?: BatchReader
    adaptation: Adaptation | undefined
    now: number
  },
): Promise<{ imported: number; errors: RowError[] }> {
  const errors = [...parsed.errors]
  const redact = await workspaceRedactor(db, workspaceId)
  const rows = parsed.rows.map((r) => (r.text === undefined ? r : { ...r, text: redact(r.text).text }))
  const ids = [...new Set(rows.flatMap((r) => (r.messageId === undefined ? [] : [r.messageId])))]
  const known = await existingMessageIds(db, workspaceId, ids)
  const readings = await readingVerdicts(db, workspaceId, ids)
  const usable = rows.filter((r) => {
    if (r.messageId === undefined || known.has(r.messageId)) return true
    errors.push({ line: r.line, message: `no message ${r.messageId} in this workspace` })
    return false
  })
  errors.sort((a, b) => a.line - b.line)
  if (errors.length > 0 && !options.skipInvalid) return { imported: 0, errors }
  const messageIdOf = (r: CorrectionRowInput): string => r.messageId ?? `import:${createHash('sha256').update(r.text as string).digest('hex').slice(0, 24)}`
  // Texts without a stored reading are read now, each once, all in one batch.
  const unread = [...new Set(usable.flatMap((r) => (r.text !== undefined && !readings.has(messageIdOf(r)) ? [r.text] : [])))]
  const read = await (options.batchReader ?? inProcessBatchReader(options.reader)).readMany(
    unread.map((text) => ({ text })),
    { adaptation: options.adaptation },
  )
  const readNow = new Map(unread.map((text, i) => [text, read[i] as Reading]))
  const out: NewCorrection[] = usable.map((r) => {
    const messageId = messageIdOf(r)
    const fresh = r.text === undefined ? undefined : readNow.get(r.text)
    const predicted = readings.get(messageId) ?? (fresh === undefined ? undefined : { label: fresh.sentiment.label, modelVersion: fresh.modelVersion })
    return {
      id: randomUUID(),
      messageId,
      reviewer: r.reviewer ?? options.reviewer,
      source: 'import',
      createdAt: options.now,
      ...(r.label === undefined ? {} : { label: r.label }),
      ...(r.emotions === undefined ? {} : { emotions: r.emotions as Record<string, number> }),
      ...(r.messageId === undefined ? { text: r.text as string } : {}),
      ...(predicted === undefined ? {} : { predictedLabel: predicted.label, modelVersion: predicted.modelVersion }),
    }
  })
  await insertCorrections(db, workspaceId, out)
  return { imported: out.length, errors }
}
