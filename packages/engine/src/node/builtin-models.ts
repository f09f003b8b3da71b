/**
 * The built-in weights, read from packages/engine/assets the first time each is asked for and kept:
 * the engine's one reader of files (`@undertone/engine/builtin`). Importing it reads nothing.
 */
import { readFileSync } from 'node:fs'
import {
  type BuiltinModels,
  type ConfidenceCalibration,
  type EmotionHeadsModel,
  type ModelProvenance,
  type MultilingualModel,
  type MultilingualPredictor,
  createMultilingualPredictor,
  decodeLearnedCues,
  type LearnedCuesModel,
  decodeMultilingualModel,
  type SentimentModel,
  decodeEmotionHeads,
  decodeGoemotionsBlock,
  decodeModel,
  withGoemotions,
} from '../index.js'

// `src/node` and `dist/node` are both two folders below the package root, so one relative URL
// finds the assets from the sources (tests, tsx) and from the build.
const ASSETS = new URL('../../assets/', import.meta.url)

/** `assets/builtin-models.json`: which file holds which model, and the base model's calibration. */
interface Manifest {
  readonly sentiment: { readonly file: string; readonly calibration: ConfidenceCalibration }
  readonly heads: { readonly file: string }
  readonly goemotions: { readonly file: string }
  /** Absent in manifests written before the multilingual model. */
  readonly multilingual?: { readonly file: string; readonly version: string; readonly languages: readonly string[]; readonly usesEnglish?: boolean }
  /** Absent in manifests written before the learned cues. */
  readonly learnedCues?: { readonly file: string; readonly version: string }
  readonly learnedCuesOtherLanguages?: { readonly file: string; readonly version: string; readonly languages: readonly string[] }
}

let manifest: Manifest | undefined
let base: { model: SentimentModel; provenance: ModelProvenance } | undefined
let heads: { model: EmotionHeadsModel; provenance: ModelProvenance } | undefined
let goemotions: EmotionHeadsModel | undefined
let multilingual: { model: MultilingualModel; provenance: ModelProvenance } | undefined
let multilingualReader: MultilingualPredictor | undefined
let learnedCues: { model: LearnedCuesModel; provenance: ModelProvenance } | undefined
let learnedCuesOther: { model: LearnedCuesModel; provenance: ModelProvenance; languages: readonly string[] } | undefined

function asset(file: string): Uint8Array {
  return readFileSync(new URL(file, ASSETS))
}

function readManifest(): Manifest {
  manifest ??= JSON.parse(readFileSync(new URL('builtin-models.json', ASSETS), 'utf8')) as Manifest
  return manifest
}

/** The shipped base model and its provenance (datasets, licences, metrics), decoded once. */
export function loadBaseModel(): { model: SentimentModel; provenance: ModelProvenance } {
  base ??= decodeModel(asset(readManifest().sentiment.file))
  return base
}

/** The shipped emotion heads (our emotions, sarcasm, urgency), decoded once. */
export function loadEmotionHeads(): { model: EmotionHeadsModel; provenance: ModelProvenance } {
  heads ??= decodeEmotionHeads(asset(readManifest().heads.file))
  return heads
}

/** The always-on heads with the 28-label GoEmotions block (a larger file, read only when asked for). */
export function loadGoEmotionsHeads(): EmotionHeadsModel {
  goemotions ??= withGoemotions(loadEmotionHeads().model, decodeGoemotionsBlock(asset(readManifest().goemotions.file)))
  return goemotions
}

/** The shipped model for ar, de, es, fr, hi, it and pt and its provenance, decoded once. */
export function loadMultilingualModel(): { model: MultilingualModel; provenance: ModelProvenance } {
  const entry = readManifest().multilingual
  if (entry === undefined) throw new Error('builtin-models.json lists no multilingual model: run npm run train')
  multilingual ??= decodeMultilingualModel(asset(entry.file))
  return multilingual
}

/**
 * The multilingual model as the reader uses it: its languages and version come from the manifest,
 * and the weights file is read when the first message in one of those languages is (one predictor
 * shared by every built-in reader).
 */
function builtinMultilingual(): MultilingualPredictor | undefined {
  const entry = readManifest().multilingual
  if (entry === undefined) return undefined
  if (multilingualReader !== undefined) return multilingualReader
  let loaded: MultilingualPredictor | undefined
  multilingualReader = {
    languages: entry.languages,
    version: entry.version,
    usesEnglish: entry.usesEnglish === true,
    predict(tokens, language, out, english) {
      loaded ??= createMultilingualPredictor(loadMultilingualModel().model, entry.version)
      return loaded.predict(tokens, language, out, english)
    },
    calibrationFor(language) {
      loaded ??= createMultilingualPredictor(loadMultilingualModel().model, entry.version)
      return loaded.calibrationFor(language)
    },
  }
  return multilingualReader
}

/** The shipped learned cues and their provenance, decoded once (undefined when the manifest lists none). */
export function loadLearnedCues(): { model: LearnedCuesModel; provenance: ModelProvenance } | undefined {
  const entry = readManifest().learnedCues
  if (entry === undefined) return undefined
  learnedCues ??= decodeLearnedCues(asset(entry.file))
  return learnedCues
}

/** The other languages' learned cues, their provenance and languages, decoded once (undefined when the manifest lists none). */
export function loadLearnedCuesOtherLanguages(): { model: LearnedCuesModel; provenance: ModelProvenance; languages: readonly string[] } | undefined {
  const entry = readManifest().learnedCuesOtherLanguages
  if (entry === undefined) return undefined
  learnedCuesOther ??= { ...decodeLearnedCues(asset(entry.file)), languages: entry.languages }
  return learnedCuesOther
}

/** The built-in models for `createReader`; the heads only when `withHeads` (they are a second file). */
export function loadBuiltinModels(withHeads = true): BuiltinModels {
  const calibration = readManifest().sentiment.calibration
  const ml = builtinMultilingual()
  const models: BuiltinModels = withHeads ? { base: loadBaseModel(), heads: loadEmotionHeads(), calibration } : { base: loadBaseModel(), calibration }
  const cues = loadLearnedCues()
  const others = loadLearnedCuesOtherLanguages()
  const withEnglish = cues === undefined ? models : { ...models, learnedCues: cues }
  const withCues = others === undefined ? withEnglish : { ...withEnglish, learnedCuesOtherLanguages: others }
  return ml === undefined ? withCues : { ...withCues, multilingual: ml }
}
