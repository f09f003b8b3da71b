import type { ReadContext } from '@undertone/engine'
import { requestReader } from '../request-reader.js'
import type { Services } from './services.js'
import { loadSettings, workspaceProfile } from './workspace-settings.js'

/**
 * Reads texts without storing them, as the workspace reads: its own terms, its promoted version
 * and its corrections apply. Read on the request pool (off the event loop where it is a thread
 * pool), within one request's limits.
 */
export async function scoreTexts(services: Pick<Services, 'db' | 'requestPool' | 'readLimits' | 'adaptations'>, workspaceId: string, texts: readonly string[], context: ReadContext) {
  const profile = workspaceProfile(await loadSettings(services.db, workspaceId))
  const ctxFor = profile !== undefined && context.domain === undefined ? { ...context, domain: profile.id } : context
  const reading = requestReader(services.requestPool, { textBytes: services.readLimits.scoreTextBytes, timeMs: services.readLimits.readTimeMs, setting: 'scoreTextBytes' })
  const items = texts.map((text) => ({ text, context: ctxFor, ...(profile === undefined ? {} : { profile }) }))
  try {
    return await reading.readMany(items, { adaptation: await services.adaptations.get(workspaceId) })
  } finally {
    await reading.close()
  }
}
