import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Database } from '@undertone/storage'
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import { learningAccuracy } from '../../app/learning/learning-accuracy.js'
import { ProblemError } from '../../problem.js'
import { bearer, jsonAnswer, problems, queryParam } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { toWire } from '../wire.js'

const IntervalSchema = z.tuple([z.number(), z.number()]).nullable().openapi({ description: '95% interval: [low, high]; null without a figure' })
const AccuracyWindowSchema = z
  .object({
    start: z.number(),
    end: z.number().openapi({ description: 'Never after `to`: the last window ends at now when it is still running' }),
    partial: z.boolean().openapi({ description: 'True for the running window, cut at now ("so far")' }),
    n: z.number().openapi({ description: 'Reviewed labels in the window' }),
    too_few_labels: z.boolean().openapi({ description: 'True when `n` is under `min_labels`: accuracy, macro-F1 and their intervals are null' }),
    accuracy: z.number().nullable(),
    accuracy_ci: IntervalSchema,
    macro_f1: z.number().nullable(),
    macro_f1_ci: IntervalSchema,
    per_label: z.array(z.object({ label: z.string(), n: z.number(), recall: z.number().nullable().openapi({ description: 'Null under `min_labels` labels of this label' }), ci: IntervalSchema, too_few_labels: z.boolean() })),
  })
  .openapi('AccuracyWindow')
const AccuracySchema = z
  .object({
    from: z.number(),
    to: z.number().openapi({ description: 'Now: no window ends after it' }),
    step_days: z.number(),
    window_days: z.number(),
    min_labels: z.number().openapi({ description: 'The fewest reviewed labels a rate is given from (below it the 95% interval can be wider than 40 points)' }),
    labels: z.number().openapi({ description: 'Reviewed labels since `from`' }),
    windows: z.array(AccuracyWindowSchema),
    versions: z.array(z.object({ id: z.string(), number: z.number(), status: z.string(), promoted_at: z.number().nullable(), retired_at: z.number().nullable() })).openapi({ description: 'Model versions promoted meanwhile' }),
  })
  .openapi('AccuracyOverTime')

const route = createRoute({
  method: 'get',
  path: '/v1/learning/accuracy',
  summary: 'Rolling accuracy and macro-F1 against reviewed labels, with 95% intervals and counts, per window and label (?days=90&step=7&window=28&source=review|all); the last window ends at now, and a window with fewer than min_labels labels has no figure',
  security: bearer,
  request: { query: z.object({ days: queryParam('1 to 730 (default 90)'), step: queryParam('1 to 90 days (default 7)'), window: queryParam('1 to 365 days (default 28)'), source: queryParam('review (leave imports out) or all (default)') }) },
  responses: { 200: jsonAnswer(AccuracySchema, 'Accuracy over time'), ...problems(400) },
})

/** A whole-number query parameter from `lo` to `hi`; anything else is a 400 (not clamped, unlike `intParam`). */
function wholeNumber(c: Context, k: string, d: number, lo: number, hi: number): number {
  const v = Number(c.req.query(k) ?? d)
  if (!Number.isInteger(v) || v < lo || v > hi) throw new ProblemError('UT_E_VALIDATION', `${k} must be an integer from ${lo} to ${hi}`)
  return v
}

/** `GET /v1/learning/accuracy`. */
export function learningAccuracyRoutes(db: Kysely<Database>, clock: () => number) {
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, async (c) => {
    const days = wholeNumber(c, 'days', 90, 1, 730)
    const step = wholeNumber(c, 'step', 7, 1, 90)
    const window = wholeNumber(c, 'window', 28, 1, 365)
    const onlyReviews = (c.req.query('source') ?? 'all') === 'review'
    return c.json(toWire(await learningAccuracy(db, c.get('workspaceId'), clock(), { days, step, window, onlyReviews })), 200)
  })
}
