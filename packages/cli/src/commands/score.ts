import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import type { ReadContext, Reader } from '@undertone/engine'
import { csvRecords } from '@undertone/server'
import { createProgress } from '../io/progress.js'
import { openSource, readLines } from '../io/read-lines.js'
import { readingToJson } from '../io/reading-json.js'

/** Options of `undertone score`. */
export interface ScoreOptions {
  readonly in?: string
  readonly out?: string
  readonly domain?: string
  readonly format: 'jsonl' | 'csv'
  readonly textField: string
  readonly idField?: string
  /** Also score the 28-label GoEmotions taxonomy. */
  readonly taxonomy?: 'goemotions'
}

interface Row {
  readonly line: number
  readonly id?: unknown
  readonly text?: string
  readonly context?: ReadContext
  readonly error?: { code: string; message: string }
}

function parseJsonRow(line: number, raw: string, textField: string): Row {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (err) {
    return { line, error: { code: 'UT_E_BAD_JSON', message: `line ${line}: not valid JSON (${(err as Error).message})` } }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, error: { code: 'UT_E_BAD_ROW', message: `line ${line}: expected a JSON object` } }
  }
  const obj = value as Record<string, unknown>
  const id = obj.id
  const text = obj[textField]
  if (typeof text !== 'string') {
    return { line, id, error: { code: 'UT_E_BAD_TEXT', message: `line ${line}: "${textField}" must be a string, got ${text === undefined ? 'nothing' : typeof text}` } }
  }
  const ctx = obj.context
  if (ctx !== undefined && (ctx === null || typeof ctx !== 'object' || Array.isArray(ctx))) {
    return { line, id, error: { code: 'UT_E_BAD_CONTEXT', message: `line ${line}: "context" must be an object` } }
  }
  return ctx === undefined ? { line, id, text } : { line, id, text, context: ctx as ReadContext }
}

async function* jsonlRows(path: string | undefined, textField: string, progress: (bytes: number) => void): AsyncGenerator<Row> {
  const source = await openSource(path)
  for await (const { line, text } of readLines(source)) {
    progress(source.bytesRead())
    if (text.trim().length === 0) continue
    yield parseJsonRow(line, text, textField)
  }
}

async function* csvRows(path: string | undefined, textField: string, idField: string | undefined, progress: (bytes: number) => void): AsyncGenerator<Row> {
  const source = await openSource(path)
  let header: string[] | undefined
  let textAt = -1
  let idAt = -1
  const chunks = (async function* () {
    for await (const chunk of source.stream) {
      progress(source.bytesRead())
      yield chunk as string
    }
  })()
  for await (const rec of csvRecords(chunks)) {
    if (header === undefined) {
      header = rec.fields.map((f) => f.replace(/^\ufeff/, '').trim())
      textAt = header.indexOf(textField)
      idAt = header.indexOf(idField ?? 'id')
      if (textAt < 0) throw new ScoreInputError(`CSV header has no column "${textField}" (columns: ${header.join(', ')})`)
      continue
    }
    if (rec.fields.length === 1 && rec.fields[0] === '') continue
    const text = rec.fields[textAt]
    const id = idAt >= 0 ? rec.fields[idAt] : undefined
    if (text === undefined) {
      yield { line: rec.line, id, error: { code: 'UT_E_BAD_ROW', message: `line ${rec.line}: ${rec.fields.length} fields, no "${textField}" column` } }
      continue
    }
    yield { line: rec.line, id, text }
  }
}

/** Input that cannot be read at all (as opposed to one bad line). */
export class ScoreInputError extends Error {
  readonly code = 'UT_E_INPUT'
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once('drain', resolve))
}

/**
 * Reads every row and writes one JSON line per row, in input order. Returns the number of rows
 * that failed; each failure is an output line with an `error`, and scoring goes on.
 */
export async function runScore(reader: Reader, opts: ScoreOptions): Promise<{ ok: number; failed: number }> {
  const out: Writable = opts.out === undefined || opts.out === '-' ? process.stdout : createWriteStream(opts.out)
  const showProgress = process.stderr.isTTY === true && !(opts.out === undefined && process.stdout.isTTY === true)
  let total: number | undefined
  if (opts.in !== undefined && opts.in !== '-') total = (await import('node:fs')).statSync(opts.in).size
  const progress = createProgress(total, showProgress)
  let bytes = 0
  const onBytes = (b: number): void => {
    bytes = b
  }
  const rows = opts.format === 'csv' ? csvRows(opts.in, opts.textField, opts.idField, onBytes) : jsonlRows(opts.in, opts.textField, onBytes)
  let ok = 0
  let failed = 0
  let n = 0
  try {
    for await (const row of rows) {
      n++
      const id = row.id ?? row.line
      if (row.error !== undefined || row.text === undefined) {
        failed++
        await write(out, `${JSON.stringify({ id, line: row.line, error: row.error })}\n`)
        continue
      }
      const base: ReadContext = opts.domain !== undefined && row.context?.domain === undefined ? { ...row.context, domain: opts.domain } : (row.context ?? {})
      const context: ReadContext = opts.taxonomy === undefined ? base : { ...base, taxonomy: opts.taxonomy }
      try {
        const reading = reader.read(row.text, context)
        await write(out, `${JSON.stringify({ id, line: row.line, ...readingToJson(reading) })}\n`)
        ok++
      } catch (err) {
        failed++
        await write(out, `${JSON.stringify({ id, line: row.line, error: { code: 'UT_E_READ_FAILED', message: (err as Error).message } })}\n`)
      }
      if (n % 256 === 0) progress.update(bytes, n)
    }
  } finally {
    progress.update(bytes, n)
    progress.stop()
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve))
  }
  return { ok, failed }
}
