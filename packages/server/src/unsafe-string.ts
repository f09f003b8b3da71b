/** A string the service refuses to store: where it is and why. */
export interface UnsafeString {
  readonly path: string
  readonly message: string
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g')

/**
 * `text` as every store keeps it, for text the service must take rather than refuse (a helpdesk's
 * event): each lone surrogate becomes U+FFFD and NUL characters are dropped.
 */
export function storableString(text: string): string {
  return text.replace(LONE_SURROGATES, '\ufffd').replaceAll('\u0000', '')
}

/**
 * Why `text` cannot be stored, or undefined when it can. PostgreSQL rejects NUL in text columns
 * and SQLite takes it, and a lone surrogate is silently turned into U+FFFD by the UTF-8 encoder
 * (so `n4\udc00` and `n4\ud800` became the same external id); refusing both up front answers
 * the same 400 on every dialect instead of a 500 on one and merged records on the other.
 */
export function unsafeStringReason(text: string): string | undefined {
  const nul = text.indexOf('\u0000')
  if (nul >= 0) return `contains a NUL character at index ${nul}`
  const m = LONE_SURROGATE.exec(text)
  return m === null ? undefined : `contains a lone surrogate (not valid Unicode) at index ${m.index}`
}

/**
 * The first string (object key or value) in a parsed JSON document that cannot be stored, with
 * its path (`messages.3.text`). Walks with an explicit stack: a body nested 100,000 deep must
 * not overflow ours (the body-size limit bounds the walk).
 */
export function findUnsafeString(value: unknown): UnsafeString | undefined {
  const stack: [unknown, string][] = [[value, '']]
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string]
    if (typeof v === 'string') {
      const reason = unsafeStringReason(v)
      if (reason !== undefined) return { path: path === '' ? '(body)' : path, message: reason }
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], path === '' ? String(i) : `${path}.${i}`])
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v)
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i] as [string, unknown]
        const childPath = path === '' ? k : `${path}.${k}`
        const reason = unsafeStringReason(k)
        if (reason !== undefined) return { path: childPath, message: `the field name ${reason}` }
        stack.push([child, childPath])
      }
    }
  }
  return undefined
}
