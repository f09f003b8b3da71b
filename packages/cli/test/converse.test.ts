import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createReader } from '@undertone/engine'
import { describe, expect, it } from 'vitest'
import { runConverse } from '../src/commands/converse.js'

const reader = createReader()
const dir = mkdtempSync(join(tmpdir(), 'undertone-converse-'))
const lines = (p: string): Record<string, unknown>[] => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))

describe('undertone converse', () => {
  it('reads JSONL threads into conversation lines, then customer lines', async () => {
    const input = join(dir, 'threads.jsonl')
    const rows = [
      { conversation_id: 'a1', customer_id: 'u1', role: 'customer', created_at: '2026-08-01T09:00:00Z', text: 'Hi! The calendar sync looks a bit off.' },
      { conversation_id: 'a1', customer_id: 'u1', role: 'agent', created_at: '2026-08-01T09:10:00Z', text: 'Thanks! Please reconnect your calendar.' },
      { conversation_id: 'a2', customer_id: 'u1', role: 'customer', created_at: '2026-08-02T09:00:00Z', text: 'Reconnected it and the sync is still broken.' },
      { conversation_id: 'a3', customer_id: 'u1', role: 'customer', created_at: '2026-08-03T08:00:00Z', text: 'Third time writing in. Fix this today or we cancel our plan.', customer: { value: 50000, plan: 'enterprise' } },
      { conversation_id: 'b1', customer_id: 'u2', role: 'customer', created_at: '2026-08-03T07:00:00Z', text: 'Love the new editor, thanks!' },
    ]
    writeFileSync(input, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n{broken\n`)
    const out = join(dir, 'out.jsonl')
    const res = await runConverse(reader, { in: input, out, format: 'jsonl' })
    expect(res).toEqual({ conversations: 4, customers: 2, failed: 1 })
    const got = lines(out)
    expect(got.map((l) => l.type)).toEqual(['conversation', 'conversation', 'conversation', 'conversation', 'customer', 'customer', 'error'])
    const u1 = got.find((l) => l.type === 'customer' && l.customer_id === 'u1') as Record<string, unknown>
    expect(u1.trend).toBe('deteriorating')
    expect(u1.alert).toBe(true)
    expect(u1.repeatContacts).toBe(3)
    const a3 = got.find((l) => l.conversation_id === 'a3') as { reasons: { code: string }[] }
    expect(a3.reasons.map((r) => r.code)).toContain('churn-threat')
  })

  it('rejects a line whose created_at is not a date, naming the field and the line, as score does', async () => {
    const input = join(dir, 'dates.jsonl')
    writeFileSync(input, [
      JSON.stringify({ conversation_id: 'd1', customer_id: 'u9', role: 'customer', created_at: '2026-08-01T09:00:00Z', text: 'Still broken.' }),
      JSON.stringify({ conversation_id: 'd1', customer_id: 'u9', role: 'customer', created_at: 'not a date', text: 'Hello?' }),
      '{broken',
    ].join('\n'))
    const out = join(dir, 'dates-out.jsonl')
    const res = await runConverse(reader, { in: input, out, format: 'jsonl' })
    expect(res.failed).toBe(2)
    const got = lines(out)
    const conversation = got.find((l) => l.type === 'conversation') as { arc: { at: string }[] }
    expect(conversation.arc.map((p) => p.at)).toEqual(['2026-08-01T09:00:00.000Z'])
    expect(got.filter((l) => l.type === 'error')).toEqual([
      { type: 'error', line: 2, error: { code: 'UT_E_BAD_FIELD', field: 'created_at', message: 'line 2: "created_at" is not a date ("not a date")' } },
      { type: 'error', line: 3, error: { code: 'UT_E_BAD_JSON', message: expect.stringMatching(/^line 3: not valid JSON/) } },
    ])
  })

  it('refuses an unknown domain and a --now that is not a date before writing anything', async () => {
    const input = join(dir, 'one.jsonl')
    writeFileSync(input, JSON.stringify({ conversation_id: 'o1', role: 'customer', text: 'hi' }))
    const out = join(dir, 'never.jsonl')
    await expect(runConverse(reader, { in: input, out, format: 'jsonl', domain: 'banking' })).rejects.toMatchObject({ code: 'UT_E_UNKNOWN_DOMAIN' })
    await expect(runConverse(reader, { in: input, out, format: 'jsonl', now: 'yesterday' })).rejects.toMatchObject({ code: 'UT_E_BAD_OPTION' })
    expect(existsSync(out)).toBe(false)
  })

  it('rebuilds threads from the Twitter customer-support reply graph', async () => {
    const input = join(dir, 'twcs.jsonl')
    const rows = [
      { tweet_id: 10, author_id: '501', inbound: true, created_at: 'Mon Mar 02 09:00:00 +0000 2026', text: '@Acme my order never arrived', response_tweet_id: '11', in_response_to_tweet_id: null },
      { tweet_id: 11, author_id: 'AcmeHelp', inbound: false, created_at: 'Mon Mar 02 09:05:00 +0000 2026', text: '@501 Sorry! Can you DM us the order number?', response_tweet_id: '12', in_response_to_tweet_id: 10 },
      { tweet_id: 12, author_id: '501', inbound: true, created_at: 'Mon Mar 02 09:20:00 +0000 2026', text: '@AcmeHelp sent, thanks for the quick reply', response_tweet_id: null, in_response_to_tweet_id: '11.0' },
      { tweet_id: 20, author_id: '777', inbound: true, created_at: 'Mon Mar 02 10:00:00 +0000 2026', text: '@Acme is the store open today?', response_tweet_id: null, in_response_to_tweet_id: 21 },
      { tweet_id: 21, author_id: 'AcmeHelp', inbound: false, created_at: 'Mon Mar 02 10:01:00 +0000 2026', text: '@777 yes until 8pm', response_tweet_id: null, in_response_to_tweet_id: 20 },
    ]
    writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n'))
    const out = join(dir, 'twcs-out.jsonl')
    const res = await runConverse(reader, { in: input, out, format: 'twcs' })
    expect(res.failed).toBe(0)
    const convs = lines(out).filter((l) => l.type === 'conversation') as { conversation_id: string; customer_id: string; arc: { label: string }[]; trend: string }[]
    expect(convs.map((c) => [c.conversation_id, c.customer_id, c.arc.length])).toEqual([
      ['10', '501', 2],
      ['20', '777', 1],
    ])
    expect(convs[0]?.trend).toBe('improving')
  })
})
