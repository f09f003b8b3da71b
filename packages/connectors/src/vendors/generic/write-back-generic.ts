/**
 * The generic connector's write-back: when `writeBackUrl` is set, the change is POSTed there as JSON
 * signed per Standard Webhooks with the connector's secret, so the receiver can verify it with any
 * Standard Webhooks library; without the URL there is nowhere to write and the call does nothing.
 */
import { createHash } from 'node:crypto'
import { VendorHttpError } from '../../connector-errors.js'
import type { BoundedFetch, ConnectorContext, WriteBackChange } from '../../vendor-adapter.js'
import { sendVendorRequest } from '../http-failure.js'
import { markedNote } from '../own-note.js'
import { standardWebhook } from './verify-generic-signature.js'

/** The envelope's `type`, in the `noun.verb` form our outbound webhooks use. */
export const GENERIC_WRITE_BACK_TYPE = 'conversation.write_back'

/** The shared helper always sends `Authorization`; a Standard Webhooks receiver wants none, so the empty one is taken out. */
function withoutAuthorization(fetch: BoundedFetch): BoundedFetch {
  return (url, init) => {
    const { authorization: _unused, ...headers } = init?.headers ?? {}
    return fetch(url, { ...init, headers })
  }
}

/**
 * POSTs `{type, timestamp, data: {conversation_id, add_tags, remove_tags, priority?, note?}}`. The
 * `webhook-id` is a digest of `data`, so the server's retries of one change carry one id the receiver
 * can dedupe on.
 */
export async function writeBackGeneric(context: ConnectorContext, conversationId: string, change: WriteBackChange): Promise<void> {
  const url = context.settings.writeBackUrl?.trim()
  if (!url) return
  const signer = standardWebhook(context.credentials.webhookSecret ?? '')
  if (signer === null) throw new VendorHttpError('generic: write-back: the webhook secret is not a Standard Webhooks secret (whsec_<base64>)', null, null, true)
  const data = {
    conversation_id: conversationId,
    add_tags: change.addTags,
    remove_tags: change.removeTags,
    ...(change.priority === undefined ? {} : { priority: change.priority }),
    ...(change.note === undefined || change.note.trim() === '' ? {} : { note: markedNote(change.note) }),
  }
  const id = 'msg_' + createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32)
  const now = new Date()
  const envelope = { type: GENERIC_WRITE_BACK_TYPE, timestamp: now.toISOString(), data }
  // The helper serialises `envelope` with the same JSON.stringify, so the bytes sent are the bytes signed.
  const signature = signer.sign(id, now, JSON.stringify(envelope))
  await sendVendorRequest(
    withoutAuthorization(context.fetch),
    {
      method: 'POST',
      url,
      authorization: '',
      headers: { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signature },
      body: envelope,
    },
    'generic: write-back',
  )
}
