import type { MiddlewareHandler } from 'hono'
import { problem } from '../../problem.js'
import { findUnsafeString } from '../../unsafe-string.js'

/** A path or query with a NUL or a lone surrogate answers 400 before any handler can send it to SQL. */
export const safeRequest: MiddlewareHandler = async (c, next) => {
  let path = c.req.path
  try {
    path = decodeURIComponent(path)
  } catch {
    // Hono has decoded what it could; a stray "%" is no danger.
  }
  const unsafe = findUnsafeString({ '(path)': path, ...c.req.queries() })
  if (unsafe !== undefined) return problem(c, 'UT_E_VALIDATION', `"${unsafe.path}" ${unsafe.message}`, [unsafe])
  await next()
}
