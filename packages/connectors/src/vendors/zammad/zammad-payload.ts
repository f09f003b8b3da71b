/**
 * The Zammad payload shapes the adapter reads, checked once with zod: the ticket and article of a
 * trigger webhook's default payload, which are also what the REST API answers with `expand=true`.
 * Associations come as names (`"state": "open"`) or, in some builds and custom payloads, as objects
 * with a `name`; both are read.
 */
import { z } from 'zod'
import { VendorPayloadError } from '../../connector-errors.js'

/** Zammad ids are integers in JSON; a custom payload built from `#{ticket.id}` sends strings. */
const zammadId = z.union([z.string().trim().min(1).max(256), z.number().int().nonnegative()]).transform(String)

/** An association as its name, or as an object with a `name`. */
const zammadName = z
  .union([z.string(), z.object({ name: z.string() })])
  .transform((value) => (typeof value === 'string' ? value : value.name).trim())

/** `internal` as JSON's boolean, or as the text a custom payload's `#{article.internal}` renders. */
const zammadBoolean = z.union([z.boolean(), z.string().trim().toLowerCase().pipe(z.enum(['true', 'false']))]).transform((value) => value === true || value === 'true')

/** A user as an id, or as the object the webhook embeds (`customer`, `created_by`); a login string says no id. */
const zammadUser = z.union([z.object({ id: zammadId.optional() }), z.string(), z.number()])

export const ZammadTicket = z.object({
  id: zammadId,
  state: zammadName.nullish(),
  priority: zammadName.nullish(),
  customer_id: zammadId.nullish(),
  customer: zammadUser.nullish(),
  create_article_type: zammadName.nullish(),
  tags: z.array(z.string()).nullish(),
  updated_by_id: zammadId.nullish(),
  updated_at: z.string().nullish(),
})

export const ZammadArticle = z.object({
  id: zammadId,
  body: z.string().nullish(),
  content_type: z.string().nullish(),
  sender: zammadName.nullish(),
  /** Zammad's seeded senders: 1 Agent, 2 Customer, 3 System (what the API sends without `expand`). */
  sender_id: zammadId.nullish(),
  type: zammadName.nullish(),
  internal: zammadBoolean.nullish(),
  created_at: z.string().refine((value) => Number.isFinite(Date.parse(value)), { message: 'not a time' }),
  created_by_id: zammadId.nullish(),
  created_by: zammadUser.nullish(),
})

export type ZammadTicket = z.infer<typeof ZammadTicket>
export type ZammadArticle = z.infer<typeof ZammadArticle>

/** Parses `value` with `schema`, or throws `VendorPayloadError` naming the problems and where they are. */
export function parseZammad<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new VendorPayloadError(`zammad: ${what}: ${z.prettifyError(result.error).replace(/\s*\n\s*/g, ' ').slice(0, 300)}`)
  return result.data
}

/** The id of a user given as an id or an embedded user object. */
export function userIdOf(id: string | null | undefined, user: { id?: string | undefined } | string | number | null | undefined): string | undefined {
  if (id) return id
  return typeof user === 'object' && user !== null ? user.id : undefined
}
