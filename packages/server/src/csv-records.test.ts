import { describe, expect, it } from 'vitest'
import { csvRecords } from './csv-records.js'

async function collect(chunks: string[]): Promise<{ fields: string[]; line: number }[]> {
  const out: { fields: string[]; line: number }[] = []
  async function* gen(): AsyncGenerator<string> {
    for (const c of chunks) yield c
  }
  for await (const r of csvRecords(gen())) out.push(r)
  return out
}

describe('csvRecords', () => {
  it('parses quoted fields with commas, escaped quotes and line breaks', async () => {
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

  it('keeps a last record without a trailing newline', async () => {
    expect(await collect(['a\nb'])).toEqual([
      { fields: ['a'], line: 1 },
      { fields: ['b'], line: 2 },
    ])
  })
})
