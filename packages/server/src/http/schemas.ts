import { z } from '@hono/zod-openapi'
import { EMOTIONS } from '@undertone/engine'

/** One message in the canonical model, as `POST /v1/messages` takes it. Unknown fields are refused. */
export const MessageSchema = z
  .object({
    external_id: z.string().min(1).max(256).openapi({ example: 'msg-1001' }),
    conversation_id: z.string().min(1).max(256).openapi({ example: 'ticket-42' }),
    customer_id: z.string().min(1).max(256).openapi({ example: 'cust-7' }),
    role: z.enum(['customer', 'agent', 'bot', 'system']),
    text: z.string().max(100_000),
    created_at: z.iso.datetime({ offset: true }).openapi({ example: '2026-03-02T09:00:00Z', description: 'When the message was written; at most UNDERTONE_CLOCK_SKEW_SECONDS (default 300) after the server’s clock' }),
    source: z.string().min(1).max(64).optional().openapi({ description: 'Origin system; default "api". Dedupe key is (workspace, source, external_id).' }),
    channel: z.string().max(64).optional(),
    agent_id: z.string().max(256).optional(),
    product_area: z.string().max(256).optional(),
    tags: z.array(z.string().max(100)).max(50).optional(),
    internal: z.boolean().optional(),
    status: z.enum(['open', 'pending', 'resolved', 'closed']).optional().openapi({ description: "The conversation's status as of this message" }),
    customer: z
      .object({ segment: z.string().max(100).optional(), plan: z.string().max(100).optional(), value: z.number().finite().nonnegative().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('Message')

export const MessageBatchSchema = z.object({ messages: z.array(MessageSchema).min(1).max(1000) }).strict().openapi('MessageBatch')

export const ScoreRequestSchema = z
  .object({
    text: z.string().max(100_000).optional(),
    texts: z.array(z.string().max(100_000)).min(1).max(100).optional(),
    context: z
      .object({ domain: z.string().max(64).optional(), previous: z.array(z.string().max(100_000)).max(20).optional(), locale: z.string().max(35).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((v) => (v.text === undefined) !== (v.texts === undefined), { message: 'give exactly one of "text" or "texts"' })
  .openapi('ScoreRequest')

export const ProblemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string(), code: z.string(), instance: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() })
  .openapi('Problem')

/** Turns zod issues into `{path, message}` pairs for the problem document. */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 50).map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }))
}

/** A problem document (RFC 9457) with its `code` and, for invalid input, its `errors`. */
export type Problem = z.infer<typeof ProblemSchema>

/** A domain term as answered: a word or phrase and how it reads in this workspace (the team's own, learned, or built in). */
export const DomainTermSchema = z
  .object({
    pattern: z.string(),
    polarity: z.number(),
    emotions: z.partialRecord(z.enum(EMOTIONS), z.number()).optional().openapi({ description: 'Emotion name → nudge' }),
    source: z.enum(['builtin', 'workspace', 'learned']).optional(),
    note: z.string().optional(),
  })
  .openapi('DomainTerm')
