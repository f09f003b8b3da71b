/** Sends one notice to one destination, whatever its kind. */
import type { AlertNotice, DeliverOptions, DestinationConfig } from './destination.js'
import { deliverEmail } from './email.js'
import { deliverSlack } from './slack.js'
import { deliverTeams } from './teams.js'
import { deliverWebhook } from './webhook.js'

/** SMTP bounds when the caller gives none: the default address policy and 15 s per wait. */
const DEFAULT_SMTP = { allowPrivateNetwork: false, timeoutMs: 15_000 } as const

/**
 * Delivers `notice` once. Resolves when the destination took it (any 2xx; an SMTP server's acceptance).
 * Throws `VendorHttpError` (with `permanent` and `retryAfterMs` for the retry schedule: a 4xx other than
 * 408/409/425/429 and a 5xx SMTP reply are permanent) or `OutboundRefusedError` (refused by the policy:
 * permanent until the configuration changes).
 */
export async function deliver(config: DestinationConfig, notice: AlertNotice, options: DeliverOptions): Promise<void> {
  switch (config.kind) {
    case 'slack':
      return deliverSlack(config, notice, options.fetch, options.now)
    case 'teams':
      return deliverTeams(config, notice, options.fetch, options.now)
    case 'webhook':
      return deliverWebhook(config, notice, options.fetch, options.now)
    case 'email':
      return deliverEmail(config, notice, options.smtp ?? DEFAULT_SMTP)
  }
}
