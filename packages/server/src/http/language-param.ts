/** The `language` query parameter: a language code a reading can carry. */
import type { Context } from 'hono'
import { ProblemError } from '../problem.js'
import { textParam } from './strict-query.js'

// Intl knows every ISO 639 code by name; `fallback: 'none'` makes it say so for one it does not.
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })

/**
 * A reading's language, as the reader writes it: a lowercase ISO 639 code ("de", "pt") or "und"
 * (no words to tell by). Absent or empty is no filter; anything else, "xx" or "German", or the
 * parameter given twice, is a 400 naming it, so a typo does not answer an empty queue that looks
 * like a quiet one.
 */
export function languageParam(c: Context, name = 'language'): string | undefined {
  const raw = textParam(c, name, 100)
  if (raw === undefined) return undefined
  if (raw === 'und') return raw
  let known = false
  try {
    known = /^[a-z]{2,3}$/.test(raw) && names.of(raw) !== undefined
  } catch {
    known = false
  }
  if (!known) throw new ProblemError('UT_E_VALIDATION', `"${name}" must be a language code such as "en" or "de", or "und"`, [{ path: name, message: 'not a known language code' }])
  return raw
}
