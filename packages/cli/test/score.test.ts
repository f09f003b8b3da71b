import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createReader } from '@undertone/engine'
import { describe, expect, it } from 'vitest'
import { runScore } from '../src/commands/score.js'

const reader = createReader()
const dir = mkdtempSync(join(tmpdir(), 'undertone-score-'))
const lines = (p: string): Record<string, unknown>[] => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))

/** Scores a CSV text (column `text`) and returns the result and the output lines. */
async function scoreCsv(name: string, text: string): Promise<{ res: { ok: number; failed: number }; rows: Record<string, unknown>[] }> {
  const input = join(dir, `${name}.csv`)
  const out = join(dir, `${name}-out.jsonl`)
  writeFileSync(input, text)
  const res = await runScore(reader, { in: input, out, format: 'csv', textField: 'text' })
  return { res, rows: lines(out) }
}

describe('undertone score', () => {
  it('writes one reading per JSONL line, in order, with ids or line numbers', async () => {
    const input = join(dir, 'in.jsonl')
    const out = join(dir, 'out.jsonl')
    writeFileSync(input, [
      JSON.stringify({ id: 'a', text: 'Thanks, that fixed it!' }),
      JSON.stringify({ text: 'Third time asking about this refund.' }),
      '',
      JSON.stringify({ id: 7, text: 'This is sick!', context: { domain: 'gaming' } }),
    ].join('\n'))
    const res = await runScore(reader, { in: input, out, format: 'jsonl', textField: 'text' })
    expect(res).toEqual({ ok: 3, failed: 0 })
    const rows = lines(out)
    expect(rows.map((r) => r.id)).toEqual(['a', 2, 7])
    expect(rows.map((r) => (r.sentiment as { label: string }).label)).toEqual(['positive', 'negative', 'positive'])
    expect(rows[1]?.cues).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'repeat-contact' })]))
  })

  it('reports a bad line with its line number and goes on', async () => {
    const input = join(dir, 'bad.jsonl')
    const out = join(dir, 'bad-out.jsonl')
    writeFileSync(input, ['{"text": "fine"}', '{not json', '{"text": 42}', '[1,2]', '{"text": "still broken", "context": "x"}', '{"text": "ok then"}'].join('\n'))
    const res = await runScore(reader, { in: input, out, format: 'jsonl', textField: 'text' })
    expect(res).toEqual({ ok: 2, failed: 4 })
    const rows = lines(out)
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6])
    expect(rows.map((r) => (r.error as { code?: string } | undefined)?.code)).toEqual([undefined, 'UT_E_BAD_JSON', 'UT_E_BAD_TEXT', 'UT_E_BAD_ROW', 'UT_E_BAD_CONTEXT', undefined])
  })

  it('reads CSV with a chosen text column, quoted commas and newlines', async () => {
    const input = join(dir, 'in.csv')
    const out = join(dir, 'csv-out.jsonl')
    writeFileSync(input, 'ticket,body\nT1,"Still broken, tried that, nothing."\nT2,"Works perfectly now,\nthank you!"\n')
    const res = await runScore(reader, { in: input, out, format: 'csv', textField: 'body', idField: 'ticket' })
    expect(res).toEqual({ ok: 2, failed: 0 })
    expect(lines(out).map((r) => [r.id, (r.sentiment as { label: string }).label])).toEqual([
      ['T1', 'negative'],
      ['T2', 'positive'],
    ])
  })

  it('reports a CSV record whose quote never closes at its line, and scores the lines after it', async () => {
    const { res, rows } = await scoreCsv('unterminated', 'id,text\nT1,"Still broken\nT2,Thanks for the quick fix!\nT3,Works now\n')
    expect(res).toEqual({ ok: 2, failed: 1 })
    expect(rows[0]).toMatchObject({ id: 2, line: 2, error: { code: 'UT_E_BAD_CSV', message: expect.stringMatching(/^line 2: .*never closed/) } })
    expect(rows.slice(1).map((r) => [r.id, r.line])).toEqual([
      ['T2', 3],
      ['T3', 4],
    ])
  })

  it('reports a stray quote at its line, and counts CRLF lines and quoted line breaks once', async () => {
    const { res, rows } = await scoreCsv('stray', '\ufeffid,text\r\nA,"first\r\nsecond"\r\nB,"broken"here\r\nC,fine\r\n')
    expect(res).toEqual({ ok: 2, failed: 1 })
    expect(rows.map((r) => [r.id, r.line, (r.error as { code?: string } | undefined)?.code])).toEqual([
      ['A', 2, undefined],
      [4, 4, 'UT_E_BAD_CSV'],
      ['C', 5, undefined],
    ])
  })

  it('refuses an unknown domain, for the whole input or in a row\'s context', async () => {
    const input = join(dir, 'domains.jsonl')
    const out = join(dir, 'domains-out.jsonl')
    writeFileSync(input, ['{"text":"card declined again","context":{"domain":"banking"}}', '{"text":"card declined again","context":{"domain":"finance"}}'].join('\n'))
    await expect(runScore(reader, { in: input, out, format: 'jsonl', textField: 'text', domain: 'banking' })).rejects.toMatchObject({ code: 'UT_E_UNKNOWN_DOMAIN', message: expect.stringContaining('finance') })
    const res = await runScore(reader, { in: input, out, format: 'jsonl', textField: 'text' })
    expect(res).toEqual({ ok: 1, failed: 1 })
    expect(lines(out)[0]).toMatchObject({ line: 1, error: { code: 'UT_E_UNKNOWN_DOMAIN' } })
  })

  it('refuses a CSV without the text column', async () => {
    const input = join(dir, 'nocol.csv')
    writeFileSync(input, 'a,b\n1,2\n')
    await expect(runScore(reader, { in: input, out: join(dir, 'x.jsonl'), format: 'csv', textField: 'body' })).rejects.toThrow(/no column "body"/)
  })

  it('keeps input order over many lines', async () => {
    const input = join(dir, 'many.jsonl')
    const out = join(dir, 'many-out.jsonl')
    const n = 5000
    writeFileSync(input, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `m${i}`, text: i % 2 === 0 ? 'great, thanks!' : 'this is broken' })).join('\n'))
    await runScore(reader, { in: input, out, format: 'jsonl', textField: 'text' })
    const rows = lines(out)
    expect(rows).toHaveLength(n)
    expect(rows.every((r, i) => r.id === `m${i}`)).toBe(true)
  })
})
