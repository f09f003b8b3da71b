import { createReader } from '@undertone/engine'
import { type ReadItem, profileReaders } from './batch-reader.js'

// One reader per worker thread, created when the thread starts (plus one per workspace profile in use).
const readerFor = profileReaders(createReader())

/** The task a pool thread runs: read a chunk of messages. */
export default function readChunk(items: readonly ReadItem[]) {
  return items.map((i) => readerFor(i.profile).read(i.text, i.context))
}
