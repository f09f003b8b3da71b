// Sentiment ensembles / feature variants / self-learned word embeddings, scored on TweetEval validation.
// Build: node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error research/exp-ens.ts --outfile=/tmp/ee.mjs
// Run:   node /tmp/ee.mjs views=base,word,ctext seed=1,2 [emb=64 clusters=256 embscale=0.5] [ens=base+word,base+ctext]
// Each view is trained (bags=4, AdaGrad softmax as in the built-in recipe) and its raw validation logits kept;
// ensembles average log-probabilities; class-bias offsets are tuned on validation for every line (as shipped).
import { readFileSync } from 'node:fs'
import { DEFAULT_FEATURES, type FeatureConfig, SEED_BIGRAM, SEED_NEG, SEED_TRIGRAM, SEED_WORD, BOS, addCharGrams } from '../packages/engine/src/model/extract-features.js'
import { FeatureBuffer } from '../packages/engine/src/model/feature-buffer.js'
import { combineHashes, hashString } from '../packages/engine/src/model/hash.js'
import { analyzeTokens, LEXICON_FEATURE_COUNT, lexiconSummary, parseVaderLexicon, TokenAnalysis, wordTable, F_NEGATOR, F_CONTRAST } from '../packages/engine/src/model/lexicon-features.js'
import { createRng } from '../packages/engine/src/model/rng.js'
import { lexiconBucket } from '../packages/engine/src/model/sentiment-model.js'
import type { Token } from '../packages/engine/src/text/token.js'
import { tokenize } from '../packages/engine/src/text/tokenize.js'
import { goEmotionsToSentiment } from '../packages/engine/src/training/sentiment-labels.js'
import { DEFAULT_SENTIMENT_RECIPE, type SentimentExample, trainSoftmax } from '../packages/engine/src/training/train-sentiment.js'
import { embeddable, kmeansClusters, learnWordEmbeddings } from '../packages/engine/src/training/word-embeddings.js'

const D = '../shared/data/'
const load = (p: string): any[] => readFileSync(D + p, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const args: Record<string, string> = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const num = (k: string, d: number) => (args[k] !== undefined ? Number(args[k]) : d)
const CLS = ['negative', 'neutral', 'positive']

// dom: 0 = semeval (the target domain), 1 = goemotions, 2 = tweeteval-emotion; with dadom=file, semeval files get 3.. (2013→0)
const rows: { text: string; label: string; weight: number; dom: number }[] = load('semeval-sentiment-2013-2016/train.jsonl').map((r) => ({ text: r.text, label: r.label, weight: 1, dom: args.dadom === 'file' && !String(r.source_file).includes('2016') ? 3 : 0 }))
const goemo = load('goemotions/train.jsonl')
for (const r of goemo) { const l = goEmotionsToSentiment(r.labels); if (l) rows.push({ text: r.text, label: l, weight: num('goemo', 0.3), dom: 1 }) }
const emo = load('tweeteval-emotion/train.jsonl')
for (const r of emo) rows.push({ text: r.text, label: r.label === 'anger' || r.label === 'sadness' ? 'negative' : 'positive', weight: num('emo', 0.5), dom: 2 })
const val = load('tweeteval-sentiment/validation.jsonl')
const lexicon = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
const table = wordTable(lexicon)

let t0 = Date.now()
const trTok = rows.map((r) => tokenize(r.text))
const vaTok = val.map((r) => tokenize(r.text))
console.log(`tokenised ${rows.length}+${val.length} in ${Date.now() - t0} ms`)

const unTok: Token[][] = []
if (args.pseudo) {
  for (const r of goemo) if (!goEmotionsToSentiment(r.labels)) unTok.push(tokenize(r.text))
  for (const r of load('tweeteval-offensive/train.jsonl')) unTok.push(tokenize(r.text))
  for (const r of load('isarcasmeval-en/train.jsonl')) unTok.push(tokenize(r.text))
  if (args.mooc) for (const r of load('mooc-forum-urgency/train.jsonl')) unTok.push(tokenize(r.text))
}
// ---- self-learned embeddings (unlabelled use of allowed train texts) ----
let emb: ReturnType<typeof learnWordEmbeddings> | undefined
let cluster: Int32Array | undefined
if (args.emb) {
  t0 = Date.now()
  const docs: Token[][] = [...trTok]
  for (const r of goemo) if (!goEmotionsToSentiment(r.labels)) docs.push(tokenize(r.text))
  for (const r of load('tweeteval-offensive/train.jsonl')) docs.push(tokenize(r.text))
  for (const r of load('isarcasmeval-en/train.jsonl')) { docs.push(tokenize(r.text)); if (r.rephrase) docs.push(tokenize(r.rephrase)) }
  for (const r of load('mooc-forum-urgency/train.jsonl')) docs.push(tokenize(r.text))
  emb = learnWordEmbeddings(docs, { dim: num('emb', 64), minCount: num('mincount', 5), window: num('win', 4), eig: num('eig', 0.5), powerIters: num('pit', 3), maxVocab: num('vocab', 30000) })
  console.log(`embeddings: ${docs.length} docs, vocab ${emb.words.length}, dim ${emb.dim} in ${Date.now() - t0} ms`)
  const show = (w: string) => {
    const i = emb!.index.get(w); if (i === undefined) return
    const sims = emb!.words.map((_, j) => { let s = 0; for (let d = 0; d < emb!.dim; d++) s += emb!.vectors[i * emb!.dim + d]! * emb!.vectors[j * emb!.dim + d]!; return [s, j] as const }).sort((a, b) => b[0] - a[0]).slice(1, 8)
    console.log(`  ${w}: ${sims.map(([, j]) => emb!.words[j]).join(' ')}`)
  }
  for (const w of ['good', 'bad', 'tomorrow', 'love', 'hate', ':)', 'sad']) show(w)
  if (args.clusters) {
    t0 = Date.now()
    cluster = kmeansClusters(emb.vectors, emb.dim, num('clusters', 256), num('kit', 10), 11)
    console.log(`k-means ${args.clusters} in ${Date.now() - t0} ms`)
  }
}

// ---- featurisers ----
interface View { neg: 'k4' | 'punct'; words: boolean; tri: boolean; chars: 'word' | 'text' | 'none'; cmin: number; cmax: number; cw: number; charNeg: boolean; butm: boolean; lex: boolean; emb: number; clu: number; cluBi: boolean; bits: number }
const BASE: View = { neg: 'k4', words: true, tri: true, chars: 'word', cmin: 3, cmax: 5, cw: 0.5, charNeg: false, butm: false, lex: true, emb: 0, clu: 0, cluBi: false, bits: 18 }
const VIEWS: Record<string, Partial<View>> = {
  base: {},
  negp: { neg: 'punct' },
  negc: { charNeg: true },
  butm: { butm: true },
  negpc: { neg: 'punct', charNeg: true },
  word: { neg: 'punct', chars: 'none' },
  ctext: { chars: 'text', cmin: 1, cmax: 6, tri: false, cw: 1 },
  ctext2: { chars: 'text', cmin: 2, cmax: 6, tri: false, cw: 1, neg: 'punct' },
  emb: { emb: num('embscale', 0.5) },
  clu: { clu: num('cluw', 0.5) },
  clubi: { clu: num('cluw', 0.5), cluBi: true },
  embclu: { emb: num('embscale', 0.5), clu: num('cluw', 0.5) },
  embonly: { words: false, chars: 'none', emb: num('embscale', 0.5), clu: num('cluw', 0.5), cluBi: true },
}
const SEED_CNEG = 0x5bd1e995
const SEED_CLU = 211
const SEED_CLUBI = 223

function negPunct(tokens: readonly Token[], a: TokenAnalysis, out: Uint8Array): void {
  let on = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    out[i] = 0
    if (t.kind === 'punct') { if (t.norm !== "'" && t.norm !== '"' && t.norm !== '-') on = false; continue }
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue
    const f = a.flags[i]!
    if (f & F_CONTRAST) { on = false; continue }
    if (f & F_NEGATOR) { on = true; continue }
    if (on) out[i] = 1
  }
}

function featurize(v: View, tokens: readonly Token[], a: TokenAnalysis, buf: FeatureBuffer, tmp: FeatureBuffer, negBuf: Uint8Array, dense: Float64Array, lexB: Int32Array): void {
  analyzeTokens(tokens, table, a)
  let neg = a.negated
  if (v.neg === 'punct') { negPunct(tokens, a, negBuf); neg = negBuf }
  const mask = (1 << v.bits) - 1
  const cfg: FeatureConfig = { ...DEFAULT_FEATURES, bits: v.bits, charMin: v.cmin, charMax: v.cmax, charWeight: v.cw }
  buf.clear()
  let prev = BOS
  let prev2 = BOS
  let cprev = BOS
  let text = ''
  let afterBut = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const negated = neg[i] === 1
    // Words after a contrast word ("but", "however") get an extra, marked unigram: that clause usually carries the polarity.
    if (v.butm) { if (a.flags[i]! & F_CONTRAST) afterBut = true; else if (afterBut && (t.kind === 'word' || t.kind === 'hashtag' || t.kind === 'emoji' || t.kind === 'emoticon')) buf.push(hashString(t.norm, negated ? 0xb07 : 0xb7) & mask, 1) }
    const h = hashString(t.norm, negated ? SEED_NEG : SEED_WORD)
    if (v.words) {
      buf.push(h & mask, 1)
      buf.push(combineHashes(prev, h ^ SEED_BIGRAM) & mask, 1)
      if (v.tri && i > 0) buf.push(combineHashes(combineHashes(prev2, prev), h ^ SEED_TRIGRAM) & mask, 1)
    } else if (v.chars !== 'none') buf.push(h & mask, 1)
    prev2 = prev
    prev = h
    if (t.kind === 'word' || t.kind === 'hashtag') {
      if (v.chars === 'text') text = text.length === 0 ? t.norm : `${text} ${t.norm}`
      else if (v.chars === 'word' && t.norm.length > 1) {
        if (v.charNeg && negated) {
          tmp.clear(); addCharGrams(t.norm, cfg, tmp)
          for (let j = 0; j < tmp.length; j++) buf.push(((tmp.indices[j]! ^ SEED_CNEG) >>> 0) & mask, tmp.values[j]!)
        } else addCharGrams(t.norm, cfg, buf)
      }
    }
    if (cluster && v.clu > 0 && embeddable(t)) {
      const id = emb!.index.get(t.norm)
      const c = id === undefined ? -1 : cluster[id]!
      if (c >= 0) buf.push(hashString(`c${c}${negated ? 'n' : ''}`, SEED_CLU) & mask, v.clu)
      const ch = hashString(`c${c}`, SEED_CLU)
      if (v.cluBi) buf.push(combineHashes(cprev, ch ^ SEED_CLUBI) & mask, v.clu)
      cprev = ch
    }
  }
  if (v.chars === 'text' && text.length > 0) addCharGrams(text, cfg, buf)
  if (v.words) buf.push(combineHashes(prev, BOS ^ SEED_BIGRAM) & mask, 1)
  buf.normalize()
  if (v.lex) {
    lexiconSummary(tokens, a, dense)
    for (let j = 0; j < LEXICON_FEATURE_COUNT; j++) if (dense[j] !== 0) buf.push(lexB[j]!, dense[j]!)
  }
  if (emb && v.emb > 0) {
    const d = emb.dim
    const s = new Float64Array(d)
    let n = 0
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (!embeddable(t)) continue
      const id = emb.index.get(t.norm)
      if (id === undefined) continue
      const sign = neg[i] === 1 ? -1 : 1
      for (let j = 0; j < d; j++) s[j] += sign * emb.vectors[id * d + j]!
      n++
    }
    if (n > 0) for (let j = 0; j < d; j++) buf.push((1 << v.bits) + j, (s[j]! / Math.sqrt(n)) * v.emb)
  }
}

function featurizeAll(v: View, toks: readonly (readonly Token[])[], labels: readonly string[], weights?: readonly number[]): SentimentExample[] {
  const a = new TokenAnalysis()
  const buf = new FeatureBuffer(1024)
  const tmp = new FeatureBuffer(256)
  let negBuf = new Uint8Array(256)
  const dense = new Float64Array(LEXICON_FEATURE_COUNT)
  const lexB = Int32Array.from({ length: LEXICON_FEATURE_COUNT }, (_, j) => lexiconBucket(j, v.bits))
  return toks.map((tk, i) => {
    if (negBuf.length < tk.length) negBuf = new Uint8Array(tk.length * 2)
    featurize(v, tk, a, buf, tmp, negBuf, dense, lexB)
    const s = buf.snapshot()
    return { indices: s.indices, values: s.values, target: CLS.indexOf(labels[i]!), weight: weights?.[i] ?? 1 }
  })
}

function logits(w: Float32Array, b: Float32Array, ex: readonly SentimentExample[]): Float64Array {
  const out = new Float64Array(ex.length * 3)
  ex.forEach((e, n) => {
    let z0 = b[0]!, z1 = b[1]!, z2 = b[2]!
    for (let i = 0; i < e.indices.length; i++) { const k = e.indices[i]! * 3, x = e.values[i]!; z0 += w[k]! * x; z1 += w[k + 1]! * x; z2 += w[k + 2]! * x }
    const m = Math.max(z0, z1, z2), ls = m + Math.log(Math.exp(z0 - m) + Math.exp(z1 - m) + Math.exp(z2 - m))
    out[n * 3] = z0 - ls; out[n * 3 + 1] = z1 - ls; out[n * 3 + 2] = z2 - ls
  })
  return out
}

const vTarget = val.map((r) => CLS.indexOf(r.label))
function score(lg: Float64Array, off: [number, number]): { mr: number; f1: number; acc: number; rec: number[] } {
  const conf = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
  for (let i = 0; i < vTarget.length; i++) {
    const z0 = lg[i * 3]! + off[0], z1 = lg[i * 3 + 1]!, z2 = lg[i * 3 + 2]! + off[1]
    const p = z0 >= z1 && z0 >= z2 ? 0 : z1 >= z2 ? 1 : 2
    conf[vTarget[i]!]![p]++
  }
  const rec = [0, 1, 2].map((c) => conf[c]![c]! / conf[c]!.reduce((a, b) => a + b, 0))
  const prec = [0, 1, 2].map((c) => conf[c]![c]! / Math.max(1, conf[0]![c]! + conf[1]![c]! + conf[2]![c]!))
  const f1 = [0, 1, 2].map((c) => (prec[c]! + rec[c]! > 0 ? (2 * prec[c]! * rec[c]!) / (prec[c]! + rec[c]!) : 0))
  return { mr: (rec[0]! + rec[1]! + rec[2]!) / 3, f1: (f1[0]! + f1[1]! + f1[2]!) / 3, acc: (conf[0]![0]! + conf[1]![1]! + conf[2]![2]!) / vTarget.length, rec }
}
function tuned(lg: Float64Array) {
  let best = { s: score(lg, [0, 0]), a: 0, c: 0 }
  for (let ia = -12; ia <= 12; ia++) for (let ic = -12; ic <= 12; ic++) {
    const a = ia * 0.05, c = ic * 0.05, s = score(lg, [a, c])
    if (s.mr > best.s.mr + 1e-9 || (Math.abs(s.mr - best.s.mr) <= 1e-9 && Math.abs(a) + Math.abs(c) < Math.abs(best.a) + Math.abs(best.c))) best = { s, a, c }
  }
  return best
}
const fmt = (name: string, lg: Float64Array) => {
  const raw = score(lg, [0, 0]), b = tuned(lg)
  return `${name.padEnd(28)} raw ${(raw.mr * 100).toFixed(2)} | tuned MR ${(b.s.mr * 100).toFixed(2)} F1 ${(b.s.f1 * 100).toFixed(2)} acc ${(b.s.acc * 100).toFixed(2)} R ${b.s.rec.map((x) => (x * 100).toFixed(1)).join('/')} off ${b.a.toFixed(2)},${b.c.toFixed(2)}`
}

const seeds = (args.seed ?? '1,2').split(',').map(Number)
const viewNames = (args.views ?? 'base').split(',')
const bags = num('bags', 4)
const results = new Map<string, Float64Array>() // `${view}@${seed}` → val log-probs
for (const name of viewNames) {
  const v: View = { ...BASE, ...VIEWS[name.split(':')[0]!] }
  for (const kv of name.split(':').slice(1)) { const [k, x] = kv.split('~') as [keyof View, string]; (v as any)[k] = x === 'true' ? true : x === 'false' ? false : isNaN(Number(x)) ? x : Number(x) }
  t0 = Date.now()
  const ex = featurizeAll(v, trTok, rows.map((r) => r.label), rows.map((r) => r.weight))
  const vx = featurizeAll(v, vaTok, val.map((r) => r.label))
  // Note: lexicon buckets could collide with sparse ones; rare enough for an experiment.
  const idfA = num('idf', 0)
  if (idfA > 0) {
    // IDF^alpha reweighting of the sparse part (document frequency per bucket over train), then re-normalised.
    const lexSet = new Set(Array.from({ length: LEXICON_FEATURE_COUNT }, (_, j) => lexiconBucket(j, v.bits)))
    const df = new Float64Array(1 << v.bits)
    for (const e of ex) for (let i = 0; i < e.indices.length; i++) df[e.indices[i]!]++
    const idf = Float32Array.from(df, (d) => Math.log((ex.length + 1) / (d + 1)) ** idfA)
    for (const set of [ex, vx]) for (const e of set) {
      let sq = 0
      for (let i = 0; i < e.indices.length; i++) if (!lexSet.has(e.indices[i]!)) { e.values[i] = e.values[i]! * idf[e.indices[i]!]!; sq += e.values[i]! ** 2 }
      const k = sq > 0 ? 1 / Math.sqrt(sq) : 0
      for (let i = 0; i < e.indices.length; i++) if (!lexSet.has(e.indices[i]!)) e.values[i] = e.values[i]! * k
    }
  }
  const nnz = ex.reduce((a, e) => a + e.indices.length, 0) / ex.length
  let dim = (1 << v.bits) + (emb ? emb.dim : 0)
  const da = num('da', 0)
  const baseDim = dim
  if (da > 0) {
    // Frustratingly easy domain adaptation: a general copy of every feature plus a per-domain copy;
    // prediction uses general + target-domain (semeval) weights folded into one vector.
    const ndom = 4
    ex.forEach((e, n) => {
      const d = rows[n]!.dom, k = e.indices.length
      const idx = new Int32Array(2 * k), vals = new Float32Array(2 * k)
      idx.set(e.indices); vals.set(e.values)
      for (let i = 0; i < k; i++) { idx[k + i] = e.indices[i]! + baseDim * (1 + d); vals[k + i] = e.values[i]! * da }
      ;(ex as any)[n] = { ...e, indices: idx, values: vals }
    })
    dim = baseDim * (1 + ndom)
  }
  for (const seed of seeds) {
    const t1 = Date.now()
    const w = new Float32Array(dim * 3), b = new Float32Array(3)
    const recipe = { ...DEFAULT_SENTIMENT_RECIPE, learningRate: num('lr', 0.1), epochs: num('epochs', 2) }
    for (let bag = 0; bag < bags; bag++) {
      const m = trainSoftmax(ex, dim, recipe, createRng((seed + bag * 0x9e3779b9) >>> 0))
      for (let j = 0; j < w.length; j++) w[j]! += m.weights[j]! / bags
      for (let c = 0; c < 3; c++) b[c]! += m.bias[c]! / bags
    }
    const pw = num('pseudo', 0)
    if (pw > 0) {
      // Self-training: label unlabelled allowed texts with this model, keep confident ones, retrain from scratch.
      const ux = featurizeAll(v, unTok, unTok.map(() => 'neutral'))
      const ul = logits(w, b, ux)
      const aug: SentimentExample[] = [...ex]
      const cnt = [0, 0, 0]
      ux.forEach((e, n) => {
        let c = 0; for (let k = 1; k < 3; k++) if (ul[n * 3 + k]! > ul[n * 3 + c]!) c = k
        const p = Math.exp(ul[n * 3 + c]!)
        if (p >= num('ptau', 0.8)) { aug.push({ ...e, target: c, weight: pw }); cnt[c]++ }
      })
      console.log(`  pseudo-labelled ${cnt.join('/')} of ${ux.length}`)
      w.fill(0); b.fill(0)
      for (let bag = 0; bag < bags; bag++) {
        const m = trainSoftmax(aug, dim, recipe, createRng((seed + bag * 0x9e3779b9) >>> 0))
        for (let j = 0; j < w.length; j++) w[j]! += m.weights[j]! / bags
        for (let c = 0; c < 3; c++) b[c]! += m.bias[c]! / bags
      }
    }
    let wf = w
    if (da > 0) { wf = w.slice(0, baseDim * 3); for (let j = 0; j < wf.length; j++) wf[j]! += da * w[baseDim * 3 + j]! }
    const lg = logits(wf, b, vx)
    results.set(`${name}@${seed}`, lg)
    console.log(`${fmt(`${name}@${seed}`, lg)}  (nnz ${nnz.toFixed(0)}, ${((Date.now() - t1) / 1000).toFixed(1)}s)`)
  }
}
// Ensembles: every listed combo (default: all pairs and the full set), averaged log-probs.
const combos = args.ens ? args.ens.split(',').map((c) => c.split('+')) : (() => {
  const out: string[][] = []
  for (let i = 0; i < viewNames.length; i++) for (let j = i + 1; j < viewNames.length; j++) out.push([viewNames[i]!, viewNames[j]!])
  if (viewNames.length > 2) out.push(viewNames)
  return out
})()
for (const combo of combos) {
  const line: number[] = []
  for (const seed of seeds) {
    const parts = combo.map((c) => { const [n, wt] = c.split('*'); return [results.get(`${n}@${seed}`)!, Number(wt ?? 1)] as const })
    const tw = parts.reduce((a, [, x]) => a + x, 0)
    const lg = new Float64Array(parts[0]![0].length)
    for (const [p, x] of parts) for (let i = 0; i < lg.length; i++) lg[i]! += (p[i]! * x) / tw
    console.log(fmt(`${combo.join('+')}@${seed}`, lg))
    line.push(tuned(lg).s.mr)
  }
  console.log(`  → mean tuned MR ${((line.reduce((a, b) => a + b, 0) / line.length) * 100).toFixed(2)}`)
}
