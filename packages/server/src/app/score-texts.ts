import type { ReadContext } from '@undertone/engine'
import { requestReader } from '../request-reader.js'
import { redactorOf } from './privacy/workspace-redactor.js'
import type { Services } from './services.js'
import { loadSettings, workspaceProfile } from './workspace-settings.js'

/**
 * Reads texts without storing them, as the workspace reads: its own terms, its promoted version
 * and its corrections apply. The texts (and the earlier messages given as context) are redacted
 * by the workspace's privacy settings first, as stored messages are, so each reading answers the
 * redacted `text` its cue spans point into. Read on the request pool (off the event loop where it
 * is a thread pool), within one request's limits.
 */
export async function scoreTexts(services: Pick<Services, 'db' | 'requestPool' | 'readLimits' | 'adaptations'>, workspaceId: string, texts: readonly string[], context: ReadContext) {
  const settings = await loadSettings(services.db, workspaceId)
  const profile = workspaceProfile(settings)
  const redact = redactorOf(settings)
  const redacted = texts.map((t) => redact(t).text)
  const previous = context.previous?.map((p) => (typeof p === 'string' ? redact(p).text : { ...p, text: redact(p.text).text }))
  const redactedContext: ReadContext = previous === undefined ? context : { ...context, previous }
  const ctxFor = profile !== undefined && context.domain === undefined ? { ...redactedContext, domain: profile.id } : redactedContext
  const reading = requestReader(services.requestPool, { textBytes: services.readLimits.scoreTextBytes, timeMs: services.readLimits.readTimeMs, setting: 'scoreTextBytes' })
  const items = redacted.map((text) => ({ text, context: ctxFor, ...(profile === undefined ? {} : { profile }) }))
  try {
    const readings = await reading.readMany(items, { adaptation: await services.adaptations.get(workspaceId) })
    return readings.map((r, i) => ({ text: redacted[i] as string, ...r }))
  } finally {
    await reading.close()
  }
}
