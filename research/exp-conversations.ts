// Conversation reading on real threads: `undertone converse` over the TWCS sample and MELD dialogues.
// Per turn: the share read negative with and without the earlier turns as context, and the share
// flagged sarcastic with context. Per conversation: the share flagged `escalate`, and on MELD a proxy
// for satisfaction (the "customer" is the speaker of the dialogue's last utterance, every other
// speaker is the "agent"; a dialogue is dissatisfied when that speaker's last utterance is labelled
// negative, satisfied when it is labelled positive, neutral endings are left out) with the AUC of
// the escalation score and of the plain mean of the customer's message scores. The label comes
// from the last utterance, so any use of the last message is leaky here: the same AUCs are also
// measured with every dialogue read without its final utterance (label still from it), over the
// dialogues whose customer spoke before it.
// Run: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --alias:@undertone/analysis=./packages/analysis/src/index.ts --alias:@undertone/engine=./packages/engine/src/node/index.ts --outfile=node_modules/.cache/exp-conversations.mjs --log-level=error research/exp-conversations.ts && node node_modules/.cache/exp-conversations.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { runConverse } from '../packages/cli/src/commands/converse.js'
import { createReader } from '../packages/engine/src/node/index.js'
import { rocAuc } from '../packages/engine/src/model/classification-metrics.js'

const DATA = '../shared/data'
if (!existsSync(`${DATA}/meld`)) {
  console.log('../shared/data is missing: nothing to measure')
  process.exit(0)
}
const reader = createReader()
const load = (p: string): any[] => readFileSync(`${DATA}/${p}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`

async function converse(rows: object[], format: 'jsonl' | 'twcs'): Promise<any[]> {
  const inPath = `/tmp/exp-conv-in-${format}.jsonl`
  const outPath = `/tmp/exp-conv-out-${format}.jsonl`
  writeFileSync(inPath, rows.map((r) => JSON.stringify(r)).join('\n'))
  await runConverse(reader, { in: inPath, out: outPath, format })
  return readFileSync(outPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
}

/** Turns of one customer read with and without their earlier turns. */
function turnShares(threads: string[][]): { n: number; negWithout: number; negWith: number; sarWith: number; sarWithout: number } {
  let n = 0
  let negWithout = 0
  let negWith = 0
  let sarWith = 0
  let sarWithout = 0
  for (const t of threads) {
    t.forEach((text, i) => {
      const alone = reader.read(text)
      const inContext = reader.read(text, { previous: t.slice(Math.max(0, i - 5), i) })
      n++
      if (alone.sentiment.label === 'negative') negWithout++
      if (inContext.sentiment.label === 'negative') negWith++
      if (inContext.sarcastic) sarWith++
      if (alone.sarcastic) sarWithout++
    })
  }
  return { n, negWithout: negWithout / n, negWith: negWith / n, sarWith: sarWith / n, sarWithout: sarWithout / n }
}

async function meld(split: string): Promise<void> {
  const rows = load(`meld/${split}.jsonl`)
  const dialogues = new Map<number, any[]>()
  for (const r of rows) dialogues.set(r.dialogue_id, [...(dialogues.get(r.dialogue_id) ?? []), r])
  const input: object[] = []
  const inputNoLast: object[] = []
  const truth = new Map<string, number>()
  const threads: string[][] = []
  const end = Date.parse('2026-06-01T12:00:00Z')
  for (const [id, us] of dialogues) {
    us.sort((a, b) => a.utterance_id - b.utterance_id)
    if (us.length < 3) continue
    const customer = us[us.length - 1].speaker
    const mine = us.filter((u) => u.speaker === customer)
    threads.push(mine.map((u) => u.text))
    const final = mine[mine.length - 1].sentiment
    if (final !== 'neutral') truth.set(`m${id}`, final === 'negative' ? 1 : 0)
    // Every dialogue ends at the same "now", one minute per utterance, so no wait is artificial.
    const rowsOf = us.map((u, i) => ({ conversation_id: `m${id}`, customer_id: `m${id}-${customer}`, id: `m${id}-${u.utterance_id}`, role: u.speaker === customer ? 'customer' : 'agent', text: u.text, created_at: new Date(end - (us.length - 1 - i) * 60_000).toISOString() }))
    input.push(...rowsOf)
    if (mine.length >= 2) inputNoLast.push(...rowsOf.slice(0, -1))
  }
  const out = (await converse(input, 'jsonl')).filter((o) => o.type === 'conversation')
  const esc = out.filter((o) => o.escalate).length / out.length
  const labelled = out.filter((o) => truth.has(o.conversation_id))
  const y = labelled.map((o) => truth.get(o.conversation_id) as number)
  const sat = labelled.filter((o) => truth.get(o.conversation_id) === 0)
  const dis = labelled.filter((o) => truth.get(o.conversation_id) === 1)
  const meanScore = labelled.map((o) => -o.arc.reduce((s: number, p: any) => s + p.score, 0) / Math.max(1, o.arc.length))
  const t = turnShares(threads)
  console.log(`MELD ${split}: ${out.length} dialogues (≥3 utterances), ${t.n} customer turns`)
  console.log(`  turns negative without context ${pct(t.negWithout)}, with context ${pct(t.negWith)}; sarcastic with context ${pct(t.sarWith)} (without ${pct(t.sarWithout)})`)
  console.log(`  escalate: all ${pct(esc)}, proxy-satisfied ${pct(sat.filter((o) => o.escalate).length / sat.length)} (n=${sat.length}), proxy-dissatisfied ${pct(dis.filter((o) => o.escalate).length / dis.length)} (n=${dis.length})`)
  const lastScore = labelled.map((o) => -(o.arc[o.arc.length - 1]?.score ?? 0))
  console.log(`  AUC dissatisfied vs satisfied: escalation ${rocAuc(labelled.map((o) => o.escalation), y).toFixed(3)}, -mean score ${rocAuc(meanScore, y).toFixed(3)}, -last score ${rocAuc(lastScore, y).toFixed(3)}`)
  const early = (await converse(inputNoLast, 'jsonl')).filter((o) => o.type === 'conversation' && truth.has(o.conversation_id))
  const ye = early.map((o) => truth.get(o.conversation_id) as number)
  const earlyMean = early.map((o) => -o.arc.reduce((s: number, p: any) => s + p.score, 0) / Math.max(1, o.arc.length))
  const earlySat = early.filter((o) => truth.get(o.conversation_id) === 0)
  console.log(`  without the final utterance (n=${early.length}): AUC escalation ${rocAuc(early.map((o) => o.escalation), ye).toFixed(3)}, -mean score ${rocAuc(earlyMean, ye).toFixed(3)}; escalate on proxy-satisfied ${pct(earlySat.filter((o) => o.escalate).length / earlySat.length)}`)
}

async function twcs(): Promise<void> {
  const rows = load('twcs-sample-unlabeled/sample.jsonl')
  const out = await converse(rows, 'twcs')
  const convs = out.filter((o) => o.type === 'conversation')
  const byAuthor = new Map<string, string[]>()
  for (const r of rows.filter((r) => r.inbound === true || r.inbound === 'True')) byAuthor.set(r.author_id, [...(byAuthor.get(r.author_id) ?? []), r.text])
  const t = turnShares([...byAuthor.values()])
  console.log(`TWCS sample: ${convs.length} threads, ${t.n} customer tweets`)
  console.log(`  turns negative without context ${pct(t.negWithout)}, with context ${pct(t.negWith)}; sarcastic with context ${pct(t.sarWith)} (without ${pct(t.sarWithout)})`)
  console.log(`  escalate ${pct(convs.filter((o) => o.escalate).length / convs.length)}; customers alerted ${out.filter((o) => o.type === 'customer' && o.alert).length}`)
  if (process.argv.includes('--show-twcs')) for (const c of convs) console.log(JSON.stringify({ id: c.conversation_id, esc: c.escalation, escalate: c.escalate, urgency: c.urgency, arc: c.arc.map((p: any) => p.label), reasons: c.reasons.slice(0, 3).map((r: any) => `${r.code}:${r.weight.toFixed(2)}`) }))
}

await twcs()
await meld('validation')
await meld('train')
