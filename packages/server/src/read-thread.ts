import { createReader } from '@undertone/engine'
import type { ReadItem } from './batch-reader.js'

// One reader per worker thread, created when the thread starts.
const reader = createReader()

/** The task a pool thread runs: read a chunk of messages. */
export default function readChunk(items: readonly ReadItem[]) {
  return items.map((i) => reader.read(i.text, i.context))
}
