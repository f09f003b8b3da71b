import type { BatchReader, ReadItem } from './batch-reader.js'
import { ProblemError } from './problem.js'

/** The bytes one item asks the reader to read: its text and its context texts. */
function itemBytes(item: ReadItem): number {
  let n = Buffer.byteLength(item.text)
  for (const p of item.context?.previous ?? []) n += Buffer.byteLength(typeof p === 'string' ? p : p.text)
  return n
}

/**
 * The batch reader one request reads through: at most `textBytes` of text and `timeMs` of time
 * over all its calls, counted from now. More text is refused before anything is read (413
 * UT_E_TOO_LARGE naming the limit); when the time is up the read is dropped, on the pool's
 * threads too (503 UT_E_READ_TIMEOUT). `setting` names the byte limit in the answer. Close it
 * when the request is done (it stops the budget's timer); the pool stays open.
 */
export function requestReader(reader: BatchReader, limits: { readonly textBytes: number; readonly timeMs: number; readonly setting: string }): BatchReader {
  const timeUp = new AbortController()
  const timer = setTimeout(() => timeUp.abort(new ProblemError('UT_E_READ_TIMEOUT', `reading took longer than this API allows one request (${limits.timeMs} ms); send fewer or shorter texts, or try again when it is less busy`)), limits.timeMs)
  // The request may end long before; a pending timer must not keep the process up.
  timer.unref()
  let bytes = 0
  return {
    async readMany(items, options = {}) {
      timeUp.signal.throwIfAborted()
      for (const i of items) bytes += itemBytes(i)
      if (bytes > limits.textBytes) throw new ProblemError('UT_E_TOO_LARGE', `the texts to read come to ${bytes} bytes; one request reads at most ${limits.textBytes} bytes of text (${limits.setting})`)
      return reader.readMany(items, { ...options, signal: options.signal === undefined ? timeUp.signal : AbortSignal.any([timeUp.signal, options.signal]) })
    },
    close: async () => clearTimeout(timer),
  }
}
