import { z } from '@hono/zod-openapi'
import { ProblemError } from '../problem.js'
import { ProblemSchema, issuesOf } from './schemas.js'

/** Every `/v1` operation needs a workspace key. */
export const bearer = [{ bearer: [] as string[] }]

/** A problem document answer (RFC 9457), for the statuses a route may answer with one. */
export const problemAnswer = { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'A problem document' }

/**
 * The problem answers of the given statuses, and of those every `/v1` route may give before its
 * handler runs: 401 (no or a bad key) and 429 (over a rate limit).
 */
export function problems<S extends number>(...statuses: S[]): Record<S | 401 | 429, typeof problemAnswer> {
  return Object.fromEntries([...statuses, 401, 429].map((s) => [s, problemAnswer])) as Record<S | 401 | 429, typeof problemAnswer>
}

/** A JSON answer with its schema. */
export function jsonAnswer<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description }
}

/** A JSON request body with its schema (checked before the handler runs; see `invalid`). */
export function jsonRequest<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true }
}

/**
 * The validation hook of a route: a request its schemas refuse answers 400 UT_E_VALIDATION with
 * `detail` and the issues, path by path.
 */
export function invalid(detail: string) {
  // One parameter only: a typed context parameter here would widen the route's path type in `AppType`.
  return (result: { success: true } | { success: false; error: z.ZodError }): undefined => {
    if (!result.success) throw new ProblemError('UT_E_VALIDATION', detail, issuesOf(result.error))
    return undefined
  }
}

/** A query parameter documented for people and read by the handler itself (`intParam`, `rangeParams`, …), which answers 400 with its own detail. */
export const queryParam = (description: string) =>
  // A repeated parameter arrives as a list; the handler reads its first value, as Hono's `query()` does.
  z.union([z.string(), z.array(z.string())]).optional().openapi({ description })

/** A path id (an id, or an external id where the route says so). */
export const IdParams = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })

/** Why a conversation, customer or reading ranks where it does: one piece of evidence and its weight. */
export const ReasonSchema = z.object({ code: z.string(), weight: z.number(), detail: z.string() }).openapi('Reason')

/** `{ok: true}`. */
export const OkSchema = z.object({ ok: z.literal(true) })
