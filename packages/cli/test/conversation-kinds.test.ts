import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readingContext } from '@undertone/analysis'
import { createReader } from '@undertone/engine'
import { describe, expect, it } from 'vitest'
import { runConverse } from '../src/commands/converse.js'
import { SCENARIOS, SCENARIOS_OTHER_LANGUAGES, type Scenario, TASK_DIALOGUES } from './conversation-kind-scenarios.js'
import { ROUND_94_SCENARIOS } from './conversation-round-94-scenarios.js'
import { ROUND_96_SCENARIOS } from './conversation-round-96-scenarios.js'
import { ROUND_98_SCENARIOS } from './conversation-round-98-scenarios.js'
import { ROUND_100_SCENARIOS } from './conversation-round-100-scenarios.js'
import { ROUND_102_SCENARIOS } from './conversation-round-102-scenarios.js'
import { ROUND_105_SCENARIOS } from './conversation-round-105-scenarios.js'
import { ROUND_107_SCENARIOS } from './conversation-round-107-scenarios.js'
import { ROUND_109_SCENARIOS } from './conversation-round-109-scenarios.js'
import { ROUND_112_SCENARIOS } from './conversation-round-112-scenarios.js'
import { ROUND_115_SCENARIOS } from './conversation-round-115-scenarios.js'
import { ROUND_118_SCENARIOS } from './conversation-round-118-scenarios.js'
import { ROUND_121_SCENARIOS } from './conversation-round-121-scenarios.js'
import { ROUND_124_SCENARIOS } from './conversation-round-124-scenarios.js'
import { ROUND_127_SCENARIOS } from './conversation-round-127-scenarios.js'
import { ROUND_130_SCENARIOS } from './conversation-round-130-scenarios.js'
import { ROUND_133_SCENARIOS } from './conversation-round-133-scenarios.js'
import { ROUND_136_SCENARIOS } from './conversation-round-136-scenarios.js'
import { ROUND_139_SCENARIOS } from './conversation-round-139-scenarios.js'
import { ROUND_142_SCENARIOS } from './conversation-round-142-scenarios.js'
import { ROUND_145_SCENARIOS } from './conversation-round-145-scenarios.js'
import { ROUND_148_SCENARIOS } from './conversation-round-148-scenarios.js'
import { ROUND_151_SCENARIOS } from './conversation-round-151-scenarios.js'
import { RATED_DIALOGUES } from './rated-dialogues.js'

const reader = createReader()
const dir = mkdtempSync(join(tmpdir(), 'undertone-kinds-'))

interface ConversationLine {
  readonly type: 'conversation'
  readonly conversation_id: string
  readonly arc: readonly { label: string }[]
  readonly trend: string
  readonly escalate: boolean
  readonly escalation: number
  readonly urgency: number
  readonly resolutionDelta: number
}
interface CustomerLine {
  readonly type: 'customer'
  readonly customer_id: string
  readonly trend: string
  readonly alert: boolean
  readonly repeatContacts: number
}

/**
 * Each scenario through `undertone converse`, read at its own last message (converse's default "now"
 * is the latest time in its input).
 */
async function converseAll(scenarios: readonly Scenario[]): Promise<{ conversations: ConversationLine[]; customers: CustomerLine[] }> {
  const conversations: ConversationLine[] = []
  const customers: CustomerLine[] = []
  for (const s of scenarios) {
    const rows = s.messages.map((m, i) => ({ id: `${s.id}-${i}`, conversation_id: `${s.id}/${m.conversation ?? 'only'}`, customer_id: s.id, role: m.role, text: m.text, created_at: m.at }))
    const input = join(dir, `${s.id}.jsonl`)
    const out = join(dir, `${s.id}.out.jsonl`)
    writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n'))
    await runConverse(reader, { in: input, out, format: 'jsonl' })
    for (const l of readFileSync(out, 'utf8').trim().split('\n').map((x) => JSON.parse(x) as ConversationLine | CustomerLine)) {
      if (l.type === 'conversation') conversations.push(l)
      else customers.push(l)
    }
  }
  return { conversations, customers }
}

/** The cue kinds of each customer message, read with its conversation's earlier messages as converse reads it. */
function customerCueKinds(s: Scenario): string[] {
  const kinds: string[] = []
  const byConversation = new Map<string, { role: string; text: string }[]>()
  for (const m of s.messages) {
    const key = m.conversation ?? 'only'
    const thread = byConversation.get(key) ?? []
    thread.push({ role: m.role, text: m.text })
    byConversation.set(key, thread)
    if (m.role === 'customer') kinds.push(...reader.read(m.text, { previous: readingContext(thread, thread.length - 1) }).cues.map((c) => c.kind))
  }
  return kinds
}

describe.each([
  ['in English', SCENARIOS],
  ['in the other languages read', SCENARIOS_OTHER_LANGUAGES],
  ['in round 94, written by a helper who read no rules', ROUND_94_SCENARIOS],
  ['in round 96, written by a helper who read no rules', ROUND_96_SCENARIOS],
  ['in round 98, written by a helper who read no rules', ROUND_98_SCENARIOS],
  ['in round 100, written by a helper who read no rules', ROUND_100_SCENARIOS],
  ['in round 102, written by a helper who read no rules', ROUND_102_SCENARIOS],
  ['in round 105, written by a helper who read no rules', ROUND_105_SCENARIOS],
  ['in round 107, written by a helper who read no rules', ROUND_107_SCENARIOS],
  ['in round 109, written by a helper who read no rules', ROUND_109_SCENARIOS],
  ['in round 112, written by a helper who read no rules', ROUND_112_SCENARIOS],
  ['in round 115, written by a helper who read no rules', ROUND_115_SCENARIOS],
  ['in round 118, written by a helper who read no rules', ROUND_118_SCENARIOS],
  ['in round 121, written by a helper who read no rules', ROUND_121_SCENARIOS],
  ['in round 124, written by a helper who read no rules', ROUND_124_SCENARIOS],
  ['in round 127, written by a helper who read no rules', ROUND_127_SCENARIOS],
  ['in round 130, written by a helper who read no rules', ROUND_130_SCENARIOS],
  ['in round 133, written by a helper who read no rules', ROUND_133_SCENARIOS],
  ['in round 136, written by a helper who read no rules', ROUND_136_SCENARIOS],
  ['in round 139, written by a helper who read no rules', ROUND_139_SCENARIOS],
  ['in round 142, written by a helper who read no rules', ROUND_142_SCENARIOS],
  ['in round 145, written by a helper who read no rules', ROUND_145_SCENARIOS],
  ['in round 148, written by a helper who read no rules', ROUND_148_SCENARIOS],
  ['in round 151, written by a helper who read no rules', ROUND_151_SCENARIOS],
])('conversation kinds, retold %s', async (_where, scenarios) => {
  const { conversations, customers } = await converseAll(scenarios)
  it.each(scenarios.map((s) => [s.kind, s.id, s] as const))('%s (%s)', (_kind, id, s) => {
    const first = `${id}/${s.messages[0]?.conversation ?? 'only'}`
    const conv = conversations.find((c) => c.conversation_id === first) as ConversationLine
    const cust = customers.find((c) => c.customer_id === id) as CustomerLine
    const e = s.expect
    const labels = conv.arc.map((p) => p.label)
    if (e.arc !== undefined) expect(labels).toEqual(e.arc)
    if (e.arcLast !== undefined) expect(labels.at(-1)).toBe(e.arcLast)
    if (e.trend !== undefined) expect(conv.trend).toBe(e.trend)
    if (e.trendNot !== undefined) expect(conv.trend).not.toBe(e.trendNot)
    if (e.escalate !== undefined) expect(conv.escalate).toBe(e.escalate)
    if (e.resolutionDeltaMin !== undefined) expect(conv.resolutionDelta).toBeGreaterThanOrEqual(e.resolutionDeltaMin)
    if (e.urgencyMin !== undefined) expect(conv.urgency).toBeGreaterThanOrEqual(e.urgencyMin)
    if (e.noCue !== undefined) expect(customerCueKinds(s)).not.toContain(e.noCue)
    if (e.customerTrend !== undefined) expect(cust.trend).toBe(e.customerTrend)
    if (e.customerTrendNot !== undefined) expect(cust.trend).not.toBe(e.customerTrendNot)
    if (e.alert !== undefined) expect(cust.alert).toBe(e.alert)
    if (e.repeatContactsMin !== undefined) expect(cust.repeatContacts).toBeGreaterThanOrEqual(e.repeatContactsMin)
  })
})

describe('task dialogues with an assistant', () => {
  it('scores every dialogue whose user gave up above every one whose user got what they came for, and escalates none of those', async () => {
    const scenarios: Scenario[] = TASK_DIALOGUES.map((d, k) => ({
      id: `${d.met ? 'met' : 'unmet'}-${k}`,
      kind: 'task dialogue',
      messages: d.turns.flatMap((t, i) => [
        { role: 'customer' as const, text: t, at: new Date(Date.UTC(2026, 8, 1, 10, 2 * i)).toISOString() },
        { role: 'agent' as const, text: 'Sure, here is what I found.', at: new Date(Date.UTC(2026, 8, 1, 10, 2 * i + 1)).toISOString() },
      ]),
      expect: {},
    }))
    const { conversations } = await converseAll(scenarios)
    const score = (met: boolean): number[] => conversations.filter((c) => c.conversation_id.startsWith(met ? 'met-' : 'unmet-')).map((c) => c.escalation)
    expect(Math.min(...score(false))).toBeGreaterThan(Math.max(...score(true)))
    expect(conversations.filter((c) => c.conversation_id.startsWith('met-') && c.escalate)).toEqual([])
    // Escalation stays a rare flag: not every unhappy dialogue is one to hand to a lead.
    expect(conversations.filter((c) => c.escalate).length).toBeLessThan(score(false).length)
  })
})

describe('rated dialogues with an assistant, both sides written', () => {
  it('ranks dialogues rated 1–2 above those rated 4–5 by escalation, and escalates no satisfied one', async () => {
    const scenarios: Scenario[] = RATED_DIALOGUES.map((d, k) => ({
      id: `rated-${k}`,
      kind: 'rated dialogue',
      messages: d.turns.map((t, i) => ({ role: t.role === 'user' ? ('customer' as const) : ('agent' as const), text: t.text, at: new Date(Date.UTC(2026, 8, 1, 10, 0, 20 * i)).toISOString() })),
      expect: {},
    }))
    const { conversations } = await converseAll(scenarios)
    const byId = new Map(conversations.map((c) => [c.conversation_id, c]))
    const of = (keep: (rating: number) => boolean): ConversationLine[] => RATED_DIALOGUES.flatMap((d, k) => (keep(d.rating) ? [byId.get(`rated-${k}/only`) as ConversationLine] : []))
    const unhappy = of((r) => r <= 2)
    const happy = of((r) => r >= 4)
    let wins = 0
    for (const u of unhappy) for (const h of happy) wins += u.escalation > h.escalation ? 1 : u.escalation === h.escalation ? 0.5 : 0
    // 0.90 when written, 0.93 once corrections ("No, I said cheap") count as asks made again, 0.915
    // with the ninth round's 48 (0.887 on those alone, unseen), 0.927 with the tenth's (0.973 alone),
    // 0.923 with the eleventh's (0.893 alone), 0.930 with the twelfth's (0.989 alone), 0.931 with the
    // thirteenth's; 0.941 with the fifteenth's and sixteenth's (0.918 and 0.979 alone, unseen), 0.955
    // once a short reply saying a detail again counts ("No, 6:30."; 0.956 on those two rounds alone),
    // 0.962 with the seventeenth's and eighteenth's (0.969 and 1.000 alone, unseen), 0.961 with the
    // nineteenth's and twentieth's (0.957 and 0.949 alone, unseen), 0.965 with the twenty-first's and
    // twenty-second's (1.000 and 0.970 alone, unseen), 0.964 with the twenty-fourth's (1.000 alone)
    // and the twenty-sixth's (0.961 alone), 0.963 with the twenty-eighth's (0.951 alone), 0.962 with
    // the twenty-ninth's and thirty-first's (0.966 and 0.946 alone, unseen), 0.955 with the forty-eighth's
    // (0.926 alone, unseen; per source over all 924: 0.994 / 0.985 / 0.965 / 0.888);
    // what ranks low is a failed booking that ends "ok. thanks", which reads as content.
    expect(wins / (unhappy.length * happy.length)).toBeGreaterThanOrEqual(0.85)
    expect(happy.filter((c) => c.escalate)).toEqual([])
  })
})
