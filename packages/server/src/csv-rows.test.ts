import { describe, expect, it } from 'vitest'
import { type CsvRecord, type CsvRecordError, csvRows } from './csv-rows.js'

async function collect(chunks: string[]): Promise<(CsvRecord | CsvRecordError)[]> {
  const out: (CsvRecord | CsvRecordError)[] = []
  async function* gen(): AsyncGenerator<string> {
    for (const c of chunks) yield c
  }
  for await (const r of csvRows(gen())) out.push(r)
  return out
}

describe('csvRows', () => {
  it('parses quoted fields with commas, escaped quotes and line breaks, with the line each record starts on', async () => {
    const rows = await collect(['id,text\n1,"Hello, ""world"""\n2,"two\nlines"\r\n3,plain\n'])
    expect(rows).toEqual([
      { fields: ['id', 'text'], line: 1 },
      { fields: ['1', 'Hello, "world"'], line: 2 },
      { fields: ['2', 'two\nlines'], line: 3 },
      { fields: ['3', 'plain'], line: 5 },
    ])
  })

  it('gives the same records however the input is chunked', async () => {
    const text = 'a,b\n"x ""y""",z\n"p\nq",r'
    const whole = await collect([text])
    for (let cut = 1; cut < text.length; cut++) {
      expect(await collect([text.slice(0, cut), text.slice(cut)])).toEqual(whole)
    }
  })

  it('reports a quote that is never closed at its line and keeps the records after it', async () => {
    const rows = await collect(['text,label\n"the export is broken,negative\nall good now,positive\n'])
    expect(rows[0]).toEqual({ fields: ['text', 'label'], line: 1 })
    expect(rows[1]).toMatchObject({ line: 2, error: { code: 'UT_E_BAD_CSV' } })
    expect(rows[2]).toEqual({ fields: ['all good now', 'positive'], line: 3 })
  })

  it('reports a stray quote after a closed one instead of gluing the text together', async () => {
    const rows = await collect(['a,b\n"bad"x,1\nok,2\n'])
    expect(rows[1]).toMatchObject({ line: 2, error: { code: 'UT_E_BAD_CSV' } })
    expect(rows[2]).toEqual({ fields: ['ok', '2'], line: 3 })
  })
})
