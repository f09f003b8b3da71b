import { Readable, pipeline } from 'node:stream'
import { type CsvError, type InfoRecord, type Options, parse } from 'csv-parse'

/** A CSV record (RFC 4180, parsed by csv-parse) with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number
  readonly fields: string[]
}

/** A record csv-parse could not read, with the line it starts on. */
export interface CsvRecordError {
  readonly line: number
  readonly error: { readonly code: 'UT_E_BAD_CSV'; readonly message: string }
}

const REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field starts in this record and is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters (inside quotes, write a quote as "")',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and write the quote as "")',
  CSV_MAX_RECORD_SIZE: 'the record is too long',
}

/** Line breaks in `bytes`: LF, CRLF and a lone CR each end one line. */
function lineBreaks(bytes: Buffer): number {
  let n = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) n++
  }
  return n
}

/** The offset just after the first line break in `bytes`, or undefined when there is none. */
function afterFirstLineBreak(bytes: Buffer): number | undefined {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) return i + 1
    if (bytes[i] === 0x0d) return bytes[i + 1] === 0x0a ? i + 2 : i + 1
  }
  return undefined
}

/**
 * Streams the records of a CSV text. A record csv-parse rejects (a quote never closed, a stray
 * quote) comes out as a {@link CsvRecordError} at the line where the record starts, and reading
 * resumes on the next line with a fresh parser: a broken quote costs its own line, not every
 * record it would otherwise swallow. Memory is bounded by the longest record (`maxRecordChars`).
 */
export async function* csvRows(chunks: AsyncIterable<string | Buffer>, maxRecordChars = 4 * 1024 * 1024): AsyncGenerator<CsvRecord | CsvRecordError> {
  // One iterator for every parser: a parser that stops after an error leaves the rest to the next.
  const source = chunks[Symbol.asyncIterator]()
  let carried: Buffer = Buffer.alloc(0)
  let line = 1
  for (let first = true; ; first = false) {
    // Input given to this parser and not yet part of a record; it starts on `line`.
    let pending: Buffer = carried
    let consumed = 0
    let failure: CsvError | undefined
    // The start line of each record handed over and not yet taken, in order.
    const starts: number[] = []
    const options: Options = {
      bom: first,
      relax_column_count: true,
      // Files pasted together from several tools mix their line ends; take each as it comes.
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: maxRecordChars,
      // Kept going after an error only so that it reports it instead of throwing away the records
      // it has parsed but not yet handed over; what it parses after the error is dropped below.
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        failure ??= err
        return undefined
      },
      on_record: (fields: string[], info: InfoRecord): string[] | undefined => {
        if (failure !== undefined) return undefined
        const own = pending.subarray(0, info.bytes - consumed)
        pending = pending.subarray(own.length)
        consumed = info.bytes
        starts.push(line)
        line += lineBreaks(own)
        return fields
      },
    }
    const parser = parse(options)
    const feed = async function* (): AsyncGenerator<Buffer> {
      if (carried.length > 0) yield carried
      while (failure === undefined) {
        const next = await source.next()
        if (next.done === true) return
        const chunk = bytesOf(next.value)
        pending = Buffer.concat([pending, chunk])
        yield chunk
      }
    }
    // A read error ends the parser with that error, so the loop below throws it.
    pipeline(Readable.from(feed()), parser, () => {})
    for await (const fields of parser) yield { line: starts.shift() as number, fields: fields as string[] }
    if (failure === undefined) return
    // `pending` starts where the broken record starts; what follows its first line is read again.
    let rest: Buffer = pending
    let resume = afterFirstLineBreak(rest)
    while (resume === undefined) {
      const next = await source.next()
      if (next.done === true) break
      rest = bytesOf(next.value)
      resume = afterFirstLineBreak(rest)
    }
    const reason = REASONS[failure.code] ?? failure.message
    yield { line, error: { code: 'UT_E_BAD_CSV', message: `line ${line}: ${reason}${resume === undefined ? '' : `; reading goes on at line ${line + 1}`}` } }
    if (resume === undefined) return
    carried = Buffer.from(rest.subarray(resume))
    line++
  }
}

const bytesOf = (chunk: string | Buffer): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
