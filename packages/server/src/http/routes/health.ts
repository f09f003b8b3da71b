import { type Database, hasWorkspaces } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { problem } from '../../problem.js'
import type { ApiApp } from '../env.js'
import type { LogError } from '../middleware/problem-errors.js'

/** `/livez` (the process answers) and `/readyz` (the database answers too); outside the API document, for orchestrators. */
export function registerHealth(app: ApiApp, db: Kysely<Database>, logError: LogError): void {
  app.get('/livez', (c) => c.json({ status: 'pass' }))
  app.get('/readyz', async (c) => {
    try {
      await hasWorkspaces(db)
      return c.json({ status: 'pass' })
    } catch (err) {
      // The reason is for the operator's log, not for whoever asks (it can name hosts and users).
      logError(err, { method: c.req.method, path: c.req.path })
      return problem(c, 'UT_E_NOT_READY', 'the database is unavailable')
    }
  })
}
