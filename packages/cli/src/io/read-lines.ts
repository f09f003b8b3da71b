import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

/** A text source with its size when known (for progress), read as UTF-8 with replacement of invalid bytes. */
export interface TextSource {
  readonly stream: Readable
  readonly size: number | undefined
  /** Bytes consumed so far. */
  bytesRead(): number
}

/** Opens a file, or standard input for `undefined` or "-". */
export async function openSource(path: string | undefined): Promise<TextSource> {
  if (path === undefined || path === '-') {
    process.stdin.setEncoding('utf8')
    return { stream: process.stdin, size: undefined, bytesRead: () => 0 }
  }
  const { size } = await stat(path)
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 })
  return { stream, size, bytesRead: () => stream.bytesRead }
}

/** Lines of a source, 1-based, without their line endings. */
export async function* readLines(source: TextSource): AsyncGenerator<{ line: number; text: string }> {
  const rl = createInterface({ input: source.stream, crlfDelay: Number.POSITIVE_INFINITY })
  let line = 0
  for await (const text of rl) {
    line++
    yield { line, text }
  }
}
