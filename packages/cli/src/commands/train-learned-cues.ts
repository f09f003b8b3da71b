import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { type CueKind, createLearnedCueScorer, LEARNED_CUE_KINDS, type LearnedCuesModel, type ModelProvenance, tokenize } from '@undertone/engine'
import { DEFAULT_LEARNED_CUES_RECIPE, encodeLearnedCues, LEARNED_CUE_KINDS_OTHER_LANGUAGES, type LearnedCueExample, learnedCueLabels, learnedCueLabelsOtherLanguages, MULTILINGUAL_LANGUAGES, noLearnedCues, trainLearnedCues } from '@undertone/engine/training'

/** One written sentence of a reading kind, with the round it was written in. */
export interface WrittenCase {
  readonly round: string
  readonly kind: string
  readonly text: string
}

// The English rounds of written sentences (each `const NAME: readonly Case[] = [` … `]`, one
// `["kind", "text"],` per line): this project's own writing, kept as the reading tests' fixtures.
const WRITTEN_FILES = ['spec-kinds-retold.test.ts', 'spec-kinds-later-rounds.ts', 'spec-kinds-recent-rounds.ts', 'spec-kinds-newest-rounds.ts', 'spec-kinds-latest-rounds.ts']
// Rounds held out when the metrics are measured: three late English rounds with other businesses and writers.
const HELD_OUT_ROUNDS = ['FORTY_SIXTH_ROUND', 'FIFTIETH_ROUND', 'FIFTY_FIRST_ROUND']
const HELD_OUT_ROUNDS_OTHER_LANGUAGES = ['FORTY_SEVENTH_ROUND_OTHER_LANGUAGES', 'FORTY_NINTH_ROUND_OTHER_LANGUAGES', 'FIFTY_SECOND_ROUND_OTHER_LANGUAGES']
// Ordinary posts and comments, as texts that carry none of the cues, counted at this weight.
const ORDINARY_ROWS = 20000
const ORDINARY_WEIGHT = 0.3

/**
 * Reads the written rounds out of the engine's test fixtures: the English ones, or the other
 * languages'. A round's sentences still misread (`NAME_MISSED`) count under their round.
 */
export function readWrittenCases(testDir: string, which: 'english' | 'other' = 'english'): WrittenCase[] {
  const out: WrittenCase[] = []
  for (const file of WRITTEN_FILES) {
    let round: string | undefined
    for (const line of readFileSync(join(testDir, file), 'utf8').split('\n')) {
      const open = /^(?:export )?const ([A-Z_]+): readonly Case\[\] = \[/.exec(line)
      if (open !== null) {
        round = (open[1]?.includes('OTHER_LANGUAGES') === true) === (which === 'other') ? open[1] : undefined
        continue
      }
      if (line.startsWith(']')) round = undefined
      if (round === undefined) continue
      const c = /^\s*\[\s*("(?:[^"\\]|\\.)*")\s*,\s*("(?:[^"\\]|\\.)*")\s*\]/.exec(line)
      if (c !== null) out.push({ round: round.replace(/_MISSED$/, ''), kind: JSON.parse(c[1] as string) as string, text: JSON.parse(c[2] as string) as string })
    }
  }
  // In one order whatever list of its round a sentence sits in (read right, or still missed), so
  // moving a sentence between them does not change the training.
  const key = (c: WrittenCase): string => `${c.round}\u0000${c.kind}\u0000${c.text}`
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

function firstTexts(path: string, n: number): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, n)
    .map((l) => (JSON.parse(l) as { text: string }).text)
}

/** AUC of scores for positives against negatives (ties count half). */
function auc(pos: readonly number[], neg: readonly number[]): number {
  let s = 0
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0
  return s / (pos.length * neg.length)
}

/** One learned-cues model to train: which written sentences, labels and ordinary texts, and where it goes. */
interface LearnedCuesTarget {
  readonly name: string
  readonly file: string
  readonly kinds: readonly CueKind[]
  readonly written: readonly WrittenCase[]
  readonly labels: (kind: string) => Int8Array
  readonly ordinary: readonly string[]
  readonly ordinaryName: string
  readonly ordinaryLicence: string
  readonly heldOutRounds: readonly string[]
}

function trainTarget(t: LearnedCuesTarget, seed: number, date: string, log: (line: string) => void): { bytes: Uint8Array; provenance: ModelProvenance } {
  const recipe = DEFAULT_LEARNED_CUES_RECIPE
  const example = (text: string, labels: Int8Array, weight: number): LearnedCueExample => ({ tokens: tokenize(text), labels, weight })
  const ordinaryExamples = t.ordinary.map((text) => example(text, noLearnedCues(t.kinds), ORDINARY_WEIGHT))
  log(`${t.name}: ${t.written.length} written sentences in ${new Set(t.written.map((w) => w.round)).size} rounds, ${t.ordinary.length} ordinary texts`)

  // Held out by round: what the cues do on a round of writers and businesses they never saw.
  const heldOut = t.written.filter((w) => t.heldOutRounds.includes(w.round))
  const fold = trainLearnedCues([...t.written.filter((w) => !t.heldOutRounds.includes(w.round)).map((w) => example(w.text, t.labels(w.kind), 1)), ...ordinaryExamples], recipe, seed, t.kinds)
  const metrics: Record<string, number> = {}
  const scorer = createLearnedCueScorer(fold)
  const probs = new Float64Array(t.kinds.length)
  const scored = heldOut.map((w) => {
    const tokens = tokenize(w.text)
    scorer.score(tokens, 0, tokens.length, probs)
    return { labels: t.labels(w.kind), p: Float64Array.from(probs) }
  })
  t.kinds.forEach((kind, k) => {
    const threshold = fold.thresholds[k] as number
    const pos = scored.filter((s) => s.labels[k] === 1).map((s) => s.p[k] as number)
    const neg = scored.filter((s) => s.labels[k] === 0).map((s) => s.p[k] as number)
    metrics[`${kind}.heldOutRoundsAuc`] = Math.round(auc(pos, neg) * 1000) / 1000
    metrics[`${kind}.heldOutRoundsRecall`] = Math.round((pos.filter((p) => p >= threshold).length / pos.length) * 1000) / 1000
    metrics[`${kind}.heldOutRoundsFalsePositives`] = neg.filter((p) => p >= threshold).length
    metrics[`${kind}.heldOutRoundsNegatives`] = neg.length
    log(`  ${kind}: rounds ${t.heldOutRounds.join(', ')} held out: AUC ${metrics[`${kind}.heldOutRoundsAuc`]}, recall at ${threshold} ${metrics[`${kind}.heldOutRoundsRecall`]}, ${metrics[`${kind}.heldOutRoundsFalsePositives`]} of ${neg.length} other sentences`)
  })

  const model: LearnedCuesModel = trainLearnedCues([...t.written.map((w) => example(w.text, t.labels(w.kind), 1)), ...ordinaryExamples], recipe, seed, t.kinds)
  const provenance: ModelProvenance = {
    // The weights' fingerprint in the version: two trainings on one day (new rounds, a new kind) gave
    // different files the same name.
    version: `${t.file.replace(/\.bin$/, '')}-${date}-s${seed}-${fingerprint(model)}`,
    datasets: [
      { name: `written reading-kind sentences (this project's own, packages/engine/test/spec-kinds-*.ts, ${t.name})`, licence: 'Apache-2.0 (this repository)', rows: t.written.length, weight: 1 },
      { name: t.ordinaryName, licence: t.ordinaryLicence, rows: t.ordinary.length, weight: ORDINARY_WEIGHT },
    ],
    metrics,
    recipe: { ...recipe, seed, heldOutRounds: t.heldOutRounds },
  }
  return { bytes: encodeLearnedCues(model, provenance), provenance }
}

/** The first 8 hex digits of the SHA-256 of a model's kinds, weights and thresholds. */
function fingerprint(model: LearnedCuesModel): string {
  const h = createHash('sha256').update(model.kinds.join(',')).update(new Uint8Array(model.codes.buffer, model.codes.byteOffset, model.codes.byteLength))
  for (const a of [model.scales, model.bias, model.thresholds]) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))
  return h.digest('hex').slice(0, 8)
}

/** What `npm run train` wrote for the learned cues: each model's file bytes and provenance. */
export interface LearnedCuesAssets {
  readonly english: { readonly bytes: Uint8Array; readonly provenance: ModelProvenance }
  readonly other: { readonly bytes: Uint8Array; readonly provenance: ModelProvenance }
}

/**
 * Trains the learned cues (see the engine's learned-cues.ts): the English model on the English written
 * rounds and ordinary English texts, and the other languages' on their rounds and XLM-T's tweets in
 * those languages; measures each with three late rounds held out, writes `learned-cues.bin` and
 * `learned-cues-other-languages.bin` into `out` and lists them in `builtin-models.json`.
 */
export function trainLearnedCuesAsset(opts: { data: string; out: string; seed: number; date: string }, log: (line: string) => void): LearnedCuesAssets {
  const testDir = join(dirname(opts.out), 'test')
  const english = trainTarget(
    {
      name: 'English rounds',
      file: 'learned-cues.bin',
      kinds: LEARNED_CUE_KINDS,
      written: readWrittenCases(testDir, 'english'),
      labels: learnedCueLabels,
      ordinary: [...firstTexts(join(opts.data, 'semeval-sentiment-2013-2016/train.jsonl'), ORDINARY_ROWS), ...firstTexts(join(opts.data, 'goemotions/train.jsonl'), ORDINARY_ROWS)],
      ordinaryName: 'semeval-sentiment-2013-2016 and goemotions (train, the first 20,000 rows of each), as texts without the cues',
      ordinaryLicence: 'SemEval: not stated for the data (repository code MIT; tweets under the Twitter ToS), not non-commercial; GoEmotions: Apache-2.0 (mirror repository)',
      heldOutRounds: HELD_OUT_ROUNDS,
    },
    opts.seed,
    opts.date,
    log,
  )
  const languages = MULTILINGUAL_LANGUAGES.filter((l) => l !== 'en')
  const xlmt = readFileSync(join(opts.data, 'xlm-t-sentiment-multilingual/train.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; lang: string })
    .filter((r) => languages.includes(r.lang))
    .map((r) => r.text)
  const other = trainTarget(
    {
      name: 'other languages\' rounds',
      file: 'learned-cues-other-languages.bin',
      kinds: LEARNED_CUE_KINDS_OTHER_LANGUAGES,
      // Every written sentence of the other languages' rounds: their plain questions too, as support
      // messages without either cue (a question about moving a delivery is no complaint).
      written: readWrittenCases(testDir, 'other'),
      labels: learnedCueLabelsOtherLanguages,
      ordinary: xlmt,
      ordinaryName: `xlm-t-sentiment-multilingual (train; ${languages.join(', ')}), as texts without the cues`,
      ordinaryLicence: 'Apache-2.0 (XLM-T repository); restrictions may apply to individual datasets and to Twitter content',
      heldOutRounds: HELD_OUT_ROUNDS_OTHER_LANGUAGES,
    },
    opts.seed,
    opts.date,
    log,
  )
  writeFileSync(join(opts.out, 'learned-cues.bin'), english.bytes)
  writeFileSync(join(opts.out, 'learned-cues-other-languages.bin'), other.bytes)
  const manifestPath = join(opts.out, 'builtin-models.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
  manifest.learnedCues = { file: 'learned-cues.bin', version: english.provenance.version }
  manifest.learnedCuesOtherLanguages = { file: 'learned-cues-other-languages.bin', version: other.provenance.version, languages }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  log(`learned cues: wrote learned-cues.bin (${english.bytes.length} bytes) and learned-cues-other-languages.bin (${other.bytes.length} bytes)`)
  return { english, other }
}

const CARD_HEADING = '## Learned cues'

function kindRows(p: ModelProvenance, kinds: readonly string[]): string {
  const m = p.metrics ?? {}
  return kinds.map((k) => `| ${k} | ${m[`${k}.heldOutRoundsAuc`]} | ${m[`${k}.heldOutRoundsRecall`]} | ${m[`${k}.heldOutRoundsFalsePositives`]} of ${m[`${k}.heldOutRoundsNegatives`]} |`).join('\n')
}

function datasetRows(p: ModelProvenance): string {
  return p.datasets.map((d) => `| ${d.name} | ${d.licence} | ${d.rows} | ${d.weight ?? 1} |`).join('\n')
}

/** The MODEL.md section of the learned cues, from the two models' provenance. */
export function renderLearnedCuesCard(assets: LearnedCuesAssets): string {
  const { english, other } = assets
  const recipe = english.provenance.recipe as { threshold?: number; heldOutRounds?: string[]; thresholds?: Record<string, number> } | undefined
  const otherRecipe = other.provenance.recipe as { heldOutRounds?: string[]; thresholds?: Record<string, number> } | undefined
  const otherRounds = otherRecipe?.heldOutRounds
  const otherThresholds = otherRecipe?.thresholds
  return `${CARD_HEADING} (\`learned-cues.bin\`, ${(english.bytes.length / 1024).toFixed(0)} KB, version ${english.provenance.version}; \`learned-cues-other-languages.bin\`, ${(other.bytes.length / 1024).toFixed(0)} KB, version ${other.provenance.version})

One logistic model per cue kind over hashed word unigrams and bigrams, trained on the sentences this
project wrote for each kind of reading (the rounds in \`packages/engine/test/spec-kinds-*.ts\`) and on
ordinary texts as sentences without any of the cues. The reader adds a kind's cue where no phrase rule
found that kind and the model's probability reaches ${String(recipe?.threshold)}: in English ${LEARNED_CUE_KINDS.length} kinds (the fault report, an
\`issue-report\` cue, from ${String(recipe?.thresholds?.['issue-report'])}; delight told without a word of praise a rule knows, a \`praise\`
cue, from ${String(recipe?.thresholds?.praise)}), in ar, de, es, fr, hi, it and pt the churn threat and, from
${String(otherThresholds?.['issue-report'])}, the complaint (an \`issue-report\` cue added even beside a rule's fault report: the
rule marks a fault named, the model hears the whole message complain).

| data set | licence | rows | weight |
|---|---|---:|---:|
${datasetRows(english.provenance)}
${datasetRows(other.provenance)}

Measured with three late rounds held out (a model trained without them): AUC of the kind's sentences
against the others', recall at the kind's threshold, and how many of the other sentences it fired on.

English (${String(recipe?.heldOutRounds?.join(', '))} held out):

| cue | AUC | recall | false positives |
|---|---:|---:|---:|
${kindRows(english.provenance, LEARNED_CUE_KINDS)}

Other languages (${String(otherRounds?.join(', '))} held out):

| cue | AUC | recall | false positives |
|---|---:|---:|---:|
${kindRows(other.provenance, LEARNED_CUE_KINDS_OTHER_LANGUAGES)}
`
}

/** MODEL.md with its learned-cues section (the last one) replaced by `card`, or `card` appended. */
export function withLearnedCuesCard(modelMd: string, card: string): string {
  const at = modelMd.indexOf(`\n${CARD_HEADING}`)
  const head = at < 0 ? modelMd : modelMd.slice(0, at + 1)
  return `${head.endsWith('\n') ? head : `${head}\n`}${at < 0 ? '\n' : ''}${card}`
}
