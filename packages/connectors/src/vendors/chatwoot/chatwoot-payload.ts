/**
 * The Chatwoot payload shapes the adapter reads, checked once with zod: a message as a webhook sends it
 * (`message_created`, top level) and as the Application API lists it, and the conversation around it.
 * Only the fields the mapping uses are named; everything else passes through unread.
 */
import { z } from 'zod'
import { VendorPayloadError } from '../../connector-errors.js'

/** Chatwoot ids are integers in JSON, but a proxy or a custom payload may send them as strings. */
const chatwootId = z.union([z.string().trim().min(1).max(256), z.number().int().nonnegative()]).transform(String)

/**
 * Webhooks send ISO times; the Application API sends unix seconds. A number this small is seconds
 * (milliseconds would put it in 1970).
 */
const chatwootTime = z.union([z.number().finite(), z.string().trim().min(1)]).transform((value, ctx) => {
  const number = typeof value === 'number' ? value : /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN
  const ms = Number.isFinite(number) ? (number < 1e12 ? Math.round(number * 1000) : number) : Date.parse(value as string)
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: 'not a time' })
    return z.NEVER
  }
  return ms
})

/** `sender` on a message (`contact`, `user` for an agent, `agent_bot`) and `meta.sender` on a conversation. */
const ChatwootSender = z.object({ id: chatwootId.optional(), type: z.string().nullish() })

/** The conversation, as a webhook embeds it (`conversation`, or the top level of `conversation_*` events) and as the API lists it. */
export const ChatwootConversation = z
  .object({
    id: chatwootId.optional(),
    /** The number the agent UI and the Application API paths use; webhooks send it as `id` too. */
    display_id: chatwootId.optional(),
    status: z.string().nullish(),
    channel: z.string().nullish(),
    labels: z.array(z.string()).nullish(),
    last_activity_at: chatwootTime.nullish(),
    contact_inbox: z.object({ contact_id: chatwootId.optional() }).nullish(),
    meta: z.object({ sender: ChatwootSender.nullish(), channel: z.string().nullish() }).nullish(),
  })
  .refine((c) => c.display_id !== undefined || c.id !== undefined, { message: 'a conversation needs an id' })

/** One message. `message_type` is a name in webhooks and a number (0 incoming … 3 template) in the API. */
export const ChatwootMessage = z.object({
  id: chatwootId,
  content: z.string().nullish(),
  message_type: z.union([z.string(), z.number()]),
  private: z.boolean().nullish(),
  created_at: chatwootTime,
  sender: ChatwootSender.nullish(),
  /** The API's `Contact` / `User` / `AgentBot`, when `sender` is absent. */
  sender_type: z.string().nullish(),
  sender_id: chatwootId.nullish(),
  conversation: ChatwootConversation.nullish(),
})

export type ChatwootConversation = z.infer<typeof ChatwootConversation>
export type ChatwootMessage = z.infer<typeof ChatwootMessage>

/** Parses `value` with `schema`, or throws `VendorPayloadError` naming the problems and where they are. */
export function parseChatwoot<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new VendorPayloadError(`chatwoot: ${what}: ${z.prettifyError(result.error).replace(/\s*\n\s*/g, ' ').slice(0, 300)}`)
  return result.data
}
