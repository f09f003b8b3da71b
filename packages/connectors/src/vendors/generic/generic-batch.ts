/**
 * The generic connector's inbound body: the canonical batch `POST /v1/messages` takes
 * (`{"messages":[…]}`, snake_case, ISO times), checked with zod and mapped to canonical messages. It
 * is a little more lenient than the API: ids may be numbers and enums any case, since the senders are
 * other people's scripts and automations. `source` is accepted and ignored (the connector is the source).
 */
import { z } from 'zod'
import { VendorPayloadError } from '../../connector-errors.js'
import type { CanonicalMessage } from '../../vendor-adapter.js'

const id = z.union([z.string().trim().min(1).max(256), z.number().int().nonnegative()]).transform(String)

function anyCase<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(values))
}

const GenericMessage = z
  .object({
    external_id: id,
    conversation_id: id,
    customer_id: id,
    role: anyCase(['customer', 'agent', 'bot', 'system']),
    text: z.string().max(100_000),
    created_at: z.iso.datetime({ offset: true }),
    source: z.string().max(64).optional(),
    channel: z.string().max(64).optional(),
    agent_id: id.optional(),
    product_area: z.string().max(256).optional(),
    tags: z.array(z.string().max(100)).max(50).optional(),
    internal: z.boolean().optional(),
    status: anyCase(['open', 'pending', 'resolved', 'closed']).optional(),
    customer: z
      .object({ segment: z.string().max(100).optional(), plan: z.string().max(100).optional(), value: z.number().finite().nonnegative().optional() })
      .strict()
      .optional(),
  })
  .strict()

const GenericBatch = z.object({ messages: z.array(GenericMessage).min(1).max(1000) }).strict()

type GenericMessage = z.infer<typeof GenericMessage>

function canonical(m: GenericMessage): CanonicalMessage {
  const customer = m.customer === undefined ? undefined : Object.fromEntries(Object.entries(m.customer).filter(([, value]) => value !== undefined))
  return {
    externalId: m.external_id,
    conversationId: m.conversation_id,
    customerId: m.customer_id,
    role: m.role,
    text: m.text,
    createdAt: Date.parse(m.created_at),
    ...(m.channel === undefined ? {} : { channel: m.channel }),
    ...(m.agent_id === undefined ? {} : { agentId: m.agent_id }),
    ...(m.product_area === undefined ? {} : { productArea: m.product_area }),
    ...(m.tags === undefined ? {} : { tags: m.tags }),
    ...(m.internal === undefined ? {} : { internal: m.internal }),
    ...(m.status === undefined ? {} : { status: m.status }),
    ...(customer === undefined ? {} : { customer }),
  }
}

/** The batch's messages, or `VendorPayloadError` naming the problems and where they are. */
export function genericBatch(body: unknown): CanonicalMessage[] {
  const result = GenericBatch.safeParse(body)
  if (!result.success) throw new VendorPayloadError(`generic: batch: ${z.prettifyError(result.error).replace(/\s*\n\s*/g, ' ').slice(0, 300)}`)
  return result.data.messages.map(canonical)
}
