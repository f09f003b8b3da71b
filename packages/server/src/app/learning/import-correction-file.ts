import { requestReader } from '../../request-reader.js'
import { ProblemError } from '../../problem.js'
import type { Services } from '../services.js'
import { importCorrections } from './import-corrections.js'
import { parseCorrectionRows } from './parse-correction-rows.js'

/**
 * Imports a file of corrections (CSV or JSON Lines). With errors nothing is imported, unless
 * `skipInvalid`, which stores the valid rows. Texts the service never stored are read to record
 * what the model says of them: on the request pool, within one request's limits.
 */
export async function importCorrectionFile(services: Pick<Services, 'db' | 'clock' | 'reader' | 'requestPool' | 'readLimits' | 'adaptations'>, workspaceId: string, file: { body: string; format: 'csv' | 'jsonl'; reviewer: string; skipInvalid: boolean }) {
  const { rows, errors } = await parseCorrectionRows(file.body, file.format)
  const limits = services.readLimits
  const reading = requestReader(services.requestPool, { textBytes: limits.importTextBytes, timeMs: limits.readTimeMs, setting: 'importTextBytes' })
  const options = { reviewer: file.reviewer, skipInvalid: file.skipInvalid, reader: services.reader, batchReader: reading, adaptation: await services.adaptations.get(workspaceId), now: services.clock() }
  const result = await importCorrections(services.db, workspaceId, { rows, errors }, options).finally(() => reading.close())
  if (result.errors.length > 0 && !file.skipInvalid) throw new ProblemError('UT_E_VALIDATION', `${result.errors.length} row(s) are not valid; nothing was imported (fix them, or send ?skip_invalid=true to import the rest)`, result.errors.slice(0, 100).map((e) => ({ path: `line ${e.line}`, message: e.message })))
  if (result.imported === 0) throw new ProblemError('UT_E_VALIDATION', 'the file has no usable correction rows')
  services.adaptations.invalidate(workspaceId)
  return { imported: result.imported, skipped: result.errors.length, errors: result.errors.slice(0, 100) }
}
