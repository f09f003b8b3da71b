/**
 * The reader from a learned model: the built-in one (decoded from packages/engine/assets and passed
 * in, because this package reads no files) or a caller's own.
 */
import { createModelScorer } from '../model/create-model-scorer.js'
import type { DomainProfile } from '../domain/domain-profile.js'
import type { EmotionHeadsModel } from '../model/emotion-heads.js'
import type { ModelProvenance } from '../model/model-codec.js'
import type { SentimentModel } from '../model/sentiment-model.js'
import { type Reader, buildReader } from './build-reader.js'
import type { ConfidenceCalibration } from './calibration.js'
import type { SentimentScorer } from './sentiment-scorer.js'
import type { LearnedCuesModel } from '../model/learned-cues.js'
import { type MultilingualModel, type MultilingualPredictor, createMultilingualPredictor } from '../model/multilingual-model.js'

/**
 * The built-in models, decoded from the asset files `npm run train` writes. In Node,
 * `@undertone/engine` supplies them itself; elsewhere, decode the bytes with `decodeModel` and
 * `decodeEmotionHeads` and pass them in.
 */
export interface BuiltinModels {
  readonly base: { readonly model: SentimentModel; readonly provenance: ModelProvenance }
  /** The always-on emotion heads; absent, the reader has none unless `heads` gives some. */
  readonly heads?: { readonly model: EmotionHeadsModel; readonly provenance: ModelProvenance }
  /** Confidence calibration fitted with the base model. */
  readonly calibration: ConfidenceCalibration
  /**
   * The model for ar, de, es, fr, hi, it and pt (decoded, or a predictor that decodes it when a
   * message first needs it); absent, those languages read as unsupported.
   */
  readonly multilingual?: { readonly model: MultilingualModel; readonly provenance: ModelProvenance } | MultilingualPredictor
  /** Cues learned from written support messages; absent, only the phrase rules find cues. */
  readonly learnedCues?: { readonly model: LearnedCuesModel; readonly provenance: ModelProvenance }
  /** The learned cues of the other languages, with the languages they read. */
  readonly learnedCuesOtherLanguages?: { readonly model: LearnedCuesModel; readonly provenance: ModelProvenance; readonly languages: readonly string[] }
}

/** Options for {@link createReader}. */
export interface CreateReaderOptions {
  /** A model or scorer to use instead of the built-in model (e.g. a workspace's adapted model). */
  readonly model?: SentimentModel | SentimentScorer
  /** A version label for a custom `model`. */
  readonly modelVersion?: string
  /** The built-in models, used when no `model` is given (Node's entry fills this in itself). */
  readonly builtin?: BuiltinModels
  /** Extra or overriding domain profiles (a workspace's own terms). */
  readonly profiles?: readonly DomainProfile[]
  /** Characters of body text read at most. */
  readonly maxChars?: number
  /** Confidence calibration; defaults to the built-in model's (none for a custom model). */
  readonly calibration?: ConfidenceCalibration | null
  /** Emotion heads for the built-in model (defaults to the shipped ones); `null` for none. */
  readonly heads?: EmotionHeadsModel | null
  /**
   * The model for the languages besides English. Defaults to the built-in one when reading with the
   * built-in models, and to none with a custom `model`; `null` reads English only.
   */
  readonly multilingual?: { readonly model: MultilingualModel; readonly provenance: ModelProvenance } | MultilingualPredictor | null
  /**
   * Cues learned from written support messages. Defaults to the built-in ones when reading with the
   * built-in models, and to none with a custom `model`; `null` for none.
   */
  readonly learnedCues?: LearnedCuesModel | null
  /** The same for the other languages; defaults as `learnedCues` does. */
  readonly learnedCuesOtherLanguages?: { readonly model: LearnedCuesModel; readonly languages: readonly string[] } | null
}

function multilingualPredictor(m: NonNullable<BuiltinModels['multilingual']>): MultilingualPredictor {
  return 'predict' in m ? m : createMultilingualPredictor(m.model, m.provenance.version)
}

/**
 * Creates a reader from `model`, or from the built-in models when no `model` is given.
 *
 * @example
 * const reader = createReader() // in Node: the built-in model trained by `npm run train`
 * const r = reader.read('Fine, I guess that works.')
 * r.sentiment.label // 'negative'
 * r.cues.map((c) => c.kind) // ['grudging-acceptance', …]
 */
export function createReader(options: CreateReaderOptions = {}): Reader {
  let scorer: SentimentScorer
  let calibration = options.calibration ?? undefined
  let multilingual = options.multilingual ?? undefined
  let learnedCues = options.learnedCues ?? undefined
  let learnedOther = options.learnedCuesOtherLanguages ?? undefined
  if (options.model === undefined) {
    const builtin = options.builtin
    if (builtin === undefined) throw new Error('no model to read with: pass `model`, or the decoded built-in models as `builtin`')
    calibration = options.calibration === null ? undefined : (options.calibration ?? builtin.calibration)
    const h = options.heads === null ? undefined : (options.heads ?? builtin.heads?.model)
    scorer = createModelScorer(builtin.base.model, builtin.base.provenance.version, h)
    if (options.multilingual === undefined) multilingual = builtin.multilingual
    if (options.learnedCues === undefined) learnedCues = builtin.learnedCues?.model
    if (options.learnedCuesOtherLanguages === undefined) learnedOther = builtin.learnedCuesOtherLanguages
  } else if ('score' in options.model) scorer = options.model
  else scorer = createModelScorer(options.model, options.modelVersion ?? 'custom')
  return buildReader({
    scorer,
    ...(options.profiles === undefined ? {} : { profiles: options.profiles }),
    ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
    ...(calibration === undefined ? {} : { calibration }),
    ...(multilingual === undefined ? {} : { multilingual: multilingualPredictor(multilingual) }),
    ...(learnedCues === undefined ? {} : { learnedCues }),
    ...(learnedOther === undefined ? {} : { learnedCuesOtherLanguages: { model: learnedOther.model, languages: learnedOther.languages } }),
  })
}
