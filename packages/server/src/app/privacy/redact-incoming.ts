import type { Redactor } from '@undertone/analysis'
import type { IncomingMessage } from '@undertone/storage'

/** A batch of incoming messages with their texts redacted, as storage is to take them. */
export function redactIncoming(batch: readonly IncomingMessage[], redact: Redactor): IncomingMessage[] {
  return batch.map((m) => {
    const text = redact(m.text).text
    return text === m.text ? m : { ...m, text }
  })
}
