import { randomUUID } from 'node:crypto'
import { EMOTIONS } from '@undertone/engine'
import type { Database } from '@undertone/storage'
import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { ProblemError } from '../problem.js'
import { issuesOf } from '../schemas.js'

const CorrectionSchema = z
  .object({
    message_id: z.string().min(1).max(100),
    reviewer: z.string().min(1).max(200),
    label: z.enum(['negative', 'neutral', 'positive']).optional(),
    emotions: z.partialRecord(z.enum(EMOTIONS), z.number().min(0).max(1)).optional(),
    cues: z.array(z.object({ kind: z.string().max(50), start: z.number().int().min(0), end: z.number().int().min(0), correct: z.boolean() }).strict()).max(50).optional(),
  })
  .strict()
  .refine((v) => v.label !== undefined || v.emotions !== undefined || v.cues !== undefined, { message: 'give a label, emotions or cues' })
  .openapi('Correction')

/** The review queue (readings the reader was unsure of) and corrections from people. */
export function registerReviewRoutes(app: OpenAPIHono<{ Variables: { workspaceId: string; keyId: string } }>, db: Kysely<Database>, clock: () => number, readBody: (c: Context) => Promise<unknown>): void {
  app.openAPIRegistry.registerPath({ method: 'get', path: '/v1/review', summary: 'Readings that need a person: low confidence or conflicting cues, not yet corrected', security: [{ bearer: [] }], responses: { 200: { description: 'The review queue' } } })
  app.get('/v1/review', async (c) => {
    const workspaceId = c.get('workspaceId')
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit') ?? 50) || 50))
    const rows = await db
      .selectFrom('readings as r')
      .innerJoin('messages as m', 'm.id', 'r.message_id')
      .leftJoin('corrections as k', 'k.message_id', 'r.message_id')
      .select(['r.message_id', 'r.conversation_id', 'r.label', 'r.score', 'r.confidence', 'r.emotions', 'r.cues', 'm.text', 'm.created_at'])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.needs_review', '=', 1)
      .where('k.id', 'is', null)
      .orderBy('m.created_at', 'desc')
      .limit(limit)
      .execute()
    return c.json({
      items: rows.map((r) => ({ message_id: r.message_id, conversation_id: r.conversation_id, text: r.text, created_at: r.created_at, label: r.label, score: r.score, confidence: r.confidence, emotions: JSON.parse(r.emotions) as unknown, cues: JSON.parse(r.cues) as unknown })),
    })
  })

  app.openAPIRegistry.registerPath({ method: 'post', path: '/v1/corrections', summary: 'Correct or confirm a reading (sentiment, emotions, cues)', security: [{ bearer: [] }], request: { body: { content: { 'application/json': { schema: CorrectionSchema } } } }, responses: { 201: { description: 'Stored' }, 400: { description: 'A problem document' }, 404: { description: 'A problem document' } } })
  app.post('/v1/corrections', async (c) => {
    const workspaceId = c.get('workspaceId')
    const parsed = CorrectionSchema.safeParse(await readBody(c))
    if (!parsed.success) throw new ProblemError('UT_E_VALIDATION', 'the correction is not valid', issuesOf(parsed.error))
    const k = parsed.data
    const msg = await db.selectFrom('messages').select('id').where('workspace_id', '=', workspaceId).where('id', '=', k.message_id).executeTakeFirst()
    if (msg === undefined) throw new ProblemError('UT_E_NOT_FOUND', `no message ${k.message_id} in this workspace`)
    const id = randomUUID()
    const now = clock()
    await db
      .insertInto('corrections')
      .values({ id, workspace_id: workspaceId, message_id: k.message_id, reviewer: k.reviewer, label: k.label ?? null, emotions: k.emotions === undefined ? null : JSON.stringify(k.emotions), cues: k.cues === undefined ? null : JSON.stringify(k.cues), created_at: now })
      .execute()
    return c.json({ id, message_id: k.message_id, reviewer: k.reviewer, label: k.label ?? null, created_at: now }, 201)
  })

  app.get('/v1/corrections', async (c) => {
    const workspaceId = c.get('workspaceId')
    let q = db.selectFrom('corrections').selectAll().where('workspace_id', '=', workspaceId)
    const messageId = c.req.query('message_id')
    if (messageId !== undefined) q = q.where('message_id', '=', messageId)
    const rows = await q.orderBy('created_at', 'desc').limit(500).execute()
    return c.json({ corrections: rows.map((r) => ({ id: r.id, message_id: r.message_id, reviewer: r.reviewer, label: r.label, emotions: r.emotions === null ? null : (JSON.parse(r.emotions) as unknown), cues: r.cues === null ? null : (JSON.parse(r.cues) as unknown), created_at: r.created_at })) })
  })
}
