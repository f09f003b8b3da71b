import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { CliError, fileError } from '../cli-error.js'

/** A text source with its size when known (for progress), read as UTF-8 with replacement of invalid bytes. */
export interface TextSource {
  readonly stream: Readable
  readonly size: number | undefined
  /** Bytes consumed so far. */
  bytesRead(): number
}

/**
 * Opens a file, or standard input for `undefined` or "-". A file that is missing, unreadable or a
 * folder fails here with a {@link CliError} naming it, before any work starts.
 */
export async function openSource(path: string | undefined): Promise<TextSource> {
  if (path === undefined || path === '-') {
    process.stdin.setEncoding('utf8')
    return { stream: process.stdin, size: undefined, bytesRead: () => 0 }
  }
  const handle = await open(path, 'r').catch((err: unknown) => {
    throw fileError(err, path, 'read')
  })
  const info = await handle.stat()
  // Opening a folder succeeds on Linux; reading it is what fails, later and less clearly.
  if (info.isDirectory()) {
    await handle.close()
    throw new CliError('UT_E_INPUT_UNREADABLE', `cannot read ${path}: it is a folder, not a file`)
  }
  const stream = handle.createReadStream({ encoding: 'utf8', highWaterMark: 256 * 1024 })
  return { stream, size: info.size, bytesRead: () => stream.bytesRead }
}

/** Checks that `path` can be opened for reading, so that a command can refuse before it changes anything. */
export async function checkReadable(path: string): Promise<void> {
  const source = await openSource(path)
  source.stream.destroy()
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
