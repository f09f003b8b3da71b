// Not exported from the package: the conversation-state repository's own cache.

/** Parsed states kept for reuse: about as many as a busy workspace has conversations open. */
const PARSED_KEPT = 2000
const parsed = new Map<string, { json: string; value: unknown }>()

/**
 * A stored state parsed, or the value parsed (or saved) last time when the stored text is the same:
 * comparing the text costs a tenth of parsing it, and the same states are read batch after batch.
 * The text decides, so a state another process changed is parsed afresh. Callers treat the value
 * as read-only (the analysis never changes a state in place).
 */
export function parseState(conversationId: string, json: string | null): unknown {
  if (json === null) return undefined
  const hit = parsed.get(conversationId)
  if (hit !== undefined && hit.json === json) return hit.value
  const value = JSON.parse(json) as unknown
  rememberState(conversationId, json, value)
  return value
}

/** Remembers a state as saved, so the next read of the same text need not parse it. */
export function rememberState(conversationId: string, json: string, value: unknown): void {
  parsed.delete(conversationId)
  parsed.set(conversationId, { json, value })
  if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value as string)
}
