import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { fileError } from '../cli-error.js'

/** Where a command writes its lines: standard output or a file, with back-pressure and errors surfaced. */
export interface Sink {
  /** Resolves when the text is accepted; rejects if the destination failed. */
  write(text: string): Promise<void>
  /** Flushes and closes a file (standard output stays open). */
  close(): Promise<void>
}

/**
 * Standard output for `undefined` or "-", else the file, created or truncated. The file is opened
 * before any work starts, so a path that cannot be written fails at once with a message naming it.
 */
export async function openSink(path: string | undefined): Promise<Sink> {
  // Standard output's errors (a closed pipe) are the binary's to handle, once for the process.
  if (path === undefined || path === '-') return sinkOf(process.stdout, 'standard output', false)
  const stream = createWriteStream(path)
  try {
    await once(stream, 'open')
  } catch (err) {
    throw fileError(err, path, 'write')
  }
  return sinkOf(stream, path, true)
}

function sinkOf(stream: Writable, name: string, owned: boolean): Sink {
  // A write error (a full disk) arrives as an event; kept here, it fails the next write or close.
  let failure: unknown
  if (owned) {
    stream.on('error', (err) => {
      failure ??= err
    })
  }
  const check = (): void => {
    if (failure !== undefined) throw fileError(failure, name, 'write')
  }
  return {
    write: async (text) => {
      check()
      if (!stream.write(text)) await once(stream, 'drain').catch((err: unknown) => Promise.reject(fileError(err, name, 'write')))
      check()
    },
    close: async () => {
      if (owned) await new Promise<void>((resolve) => stream.end(resolve))
      check()
    },
  }
}
