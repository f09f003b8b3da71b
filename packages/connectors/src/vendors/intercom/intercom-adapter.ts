/** The Intercom adapter: signed notifications in, tags, a priority attribute and admin notes out, conversation search for backfill. */
import type { VendorAdapter } from '../../vendor-adapter.js'
import { intercomBackfillPage } from './intercom-backfill.js'
import { parseIntercomEvent } from './intercom-event.js'
import { verifyIntercomSignature } from './intercom-signature.js'
import { intercomSpec } from './intercom-spec.js'
import { intercomWriteBack } from './intercom-write-back.js'

/**
 * Intercom. Credentials `accessToken` (and `clientSecret` as the webhook secret); settings `adminId`
 * (required for write-back; its notes are never read), `appId` (inbox links), `priorityAttribute`.
 */
export const intercomAdapter: VendorAdapter = {
  spec: intercomSpec,
  verify: verifyIntercomSignature,
  parseEvent: parseIntercomEvent,
  writeBack: intercomWriteBack,
  backfillPage: intercomBackfillPage,
  ticketUrl: intercomInboxUrl,
}

/**
 * The inbox link: on `app.intercom.com` (or the region's `app.eu`/`app.au`) whatever API host the
 * connector calls; the workspace id is part of the path, so without `appId` the link opens the inbox search.
 */
function intercomInboxUrl(baseUrl: string, conversationId: string, settings: Readonly<Record<string, string>>): string {
  const region = /^https?:\/\/api\.(eu|au)\.intercom\.io/i.exec(baseUrl)?.[1]?.toLowerCase()
  const app = `https://app.${region === undefined ? '' : `${region}.`}intercom.com`
  const appId = settings['appId']
  const id = encodeURIComponent(conversationId)
  return appId === undefined || appId === '' ? `${app}/a/inbox/search?q=${id}` : `${app}/a/inbox/${encodeURIComponent(appId)}/inbox/conversation/${id}`
}
