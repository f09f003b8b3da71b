/**
 * A receiver of our Standard Webhooks on 127.0.0.1 that checks each delivery the way a customer would,
 * with the `standardwebhooks` library (`Webhook.verify`: signature and a 5-minute timestamp tolerance).
 */
import { Webhook } from 'standardwebhooks'
import { type ScriptedReceiver, startScriptedReceiver } from './fake-slack.js'

/** A delivery whose signature verified. */
export interface VerifiedDelivery {
  /** `webhook-id`: the same on every retry of one alert. */
  readonly id: string
  /** `webhook-timestamp`, seconds. */
  readonly timestamp: number
  readonly payload: unknown
}

/** A delivery refused with 401. */
export interface RefusedDelivery {
  readonly id: string | undefined
  readonly reason: string
}

/** A running receiver. */
export interface WebhookReceiver extends ScriptedReceiver {
  readonly verified: readonly VerifiedDelivery[]
  readonly refused: readonly RefusedDelivery[]
}

/** Starts a receiver that verifies with `secret` (`whsec_…`), answering 204 when verified and 401 when not. */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const verifier = new Webhook(secret)
  const verified: VerifiedDelivery[] = []
  const refused: RefusedDelivery[] = []
  const receiver = await startScriptedReceiver('/hooks/undertone', (req) => {
    try {
      const payload = verifier.verify(req.body, req.headers)
      verified.push({ id: req.headers['webhook-id'] as string, timestamp: Number(req.headers['webhook-timestamp']), payload })
      return { status: 204 }
    } catch (err) {
      refused.push({ id: req.headers['webhook-id'], reason: (err as Error).message })
      return { status: 401, body: 'invalid signature' }
    }
  })
  return { ...receiver, verified, refused }
}
