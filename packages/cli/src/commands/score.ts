import type { ReadContext, Reader } from '@undertone/engine'
import { csvRows } from '@undertone/server'
import { CliError } from '../cli-error.js'
import { openSink } from '../io/open-sink.js'
import { createProgress } from '../io/progress.js'
import { type TextSource, openSource, readLines } from '../io/read-lines.js'
import { readingToJson } from '../io/reading-json.js'
import { checkDomain, unknownDomain } from './check-domain.js'

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

function parseJsonRow(line: number, raw: string, textField: string, domains: readonly string[]): Row {
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
  const domain = (ctx as { domain?: unknown } | undefined)?.domain
  if (domain !== undefined && (typeof domain !== 'string' || !domains.includes(domain))) {
    return { line, id, error: { code: 'UT_E_UNKNOWN_DOMAIN', message: `line ${line}: "context.domain": ${unknownDomain(String(domain), domains)}` } }
  }
  return ctx === undefined ? { line, id, text } : { line, id, text, context: ctx as ReadContext }
}

async function* jsonlRows(source: TextSource, textField: string, domains: readonly string[], progress: (bytes: number) => void): AsyncGenerator<Row> {
  for await (const { line, text } of readLines(source)) {
    progress(source.bytesRead())
    if (text.trim().length === 0) continue
    yield parseJsonRow(line, text, textField, domains)
  }
}

async function* csvTextRows(source: TextSource, textField: string, idField: string | undefined, progress: (bytes: number) => void): AsyncGenerator<Row> {
  let header: string[] | undefined
  let textAt = -1
  let idAt = -1
  const chunks = (async function* () {
    for await (const chunk of source.stream) {
      progress(source.bytesRead())
      yield chunk as string
    }
  })()
  for await (const rec of csvRows(chunks)) {
    if ('error' in rec) {
      if (header === undefined) throw new CliError('UT_E_INPUT', `the CSV header cannot be read: ${rec.error.message}`)
      yield rec
      continue
    }
    if (header === undefined) {
      header = rec.fields.map((f) => f.trim())
      textAt = header.indexOf(textField)
      idAt = header.indexOf(idField ?? 'id')
      if (textAt < 0) throw new CliError('UT_E_INPUT', `CSV header has no column "${textField}" (columns: ${header.join(', ')})`)
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

/**
 * Reads every row and writes one JSON line per row, in input order. Returns the number of rows
 * that failed; each failure is an output line with an `error`, and scoring goes on. Input that
 * cannot be read at all (a missing file, an unknown `--domain`, a CSV header without the text
 * column) throws a {@link CliError} before anything is written.
 */
export async function runScore(reader: Reader, opts: ScoreOptions): Promise<{ ok: number; failed: number }> {
  checkDomain(reader, opts.domain)
  const source = await openSource(opts.in)
  const out = await openSink(opts.out)
  const showProgress = process.stderr.isTTY === true && !(opts.out === undefined && process.stdout.isTTY === true)
  const progress = createProgress(source.size, showProgress)
  let bytes = 0
  const onBytes = (b: number): void => {
    bytes = b
  }
  const rows = opts.format === 'csv' ? csvTextRows(source, opts.textField, opts.idField, onBytes) : jsonlRows(source, opts.textField, reader.domains, onBytes)
  let ok = 0
  let failed = 0
  let n = 0
  try {
    for await (const row of rows) {
      n++
      const id = row.id ?? row.line
      if (row.error !== undefined || row.text === undefined) {
        failed++
        await out.write(`${JSON.stringify({ id, line: row.line, error: row.error })}\n`)
        continue
      }
      const base: ReadContext = opts.domain !== undefined && row.context?.domain === undefined ? { ...row.context, domain: opts.domain } : (row.context ?? {})
      const context: ReadContext = opts.taxonomy === undefined ? base : { ...base, taxonomy: opts.taxonomy }
      try {
        const reading = reader.read(row.text, context)
        await out.write(`${JSON.stringify({ id, line: row.line, ...readingToJson(reading) })}\n`)
        ok++
      } catch (err) {
        failed++
        await out.write(`${JSON.stringify({ id, line: row.line, error: { code: 'UT_E_READ_FAILED', message: (err as Error).message } })}\n`)
      }
      if (n % 256 === 0) progress.update(bytes, n)
    }
  } finally {
    progress.update(bytes, n)
    progress.stop()
    await out.close()
  }
  return { ok, failed }
}
