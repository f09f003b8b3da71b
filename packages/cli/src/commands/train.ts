import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { type ConfidenceCalibration, calibrateProbabilities, classificationMetrics, createReader, cueKindsFor, decodeModel, encodeModel, expectedCalibrationError, fitConfidenceCalibration, type ModelProvenance } from '@undertone/engine'
import { buildSentimentTrainingRows, DEFAULT_SENTIMENT_RECIPE, encodeEmotionHeads, encodeGoemotionsBlock, parseVaderLexicon, SENTIMENT_AUX_WEIGHTS, trainEmotionHeads, trainSentimentModel, withoutGoemotions } from '@undertone/engine/training'

/** Options of `undertone train`. */
export interface TrainOptions {
  readonly data: string
  readonly out: string
  readonly seed: number
}

const LABELS = ['negative', 'neutral', 'positive']

function loadJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

/** Locates the VADER lexicon shipped inside the vader-sentiment package (MIT/Apache-2.0). */
function vaderLexiconPath(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt')
}

/**
 * Trains the built-in sentiment model from the shared data sets whose licences allow shipping
 * derived weights, checks the full reader on validation, and writes the encoded model as a
 * generated TypeScript module plus a human-readable provenance file next to the engine.
 */
export async function runTrain(opts: TrainOptions): Promise<void> {
  const at = (p: string): string => join(opts.data, p)
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`)
  }
  const semeval = loadJsonl(at('semeval-sentiment-2013-2016/train.jsonl')) as { text: string; label: string }[]
  const goemotions = loadJsonl(at('goemotions/train.jsonl')) as { text: string; labels: string[] }[]
  const tweetevalEmotion = loadJsonl(at('tweeteval-emotion/train.jsonl')) as { text: string; label: string }[]
  const validation = (loadJsonl(at('tweeteval-sentiment/validation.jsonl')) as { text: string; label: string }[]).filter((r) => LABELS.includes(r.label))
  const rows = buildSentimentTrainingRows({ semeval, goemotions, tweetevalEmotion })
  const lexicon = parseVaderLexicon(readFileSync(vaderLexiconPath(), 'utf8'))
  log(`training on ${rows.length} rows (seed ${opts.seed})`)
  const t0 = performance.now()
  const model = trainSentimentModel(rows, { seed: opts.seed, lexicon, validation, cueKindsOf: cueKindsFor, log })
  const trainSeconds = (performance.now() - t0) / 1000

  // Metrics of the whole reader (model + cues + fusion), which is what users get.
  const reader = createReader({ model, modelVersion: 'candidate', calibration: null })
  const sentiments = validation.map((r) => reader.read(r.text).sentiment)
  const predicted = sentiments.map((s) => s.label)
  const m = classificationMetrics(LABELS, validation.map((r) => r.label), predicted)
  // Confidence calibration: a Platt curve per predicted label, fitted on validation. Its honest
  // error is estimated by fitting on one half and measuring on the other (both ways).
  const probs = sentiments.map((s) => [s.probabilities.negative, s.probabilities.neutral, s.probabilities.positive] as [number, number, number])
  const winners = predicted.map((l) => LABELS.indexOf(l))
  const correct = sentiments.map((s, i) => s.label === validation[i]?.label)
  const confidences = sentiments.map((s) => s.confidence)
  const eceBefore = expectedCalibrationError(confidences, correct)
  const calibration = fitConfidenceCalibration(winners, confidences, correct)
  const half = (k: number): number[] => winners.map((_, i) => i).filter((i) => i % 2 === k)
  const crossConf: number[] = new Array(winners.length).fill(0)
  for (const k of [0, 1]) {
    const fit = half(1 - k)
    const cal: ConfidenceCalibration = fitConfidenceCalibration(fit.map((i) => winners[i] as number), fit.map((i) => confidences[i] as number), fit.map((i) => correct[i] as boolean))
    for (const i of half(k)) crossConf[i] = calibrateProbabilities(probs[i] as [number, number, number], winners[i] as number, cal)[winners[i] as number] as number
  }
  const eceAfter = expectedCalibrationError(crossConf, correct)
  log(`confidence calibration: ECE ${eceBefore.toFixed(4)} → ${eceAfter.toFixed(4)} (2-fold cross-fitted on validation)`)
  log(`validation (full reader): macro-recall ${(m.macroRecall * 100).toFixed(2)}, macro-F1 ${(m.macroF1 * 100).toFixed(2)}, accuracy ${(m.accuracy * 100).toFixed(2)}`)

  const date = new Date().toISOString().slice(0, 10)
  const counts = {
    semeval: buildSentimentTrainingRows({ semeval }).length,
    goemotions: buildSentimentTrainingRows({ goemotions }).length,
    tweetevalEmotion: buildSentimentTrainingRows({ tweetevalEmotion }).length,
  }
  const provenance: ModelProvenance = {
    version: `base-${date}-s${opts.seed}`,
    datasets: [
      { name: 'semeval-sentiment-2013-2016 (train)', licence: 'not stated for the data (repository code MIT; tweets under the Twitter ToS); not non-commercial', rows: counts.semeval, weight: 1 },
      { name: 'goemotions (train), emotions mapped to polarity', licence: 'Apache-2.0 (mirror repository); no data licence stated upstream', rows: counts.goemotions, weight: SENTIMENT_AUX_WEIGHTS.goemotions },
      { name: 'tweeteval-emotion (train), anger/sadness → negative, joy/optimism → positive', licence: 'not stated in the TweetEval repository; not non-commercial', rows: counts.tweetevalEmotion, weight: SENTIMENT_AUX_WEIGHTS.tweetevalEmotion },
    ],
    attributions: ['VADER sentiment lexicon © C.J. Hutto (MIT License), as shipped in the vader-sentiment npm package (Apache-2.0); bundled in the model for its lexicon features.'],
    metrics: {
      validationMacroRecall: round(m.macroRecall),
      validationMacroF1: round(m.macroF1),
      validationAccuracy: round(m.accuracy),
      validationRows: m.n,
      validationEce: round(eceAfter),
      validationEceUncalibrated: round(eceBefore),
      trainSeconds: round(trainSeconds, 1),
    },
    recipe: { ...DEFAULT_SENTIMENT_RECIPE, seed: opts.seed, command: 'npm run train', validationSet: 'tweeteval-sentiment/validation (class-bias offsets only)', date },
  }
  const encoded = encodeModel(model, provenance)
  writeFileSync(
    opts.out,
    `// Generated by \`npm run train\` on ${date}; do not edit. Provenance: packages/engine/MODEL.md.\n` +
      `/** The built-in sentiment model, encoded (JSON header line + base64 int8 weights). */\nexport const BASE_MODEL_DATA =\n  ${JSON.stringify(encoded)}\n\n` +
      `/** Confidence calibration (per-label Platt curves) fitted on validation by \`npm run train\`. */\nexport const BASE_MODEL_CALIBRATION = ${JSON.stringify({ perLabel: calibration.perLabel.map((x) => ({ a: round(x.a), b: round(x.b) })) })}\n`,
  )
  // The emotion heads read the shipped (quantised) sentiment model's features, so they are
  // trained against the decoded model, and must be retrained whenever it is.
  const shipped = decodeModel(encoded).model
  log('training the emotion heads (GoEmotions, TweetEval emotion, iSarcasmEval, MOOC urgency)…')
  const heads = trainEmotionHeads(
    shipped,
    {
      goemotions,
      tweetevalEmotion,
      isarcasm: loadJsonl(at('isarcasmeval-en/train.jsonl')) as never,
      mooc: loadJsonl(at('mooc-forum-urgency/train.jsonl')) as never,
    },
    { goemotions: loadJsonl(at('goemotions/validation.jsonl')) as never, mooc: loadJsonl(at('mooc-forum-urgency/validation.jsonl')) as never },
    { seed: opts.seed, cueKindsOf: cueKindsFor, log },
  )
  const headsProvenance: ModelProvenance = {
    version: `heads-${date}-s${opts.seed}`,
    datasets: [
      { name: 'goemotions (train), 28 labels and our emotions (see GOEMOTIONS_TO_HEADS)', licence: 'Apache-2.0 (mirror repository)', rows: goemotions.length },
      { name: 'tweeteval-emotion (train), weight 0.5', licence: 'not stated; not non-commercial', rows: tweetevalEmotion.length },
      { name: 'isarcasmeval-en (train), sarcasm', licence: 'MIT', rows: loadJsonl(at('isarcasmeval-en/train.jsonl')).length },
      { name: 'mooc-forum-urgency (train), urgency 1–7', licence: 'repository MIT; data licence not stated', rows: loadJsonl(at('mooc-forum-urgency/train.jsonl')).length },
    ],
    metrics: {
      urgencyPearsonValidation: round(heads.report.urgencyPearson),
      ...(heads.report.goemotionsMacroF1 === undefined ? {} : { goemotionsMacroF1Validation: round(heads.report.goemotionsMacroF1) }),
      ...Object.fromEntries(Object.entries(heads.report.headF1).map(([k, v]) => [`f1_${k}`, round(v)])),
      ...Object.fromEntries(Object.entries(heads.report.goemotionsF1 ?? {}).map(([k, v]) => [`goemotions_f1_${k}`, round(v)])),
    },
    recipe: { seed: opts.seed, command: 'npm run train', date },
  }
  const builtin = dirname(opts.out)
  writeFileSync(join(builtin, 'heads-model.ts'), `// Generated by \`npm run train\` on ${date}; do not edit.\n/** The always-on emotion heads (our emotions, sarcasm, urgency), encoded. */\nexport const HEADS_MODEL_DATA =\n  ${JSON.stringify(encodeEmotionHeads(withoutGoemotions(heads.model), headsProvenance))}\n`)
  writeFileSync(join(builtin, 'goemotions-model.ts'), `// Generated by \`npm run train\` on ${date}; do not edit.\n/** The 28-label GoEmotions block, loaded only when asked for. */\nexport const GOEMOTIONS_MODEL_DATA =\n  ${JSON.stringify(encodeGoemotionsBlock(heads.model, headsProvenance))}\n`)
  log(`emotion heads: ${JSON.stringify(heads.report)}`)
  const modelMd = join(dirname(opts.out), '..', '..', 'MODEL.md')
  writeFileSync(modelMd, renderModelCard(provenance, encoded.length, m) + renderHeadsCard(headsProvenance))
  log(`wrote ${opts.out} (${(encoded.length / 1024 / 1024).toFixed(2)} MB) and ${modelMd}`)
}

function round(x: number, d = 4): number {
  return Math.round(x * 10 ** d) / 10 ** d
}

function renderHeadsCard(p: ModelProvenance): string {
  const m = p.metrics ?? {}
  const f = (k: string): string => (m[k] === undefined ? '–' : (m[k] as number).toFixed(3))
  return `
## Emotion heads (\`heads-model.ts\`, always loaded) and GoEmotions (\`goemotions-model.ts\`, on demand)

Version \`${p.version}\`. Trained on the features of the shipped sentiment model (so they are
retrained with it), with these sets:

| data set | licence | rows |
|---|---|---:|
${p.datasets.map((d) => `| ${d.name} | ${d.licence} | ${d.rows} |`).join('\n')}

Label mapping from GoEmotions: frustration ← annoyance; anger ← anger, disgust; confusion ← confusion;
satisfaction ← joy, admiration, approval, relief, love; gratitude ← gratitude; disappointment ←
disappointment, sadness. TweetEval emotion (weight 0.5): anger → anger, joy → satisfaction,
sadness → disappointment. Sarcasm: iSarcasmEval (author-labelled). Urgency: MOOC forum ratings,
(score − 1) / 6, ridge regression. The irony sets (non-commercial) are never trained on.

| figure (validation unless said) | value |
|---|---:|
| GoEmotions 28-label macro-F1 (thresholds tuned on validation) | ${f('goemotionsMacroF1Validation')} |
| GoEmotions F1: annoyance / anger / confusion / disappointment / gratitude | ${f('goemotions_f1_annoyance')} / ${f('goemotions_f1_anger')} / ${f('goemotions_f1_confusion')} / ${f('goemotions_f1_disappointment')} / ${f('goemotions_f1_gratitude')} |
| heads F1: frustration / anger / confusion / satisfaction / gratitude / disappointment | ${f('f1_frustration')} / ${f('f1_anger')} / ${f('f1_confusion')} / ${f('f1_satisfaction')} / ${f('f1_gratitude')} / ${f('f1_disappointment')} |
| sarcasm F1, 5-fold cross-validated on iSarcasmEval train | ${f('f1_sarcasm')} |
| urgency head, Pearson r with MOOC ratings | ${f('urgencyPearsonValidation')} |
`
}

function renderModelCard(p: ModelProvenance, bytes: number, m: ReturnType<typeof classificationMetrics>): string {
  const pct = (x: number): string => (x * 100).toFixed(2)
  return `# The built-in sentiment model

Generated by \`npm run train\` (\`undertone train\`); this file is rewritten with the weights.

- Version: \`${p.version}\`
- Encoded size: ${(bytes / 1024 / 1024).toFixed(2)} MB (\`packages/engine/src/builtin/base-model.ts\`)
- Training is deterministic: the same data, seed and recipe give the same weights.

## Training data (only sets whose licence allows shipping derived weights)

| data set | licence | rows | weight |
|---|---|---:|---:|
${p.datasets.map((d) => `| ${d.name} | ${d.licence} | ${d.rows} | ${d.weight ?? 1} |`).join('\n')}

Not used for the shipped weights: SemEval-2018 irony and TweetEval irony (CC BY-NC-SA), MELD (GPL-3.0),
TWCS (CC BY-NC-SA). The TweetEval sentiment validation split is used only to tune three class-bias
offsets and to report the figures below; it is never trained on.

## Bundled resources

${(p.attributions ?? []).map((a) => `- ${a}`).join('\n')}

## Validation (TweetEval sentiment, full reader: model + cues)

| figure | value |
|---|---:|
| macro-recall | ${pct(m.macroRecall)} |
| macro-F1 | ${pct(m.macroF1)} |
| accuracy | ${pct(m.accuracy)} |
| expected calibration error of confidence (15 bins; calibrated, 2-fold cross-fitted) | ${(p.metrics?.validationEce ?? 0).toFixed(4)} (uncalibrated: ${(p.metrics?.validationEceUncalibrated ?? 0).toFixed(4)}) |
${m.perClass.map((c) => `| recall ${c.label} | ${pct(c.recall)} |`).join('\n')}

## Recipe

\`\`\`json
${JSON.stringify(p.recipe, null, 2)}
\`\`\`
`
}
