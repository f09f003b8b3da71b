#!/usr/bin/env node
// `npm run bench`: Undertone against the libraries teams use today, in one run, on the validation
// splits in ../shared/data and the reading cases in ../shared/spec. Writes the tables into
// BENCHMARKS.md between the BENCH markers. Runs the compiled packages (npm run build first).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, platform, release } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Sentiment from 'sentiment'
import vader from 'vader-sentiment'
import wink from 'wink-sentiment'
import { GOEMOTIONS_LABELS, binaryF1, classificationMetrics, createGoEmotionsReader, createReader, decodeModel, pearson } from '../packages/engine/dist/node/index.js'
import { readConversation, readCustomer } from '../packages/analysis/dist/index.js'
import { crossFittedF1 } from '../packages/engine/dist/training.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const shared = process.env.UNDERTONE_SHARED ?? join(root, '..', 'shared')
const dataDir = join(shared, 'data')
if (!existsSync(dataDir)) {
  console.error(`bench: ${dataDir} not found; the benchmark needs the shared data folder (set UNDERTONE_SHARED).`)
  process.exit(2)
}
const args = new Set(process.argv.slice(2))
const LABELS = ['negative', 'neutral', 'positive']
const BASE_MODEL_DATA = readFileSync(new URL('../packages/engine/assets/base-model.bin', import.meta.url))
const load = (p) => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))

// Model load: decoding the shipped weights, the first time (cold) and the best of five.
const loadTimes = []
for (let i = 0; i < 5; i++) {
  const t0 = performance.now()
  decodeModel(BASE_MODEL_DATA)
  loadTimes.push(performance.now() - t0)
}
const reader = createReader()
const afinn = new Sentiment()
const label3 = (x, t) => (x > t ? 'positive' : x < -t ? 'negative' : 'neutral')
/** Each system: a name and how it labels a text (scripts/bench-speed.mjs times the same calls). */
const systems = [
  { name: 'undertone', label: (t) => reader.read(t).sentiment.label },
  { name: 'vader-sentiment', label: (t) => label3(vader.SentimentIntensityAnalyzer.polarity_scores(t).compound, 0.05) },
  { name: 'sentiment (AFINN)', label: (t) => label3(afinn.analyze(t).score, 0) },
  { name: 'wink-sentiment', label: (t) => label3(wink(t).normalizedScore, 0) },
]

const sets = [
  { name: 'TweetEval sentiment (validation)', file: 'tweeteval-sentiment/validation.jsonl', pick: (r) => r, tuned: 'the confidence calibration only (same period as training; earlier sessions chose features and cue weights here)' },
  { name: 'XLM-T English (validation)', file: 'xlm-t-sentiment-multilingual/validation.jsonl', pick: (r) => (r.lang === 'en' ? r : undefined), tuned: 'two class offsets, chosen on XLM-T English train+validation together with MELD' },
  { name: 'MELD dialogue (validation)', file: 'meld/validation.jsonl', pick: (r) => ({ text: r.text, label: r.sentiment }), tuned: 'two class offsets, chosen on MELD train+validation together with XLM-T English' },
]

const pct = (x) => (x * 100).toFixed(1)
const sign = (x) => (x >= 0 ? `+${x.toFixed(1)}` : x.toFixed(1))
const out = []
out.push(`Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ').replace(/postgres(ql)?:\/\/\S+/g, (u) => u.replace(/\/\/[^@/]*@/, '//…@'))}` : ''}\` · machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ${platform()} ${release()}, Node ${process.version} · date: ${new Date().toISOString().slice(0, 10)} · model: ${reader.modelVersion}`)
out.push('')
out.push(`Model load (decode of the ${(BASE_MODEL_DATA.length / 1024 / 1024).toFixed(2)} MB built-in model): first ${loadTimes[0].toFixed(0)} ms, best ${Math.min(...loadTimes).toFixed(0)} ms.`)
out.push('')
out.push('### Sentiment accuracy (3 classes)')
out.push('')
out.push('What was chosen on each set (the model is trained on none of them): ' + sets.map((x) => `${x.name}: ${x.tuned}`).join('; ') + '. Figures on data nobody tuned on (a later period held out by release) are in docs/reader-accuracy.md.')
out.push('')
out.push('| data set | n | system | macro-recall | macro-F1 | accuracy | Δ macro-recall (undertone − system) |')
out.push('|---|---:|---|---:|---:|---:|---:|')
for (const set of sets) {
  const path = join(dataDir, set.file)
  if (!existsSync(path)) continue
  const rows = load(path).map(set.pick).filter((r) => r !== undefined && LABELS.includes(r.label))
  const gold = rows.map((r) => r.label)
  const results = systems.map((s) => ({ s, m: classificationMetrics(LABELS, gold, rows.map((r) => s.label(r.text))) }))
  const ours = results[0].m
  for (const { s, m } of results) {
    out.push(`| ${set.name} | ${rows.length} | ${s.name} | ${pct(m.macroRecall)} | ${pct(m.macroF1)} | ${pct(m.accuracy)} | ${s.name === 'undertone' ? '' : sign((ours.macroRecall - m.macroRecall) * 100)} |`)
  }
  console.error(`accuracy: ${set.name} done`)
}

// Throughput: every system reads the same texts on one core, each in a process of its own
// (scripts/bench-speed.mjs), the systems taking turns for several rounds; best round per system.
const textsPath = join(dataDir, 'tweeteval-sentiment/validation.jsonl')
const texts = load(textsPath).map((r) => r.text)
const rounds = args.has('--quick') ? 1 : 3
const speedScript = join(root, 'scripts', 'bench-speed.mjs')
const timeIn = (...argv) => JSON.parse(execFileSync(process.execPath, [speedScript, ...argv], { encoding: 'utf8' })).perSecond
const speed = new Map()
for (let r = 0; r < rounds; r++) {
  for (const s of systems) speed.set(s.name, Math.max(speed.get(s.name) ?? 0, timeIn(s.name, textsPath)))
  console.error(`speed: round ${r + 1} of ${rounds} done`)
}
const warmPath = join(dataDir, 'semeval-sentiment-2013-2016/train.jsonl')
const firstPass = existsSync(warmPath) ? timeIn('undertone-first-pass', textsPath, warmPath) : undefined
out.push('')
out.push(`### Throughput (full read, one core, ${texts.length} TweetEval validation texts; each system in its own process, best of 8 passes after a 1 s warm-up, ${rounds} alternating rounds)`)
out.push('')
out.push('| system | messages/s | undertone speed ÷ system speed |')
out.push('|---|---:|---:|')
const oursSpeed = speed.get('undertone')
for (const s of systems) out.push(`| ${s.name} | ${Math.round(speed.get(s.name)).toLocaleString('en-US')} | ${s.name === 'undertone' ? '' : `${(oursSpeed / speed.get(s.name)).toFixed(2)}×`} |`)
out.push('')
if (firstPass !== undefined) out.push(`Undertone, first pass over the validation texts after warming up on 20,000 other tweets (its per-word memo then holds common words, not these texts): ${Math.round(firstPass).toLocaleString('en-US')} messages/s, ${(firstPass / speed.get('vader-sentiment')).toFixed(2)}× vader-sentiment's best pass.`)

// Reading cases from the spec: which system gets each one right.
const casesPath = join(shared, 'spec', 'seed-cases.jsonl')
if (existsSync(casesPath)) {
  const cases = load(casesPath)
  const readings = new Map(cases.map((c) => [c.id, reader.read(c.text, c.context ?? {})]))
  const checkOurs = (c) => {
    const r = readings.get(c.id)
    const e = c.expect
    const fails = []
    if (e.sentiment && r.sentiment.label !== e.sentiment) fails.push(`label ${r.sentiment.label}`)
    if (e.sentiment_not && r.sentiment.label === e.sentiment_not) fails.push(`label ${r.sentiment.label}`)
    if (e.score_min !== undefined && r.sentiment.score < e.score_min) fails.push(`score ${r.sentiment.score}`)
    for (const [k, v] of Object.entries(e)) {
      const m = /^(\w+)_(min|max)$/.exec(k)
      if (!m || m[1] === 'score') continue
      const got = r.emotions[m[1]]
      if (got === undefined) continue
      if (m[2] === 'min' ? got < v : got > v) fails.push(`${m[1]} ${got}`)
    }
    if (e.cue && !r.cues.some((q) => q.kind === e.cue || (e.cue === 'intensity' && ['exclamation', 'caps', 'elongation', 'intensifier'].includes(q.kind)))) fails.push(`no ${e.cue} cue`)
    if (e.cue_explicit !== undefined) {
      const main = r.cues.filter((q) => q.weight !== 0 || q.emotion).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0]
      if (!main || main.explicit !== e.cue_explicit) fails.push('cue explicitness')
    }
    if (e.needs_review !== undefined && r.needsReview !== e.needs_review) fails.push('needsReview')
    if (e.intensity_gt_case && !(r.intensity > readings.get(e.intensity_gt_case).intensity)) fails.push('intensity')
    if (e.satisfaction_below_case_by) {
      const [other, d] = e.satisfaction_below_case_by
      if (!(r.emotions.satisfaction <= readings.get(other).emotions.satisfaction - d)) fails.push('satisfaction gap')
    }
    return fails
  }
  // Peers give only a polarity; they are judged on the sentiment expectations alone.
  const checkPeer = (s, c) => {
    const e = c.expect
    if (!e.sentiment && !e.sentiment_not) return 'n/a'
    const l = s.label(c.text)
    return (e.sentiment ? l === e.sentiment : true) && (e.sentiment_not ? l !== e.sentiment_not : true) ? '✓' : `✗ (${l})`
  }
  out.push('')
  out.push('### Reading cases (`../shared/spec/seed-cases.jsonl`)')
  out.push('')
  out.push('Undertone is checked on every expectation of a case (label, score, emotion bounds, cue, explicitness, review flag); peers only on the label expectations, since they report nothing else.')
  out.push('')
  out.push(`| case | ${systems.map((s) => s.name).join(' | ')} |`)
  out.push(`|---|${systems.map(() => '---').join('|')}|`)
  let okOurs = 0
  for (const c of cases) {
    const fails = checkOurs(c)
    if (fails.length === 0) okOurs++
    out.push(`| ${c.id} | ${fails.length === 0 ? '✓' : `✗ ${fails.join(', ')}`} | ${systems.slice(1).map((s) => checkPeer(s, c)).join(' | ')} |`)
  }
  const peerTotals = systems.slice(1).map((s) => {
    const judged = cases.filter((c) => c.expect.sentiment || c.expect.sentiment_not)
    return `${judged.filter((c) => checkPeer(s, c) === '✓').length}/${judged.length} label cases`
  })
  out.push(`| **total** | **${okOurs}/${cases.length} (all expectations)** | ${peerTotals.join(' | ')} |`)
}

// Reader v2 tasks: GoEmotions (28 labels), sarcasm / irony, urgency. Peers have no equivalent for
// these except polarity; VADER's negative score is set beside urgency as the closest stand-in.
{
  const goPath = join(dataDir, 'goemotions/validation.jsonl')
  if (existsSync(goPath)) {
    const go = await createGoEmotionsReader()
    const rows = load(goPath)
    const readings = rows.map((r) => go.read(r.text, { taxonomy: 'goemotions' }))
    const predicted = readings.map((g) => g.goemotionsLabels ?? [])
    const f1 = Object.fromEntries(GOEMOTIONS_LABELS.map((l) => [l, binaryF1(rows.map((r) => r.labels.includes(l)), predicted.map((p) => p.includes(l)))]))
    const macro = Object.values(f1).reduce((a, b) => a + b, 0) / GOEMOTIONS_LABELS.length
    // The shipped thresholds were chosen on out-of-fold outputs over GoEmotions train, so nothing is
    // tuned on this split. For comparison, the old way: each label's threshold chosen on one half of
    // validation (by row parity) and scored on the other half, both ways.
    let crossFitted = 0
    for (const l of GOEMOTIONS_LABELS) {
      const scores = readings.map((g) => g.goemotions?.[l] ?? 0)
      const gold = rows.map((r) => (r.labels.includes(l) ? 1 : 0))
      crossFitted += crossFittedF1(scores, gold) / GOEMOTIONS_LABELS.length
    }
    out.push('')
    out.push(`### GoEmotions, 28 labels (validation, ${rows.length} comments)`)
    out.push('')
    out.push(`Macro-F1 **${macro.toFixed(3)}** with the shipped thresholds, chosen on 5-fold out-of-fold outputs over GoEmotions train (nothing tuned on this split); ${crossFitted.toFixed(3)} with each label's threshold chosen on the other half of validation instead (2-fold cross-fitted, how thresholds were chosen before 2026-12-06). Published BERT baseline on test 0.46; TF-IDF logistic regression 0.45. No peer reads emotions. Per label, shipped thresholds:`)
    out.push('')
    out.push('| label | F1 |')
    out.push('|---|---:|')
    for (const l of ['annoyance', 'anger', 'confusion', 'disappointment', 'gratitude']) out.push(`| **${l}** | ${f1[l].toFixed(3)} |`)
    for (const l of GOEMOTIONS_LABELS.filter((x) => !['annoyance', 'anger', 'confusion', 'disappointment', 'gratitude'].includes(x))) out.push(`| ${l} | ${f1[l].toFixed(3)} |`)
    console.error('goemotions done')
  }
  const irony = join(dataDir, 'tweeteval-irony/validation.jsonl')
  const mooc = join(dataDir, 'mooc-forum-urgency/validation.jsonl')
  const lines = []
  if (existsSync(irony)) {
    const rows = load(irony)
    const gold = rows.map((r) => r.label === 'irony')
    const ours = binaryF1(gold, rows.map((r) => reader.read(r.text).sarcastic))
    const vaderIrony = binaryF1(gold, rows.map((r) => { const v = vader.SentimentIntensityAnalyzer.polarity_scores(r.text); return v.pos > 0.2 && v.neg > 0.1 }))
    lines.push(`| irony, F1 of the ironic class (TweetEval irony validation, ${rows.length}; evaluation only, never trained on) | ${ours.toFixed(3)} | vader "mixed polarity" ${vaderIrony.toFixed(3)} | ${(ours - vaderIrony >= 0 ? '+' : '') + (ours - vaderIrony).toFixed(3)} |`)
  }
  if (existsSync(mooc)) {
    const rows = load(mooc)
    const ours = pearson(rows.map((r) => reader.read(r.text).emotions.urgency), rows.map((r) => r.score))
    const vaderNeg = pearson(rows.map((r) => vader.SentimentIntensityAnalyzer.polarity_scores(r.text).neg), rows.map((r) => r.score))
    lines.push(`| urgency, Pearson r with the 1–7 ratings (MOOC forum validation, ${rows.length}; the head is fitted on MOOC train, validation chooses its linear calibration and threshold) | ${ours.toFixed(3)} | vader negative score ${vaderNeg.toFixed(3)} | ${(ours - vaderNeg >= 0 ? '+' : '') + (ours - vaderNeg).toFixed(3)} |`)
  }
  if (lines.length > 0) {
    out.push('')
    out.push('### Sarcasm and urgency (full reader)')
    out.push('')
    out.push('| task | undertone | peer stand-in | difference |')
    out.push('|---|---:|---:|---:|')
    out.push(...lines)
  }
}

// Conversation and customer reading, readings precomputed: messages per second on one core.
{
  let seed = 42
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const kinds = ['repeat-contact', 'human-request', 'churn-threat', 'time-pressure', 'issue-report']
  const customers = []
  let messageCount = 0
  const T0 = Date.parse('2026-01-01T00:00:00Z')
  for (let c = 0; c < 2000; c++) {
    const conversations = []
    const nConv = 1 + Math.floor(rand() * 4)
    let t = T0 + Math.floor(rand() * 30) * 86400000
    for (let k = 0; k < nConv; k++) {
      const msgs = []
      const nMsg = 2 + Math.floor(rand() * 10)
      for (let m = 0; m < nMsg; m++) {
        t += Math.floor(rand() * 120) * 60000
        const role = rand() < 0.55 ? 'customer' : rand() < 0.8 ? 'agent' : 'bot'
        const score = rand() * 2 - 1
        const reading = role === 'customer' ? { score, label: score > 0.2 ? 'positive' : score < -0.2 ? 'negative' : 'neutral', emotions: { frustration: rand(), anger: rand() * 0.5, confusion: rand() * 0.5, urgency: rand() }, cues: kinds.filter(() => rand() < 0.1) } : undefined
        msgs.push(reading === undefined ? { id: `${c}-${k}-${m}`, role, at: t } : { id: `${c}-${k}-${m}`, role, at: t, reading })
        messageCount++
      }
      conversations.push({ id: `${c}-${k}`, customerId: `${c}`, messages: msgs })
      t += Math.floor(rand() * 5) * 86400000
    }
    customers.push({ customerId: `${c}`, conversations, profile: { value: Math.floor(rand() * 50000) } })
  }
  const now = T0 + 60 * 86400000
  const run = () => {
    for (const cu of customers) readCustomer(cu, now)
  }
  run()
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    run()
    best = Math.min(best, performance.now() - t0)
  }
  out.push('')
  out.push('### Conversation and customer reading (readings precomputed)')
  out.push('')
  out.push(`${customers.length.toLocaleString('en-US')} synthetic customers, ${messageCount.toLocaleString('en-US')} messages; each pass reads every conversation (arc, trend, escalation, handoff) and every customer (health, churn risk, alert): **${Math.round(messageCount / (best / 1000)).toLocaleString('en-US')} messages/s** on one core (best of ${rounds} passes).`)
  console.error('analysis throughput done')
}

// Conversation cases from the spec, read end to end (engine + analysis).
const convPath = join(shared, 'spec', 'seed-conversations.jsonl')
if (existsSync(convPath)) {
  out.push('')
  out.push('### Conversation cases (`../shared/spec/seed-conversations.jsonl`)')
  out.push('')
  out.push('| case | expected | got | ok |')
  out.push('|---|---|---|---|')
  for (const c of load(convPath)) {
    const msgs = c.messages.map((m, i) => {
      const r = reader.read(m.text)
      const base = { id: `${c.id}-${i}`, role: m.role, at: Date.parse(m.at) }
      return { conv: m.conversation ?? 'c', msg: m.role === 'customer' ? { ...base, reading: { score: r.sentiment.score, label: r.sentiment.label, emotions: r.emotions, cues: r.cues.map((q) => q.kind) } } : base }
    })
    const now = Math.max(...msgs.map((m) => m.msg.at)) + 5 * 60000
    const ids = [...new Set(msgs.map((m) => m.conv))]
    const convs = ids.map((id) => ({ id, customerId: 'x', messages: msgs.filter((m) => m.conv === id).map((m) => m.msg) }))
    const conv = readConversation(convs[0], now)
    const cust = readCustomer({ customerId: 'x', conversations: convs }, now)
    const e = c.expect
    const got = {}
    const fails = []
    if (e.arc) { got.arc = conv.arc.map((p) => p.label); if (JSON.stringify(got.arc) !== JSON.stringify(e.arc)) fails.push('arc') }
    if (e.trend) { got.trend = conv.trend.direction; if (got.trend !== e.trend) fails.push('trend') }
    if (e.escalate !== undefined) { got.escalate = conv.escalate; if (got.escalate !== e.escalate) fails.push('escalate') }
    if (e.resolution_delta_min !== undefined) { got.resolutionDelta = conv.resolutionDelta; if (got.resolutionDelta < e.resolution_delta_min) fails.push('delta') }
    if (e.customer_trend) { got.customer_trend = cust.trend; if (got.customer_trend !== e.customer_trend) fails.push('customer trend') }
    if (e.alert !== undefined) { got.alert = cust.alert.alert; if (got.alert !== e.alert) fails.push('alert') }
    if (e.repeat_contacts_min !== undefined) { got.repeatContacts = cust.repeatContacts; if (got.repeatContacts < e.repeat_contacts_min) fails.push('repeat contacts') }
    out.push(`| ${c.id} | \`${JSON.stringify(e)}\` | \`${JSON.stringify(got)}\` | ${fails.length === 0 ? '✓' : `✗ ${fails.join(', ')}`} |`)
  }
}

// Analytics latency on a 1M-message demo, when one is named (filling it takes about an hour, so
// the bench does not make it): `npm run bench -- --analytics-data DIR --analytics-pg URL`. Its
// tables have a block of their own in BENCHMARKS.md, left as it is by runs without a demo.
const argv = process.argv.slice(2)
const argOf = (name) => (argv.indexOf(name) < 0 ? undefined : argv[argv.indexOf(name) + 1])
const analytics = []
for (const [flag, label, target] of [['--analytics-data', 'SQLite', '--data'], ['--analytics-pg', 'PostgreSQL', '--pg']]) {
  const where = argOf(flag)
  if (where === undefined) continue
  console.error(`bench: analytics on ${label} (${where})`)
  const md = execFileSync(process.execPath, [join(root, 'scripts', 'bench-analytics.mjs'), target, where, '--runs', argOf('--analytics-runs') ?? '20'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  analytics.push('', `### Analytics routes on the demo workspace, ${label}`, '', md.trim())
}

const table = out.join('\n')
console.log(table)
if (analytics.length > 0) console.log(analytics.join('\n'))
if (!args.has('--no-write')) {
  const file = join(root, 'BENCHMARKS.md')
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const replaceBlock = (name, body) => {
    const begin = `<!-- ${name}:BEGIN -->`
    const end = `<!-- ${name}:END -->`
    doc = doc.includes(begin) ? `${doc.slice(0, doc.indexOf(begin) + begin.length)}\n${body}\n${doc.slice(doc.indexOf(end))}` : `${doc}\n${begin}\n${body}\n${end}\n`
  }
  replaceBlock('BENCH', table)
  if (analytics.length > 0) replaceBlock('BENCH-ANALYTICS', [out[0], ...analytics].join('\n'))
  writeFileSync(file, doc)
  console.error('bench: BENCHMARKS.md updated')
}
