/** One parsed CSV record and the 1-based line on which it started. */
export interface CsvRecord {
  readonly fields: string[]
  readonly line: number
}

/**
 * Streams RFC 4180 records from text chunks: quoted fields may hold commas, doubled quotes and
 * line breaks. Memory is bounded by the longest record, not the file.
 */
export async function* csvRecords(chunks: AsyncIterable<string>, maxRecordChars = 4 * 1024 * 1024): AsyncGenerator<CsvRecord> {
  let field = ''
  let fields: string[] = []
  let inQuotes = false
  let quoteSeen = false
  let line = 1
  let recordLine = 1
  let size = 0
  let pendingCR = false
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string
      if (pendingCR) {
        pendingCR = false
        if (c === '\n') continue
      }
      if (inQuotes) {
        if (c === '"') {
          if (chunk[i + 1] === '"') {
            field += '"'
            i++
          } else if (i + 1 === chunk.length) {
            // A quote at a chunk edge: decide on the next chunk's first char.
            inQuotes = false
            quoteSeen = true
          } else inQuotes = false
        } else {
          if (c === '\n') line++
          field += c
        }
        continue
      }
      if (quoteSeen && c === '"') {
        // The quote ending the previous chunk was the first of an escaped pair.
        field += '"'
        inQuotes = true
        quoteSeen = false
        continue
      }
      quoteSeen = false
      if (c === '"' && field.length === 0) inQuotes = true
      else if (c === ',') {
        fields.push(field)
        field = ''
      } else if (c === '\n' || c === '\r') {
        fields.push(field)
        yield { fields, line: recordLine }
        fields = []
        field = ''
        line++
        recordLine = line
        size = 0
        if (c === '\r') pendingCR = true
      } else field += c
      size++
      if (size > maxRecordChars) throw new Error(`CSV record starting on line ${recordLine} is longer than ${maxRecordChars} characters`)
    }
  }
  if (field.length > 0 || fields.length > 0) {
    fields.push(field)
    yield { fields, line: recordLine }
  }
}
