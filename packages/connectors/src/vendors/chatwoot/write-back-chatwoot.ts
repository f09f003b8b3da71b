/**
 * Writes a reading back to a Chatwoot conversation: labels (Chatwoot's POST replaces the whole set, so
 * the current labels are read and merged first, and nothing is sent when the set would not change),
 * the priority, and a private note that opens with our marker.
 */
import { VendorHttpError } from '../../connector-errors.js'
import type { ConnectorContext, WriteBackChange } from '../../vendor-adapter.js'
import { chatwootJson } from './chatwoot-api.js'
import { markedNote } from '../own-note.js'

/** Chatwoot's priorities have `medium` where Undertone has `normal`. */
const PRIORITIES = { low: 'low', normal: 'medium', high: 'high', urgent: 'urgent' } as const

function labelsOf(answer: unknown): string[] {
  const payload = (answer as { payload?: unknown } | null)?.payload
  if (!Array.isArray(payload) || !payload.every((label) => typeof label === 'string')) {
    throw new VendorHttpError('chatwoot: labels: the answer has no list of labels (payload)', 200, null, false)
  }
  return payload
}

/** Labels, priority and note, in that order; a failed call throws `VendorHttpError` and the server retries the whole change. */
export async function writeBackChatwoot(context: ConnectorContext, conversationId: string, change: WriteBackChange): Promise<void> {
  const conversation = `/conversations/${encodeURIComponent(conversationId)}`
  if (change.addTags.length > 0 || change.removeTags.length > 0) {
    const current = labelsOf(await chatwootJson(context, 'GET', `${conversation}/labels`, 'chatwoot: labels'))
    const removed = new Set(change.removeTags)
    const next = [...new Set([...current, ...change.addTags])].filter((label) => !removed.has(label))
    const unchanged = next.length === current.length && next.every((label) => current.includes(label))
    if (!unchanged) await chatwootJson(context, 'POST', `${conversation}/labels`, 'chatwoot: labels', { labels: next })
  }
  if (change.priority !== undefined) {
    await chatwootJson(context, 'POST', `${conversation}/toggle_priority`, 'chatwoot: priority', { priority: PRIORITIES[change.priority] })
  }
  if (change.note !== undefined && change.note.trim() !== '') {
    await chatwootJson(context, 'POST', `${conversation}/messages`, 'chatwoot: note', { content: markedNote(change.note), message_type: 'outgoing', private: true })
  }
}
