/**
 * Multilingual sentiment (issue 18): candidate recipes for the ar/de/es/fr/hi/it/pt model, compared by
 * stratified 5-fold cross-validation on XLM-T train (mean macro-recall over the seven languages, and
 * each language's). XLM-T validation is printed only with VAL=1, for the chosen recipe, as a check.
 *
 *   node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm --log-level=error \
 *     research/exp-multilingual.ts --outfile=/tmp/exp-multilingual.mjs && node /tmp/exp-multilingual.mjs [names…]
 */
import { readFileSync } from 'node:fs'
import { MultilingualFeaturizer } from '../packages/engine/src/model/multilingual-features.js'
import { parseVaderLexicon } from '../packages/engine/src/model/lexicon-features.js'
import type { PolarityLexicon } from '../packages/engine/src/model/polarity/polarity-lexicon.js'
import { POLARITY_LEXICONS } from '../packages/engine/src/model/polarity/polarity-lexicons.js'
import { decodeModel } from '../packages/engine/src/model/model-codec.js'
import { createModelScorer } from '../packages/engine/src/model/create-model-scorer.js'
import {
  DEFAULT_MULTILINGUAL_RECIPE,
  MULTILINGUAL_LANGUAGES,
  type MultilingualRecipe,
  type MultilingualRow,
  featurizeMultilingual,
  figuresByLanguage,
  outOfFold,
  stratifiedFolds,
} from '../packages/engine/src/training/train-multilingual.js'

const DATA = process.env.DATA ?? '../shared/data'
const load = (p: string): Record<string, unknown>[] => readFileSync(`${DATA}/${p}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
const train = load('xlm-t-sentiment-multilingual/train.jsonl') as unknown as MultilingualRow[]
const semeval = load('semeval-sentiment-2013-2016/train.jsonl') as unknown as { text: string; label: string }[]

// The candidates below are variations on the recipe without naive-Bayes scaling (as shipped until
// 2026-12-07), so each keeps the meaning its row in docs/reader-accuracy.md gives it whatever ships;
// `shipped` is the recipe as it ships.
const { nb: _shippedNb, ...base } = DEFAULT_MULTILINGUAL_RECIPE
const f = base.features
type Cand = { recipe: MultilingualRecipe; helpers?: 'xlmt-en' | 'semeval'; helperWeight?: number; vader?: boolean }
const CANDIDATES: Record<string, Cand> = {
  base: { recipe: base },
  sharedOnly: { recipe: { ...base, features: { ...f, tagged: false } } },
  taggedOnly: { recipe: { ...base, features: { ...f, shared: false } } },
  noNeg: { recipe: { ...base, features: { ...f, negation: false } } },
  noChar: { recipe: { ...base, features: { ...f, charWeight: 0 } } },
  char3: { recipe: { ...base, features: { ...f, charMin: 3 } } },
  char1_4: { recipe: { ...base, features: { ...f, charMin: 1, charMax: 4 } } },
  charW025: { recipe: { ...base, features: { ...f, charWeight: 0.25 } } },
  charW1: { recipe: { ...base, features: { ...f, charWeight: 1 } } },
  noBigram: { recipe: { ...base, features: { ...f, bigrams: false } } },
  ep2: { recipe: { ...base, epochs: 2 } },
  ep8: { recipe: { ...base, epochs: 8 } },
  lr03: { recipe: { ...base, learningRate: 0.3 } },
  lr003: { recipe: { ...base, learningRate: 0.03 } },
  l2: { recipe: { ...base, l2: 1e-5 } },
  l2b: { recipe: { ...base, l2: 1e-4 } },
  bits16: { recipe: { ...base, features: { ...f, bits: 16 } } },
  bits20: { recipe: { ...base, features: { ...f, bits: 20 } } },
  bags4: { recipe: { ...base, bags: 4 } },
  enHelp: { recipe: base, helpers: 'xlmt-en', helperWeight: 1 },
  english1: { recipe: { ...base, features: { ...f, english: 1 } } },
  english03: { recipe: { ...base, features: { ...f, english: 0.3 } } },
  english3: { recipe: { ...base, features: { ...f, english: 3 } } },
  english1En: { recipe: { ...base, features: { ...f, english: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  english1En2: { recipe: { ...base, features: { ...f, english: 1 } }, helpers: 'xlmt-en', helperWeight: 2 },
  english1EnLr05: { recipe: { ...base, learningRate: 0.05, features: { ...f, english: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  english1EnEp8: { recipe: { ...base, epochs: 8, features: { ...f, english: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  english1EnChar3: { recipe: { ...base, features: { ...f, english: 1, charMin: 3 } }, helpers: 'xlmt-en', helperWeight: 1 },
  semHelp: { recipe: base, helpers: 'semeval', helperWeight: 0.3 },
  // The hand-written polarity words (packages/engine/src/model/polarity), at three scales.
  lex03: { recipe: { ...base, features: { ...f, english: 1, lexicon: 0.3 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1: { recipe: { ...base, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex3: { recipe: { ...base, features: { ...f, english: 1, lexicon: 3 } }, helpers: 'xlmt-en', helperWeight: 1 },
  // 2026-12-07 candidates, all on lex1 (the recipe shipped on 2026-12-06).
  shipped: { recipe: DEFAULT_MULTILINGUAL_RECIPE, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Bags4: { recipe: { ...base, bags: 4, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Avg: { recipe: { ...base, average: true, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1AvgEp8: { recipe: { ...base, average: true, epochs: 8, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Bits20L2: { recipe: { ...base, l2: 1e-5, features: { ...f, bits: 20, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Nb05: { recipe: { ...base, nb: { alpha: 1, beta: 0.5 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Nb1: { recipe: { ...base, nb: { alpha: 1, beta: 1 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA03: { recipe: { ...base, nb: { alpha: 0.3, beta: 1 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA3: { recipe: { ...base, nb: { alpha: 3, beta: 1 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbP15: { recipe: { ...base, nb: { alpha: 1, beta: 1, power: 1.5 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbP2: { recipe: { ...base, nb: { alpha: 1, beta: 1, power: 2 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Block: { recipe: { ...base, features: { ...f, english: 1, lexicon: 1, blockNorm: true } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Block11: { recipe: { ...base, features: { ...f, english: 1, lexicon: 1, blockNorm: true, charWeight: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Ens: { recipe: { ...base, ensemble: true, features: { ...f, english: 1, lexicon: 1, blockNorm: true, charWeight: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA10: { recipe: { ...base, nb: { alpha: 10, beta: 1 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA30: { recipe: { ...base, nb: { alpha: 30, beta: 1 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1BlockC035: { recipe: { ...base, features: { ...f, english: 1, lexicon: 1, blockNorm: true, charWeight: 0.35 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1BlockC07: { recipe: { ...base, features: { ...f, english: 1, lexicon: 1, blockNorm: true, charWeight: 0.7 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1BlockNbA3: { recipe: { ...base, nb: { alpha: 3, beta: 1 }, features: { ...f, english: 1, lexicon: 1, blockNorm: true } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1BlockNbA10: { recipe: { ...base, nb: { alpha: 10, beta: 1 }, features: { ...f, english: 1, lexicon: 1, blockNorm: true } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA3Bags4: { recipe: { ...base, bags: 4, nb: { alpha: 3, beta: 1 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA3AvgEp8: { recipe: { ...base, average: true, epochs: 8, nb: { alpha: 3, beta: 1 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA3B15: { recipe: { ...base, nb: { alpha: 3, beta: 1.5 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA3B2: { recipe: { ...base, nb: { alpha: 3, beta: 2 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbA10B15: { recipe: { ...base, nb: { alpha: 10, beta: 1.5 }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbClsA3: { recipe: { ...base, nb: { alpha: 3, beta: 1, perClass: true }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1NbClsA10: { recipe: { ...base, nb: { alpha: 10, beta: 1, perClass: true }, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1Style: { recipe: { ...base, features: { ...f, english: 1, lexicon: 1, style: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  lex1StyleNbA3: { recipe: { ...base, nb: { alpha: 3, beta: 1 }, features: { ...f, english: 1, lexicon: 1, style: 1 } }, helpers: 'xlmt-en', helperWeight: 1 },
  // The English helper rows read VADER's words as their polarity list (training only: English is never read by this model).
  lex1Vader: { recipe: { ...base, features: { ...f, english: 1, lexicon: 1 } }, helpers: 'xlmt-en', helperWeight: 1, vader: true },
}

// The shipped English model (packages/engine/assets), read as the reader reads it: sentiment alone, no cue kinds.
const base0 = decodeModel(readFileSync('packages/engine/assets/base-model.bin'))
const enScorer = createModelScorer(base0.model, base0.provenance.version)
const english = (tokens: Parameters<typeof enScorer.score>[0], out: Float64Array): void => enScorer.score(tokens, [], out)

/** VADER's words as a polarity list: |valence| ≥ 2.5 strong, ≥ 1 mild, the rest left out. */
function vaderPolarity(): PolarityLexicon {
  const lex = parseVaderLexicon(readFileSync('node_modules/vader-sentiment/vader_lexicon.txt', 'utf8'))
  const out = { strongPositive: [] as string[], positive: [] as string[], negative: [] as string[], strongNegative: [] as string[] }
  for (const [w, v] of lex) {
    if (/\s/.test(w)) continue
    if (v >= 2.5) out.strongPositive.push(w)
    else if (v >= 1) out.positive.push(w)
    else if (v <= -2.5) out.strongNegative.push(w)
    else if (v <= -1) out.negative.push(w)
  }
  return out
}

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(CANDIDATES)
const K = 5
const SEED = Number(process.env.SEED ?? 20261126)
for (const name of names) {
  const c = CANDIDATES[name]
  if (c === undefined) throw new Error(`unknown candidate ${name}`)
  const t0 = performance.now()
  const helperRows: MultilingualRow[] =
    c.helpers === 'xlmt-en'
      ? train.filter((r) => r.lang === 'en').map((r) => ({ ...r, weight: c.helperWeight ?? 1 }))
      : c.helpers === 'semeval'
        ? semeval.map((r) => ({ text: r.text, label: r.label, lang: 'en', weight: c.helperWeight ?? 1 }))
        : []
  const langs = c.helpers === undefined ? MULTILINGUAL_LANGUAGES : [...MULTILINGUAL_LANGUAGES, 'en']
  const featurizer = new MultilingualFeaturizer(c.recipe.features, langs, c.vader === true ? { ...POLARITY_LEXICONS, en: vaderPolarity() } : POLARITY_LEXICONS)
  const rows = [...train.filter((r) => MULTILINGUAL_LANGUAGES.includes(r.lang)), ...helperRows]
  const ex = featurizeMultilingual(rows, featurizer, (c.recipe.features.english ?? 0) > 0 ? english : undefined)
  const helper = (e: { lang: number }): boolean => e.lang >= MULTILINGUAL_LANGUAGES.length
  const folds = stratifiedFolds(ex, K, SEED)
  const oof = outOfFold(ex, folds, K, c.recipe, SEED, helper)
  const keep = ex.map((e, i) => (helper(e) ? -1 : i)).filter((i) => i >= 0)
  const figs = figuresByLanguage(MULTILINGUAL_LANGUAGES, keep.map((i) => ex[i]!.lang), keep.map((i) => ex[i]!.target), keep.map((i) => oof[i]!))
  const mean = MULTILINGUAL_LANGUAGES.reduce((s, l) => s + figs[l]!.macroRecall, 0) / MULTILINGUAL_LANGUAGES.length
  console.log(`${name.padEnd(10)} mean ${(mean * 100).toFixed(2)} | ${MULTILINGUAL_LANGUAGES.map((l) => `${l} ${(figs[l]!.macroRecall * 100).toFixed(1)}`).join(' ')} | ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}
