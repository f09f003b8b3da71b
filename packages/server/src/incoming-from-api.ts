import type { IncomingMessage } from '@undertone/storage'
import type { z } from '@hono/zod-openapi'
import type { MessageSchema } from './http/schemas.js'

/** A message in the API's wire shape (snake_case, ISO times), as storage takes it. */
export function incomingFromApi(m: z.infer<typeof MessageSchema>): IncomingMessage {
  return {
    externalId: m.external_id,
    conversationId: m.conversation_id,
    customerId: m.customer_id,
    role: m.role,
    text: m.text,
    createdAt: Date.parse(m.created_at),
    ...(m.source === undefined ? {} : { source: m.source }),
    ...(m.channel === undefined ? {} : { channel: m.channel }),
    ...(m.agent_id === undefined ? {} : { agentId: m.agent_id }),
    ...(m.product_area === undefined ? {} : { productArea: m.product_area }),
    ...(m.tags === undefined ? {} : { tags: m.tags }),
    ...(m.internal === undefined ? {} : { internal: m.internal }),
    ...(m.status === undefined ? {} : { status: m.status }),
    ...(m.customer === undefined
      ? {}
      : {
          customer: {
            ...(m.customer.segment === undefined ? {} : { segment: m.customer.segment }),
            ...(m.customer.plan === undefined ? {} : { plan: m.customer.plan }),
            ...(m.customer.value === undefined ? {} : { value: m.customer.value }),
          },
        }),
  }
}
