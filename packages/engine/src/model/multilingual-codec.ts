/**
 * The multilingual model's file (`multilingual-model.bin`): one JSON header line (format,
 * provenance, languages, feature config, biases, per-language calibration, int8 step), then the
 * int8-quantised weights. See `model-file.ts` for the container.
 */
import type { ConfidenceCalibration } from '../reader/calibration.js'
import { type ModelProvenance, quantScale } from './model-codec.js'
import { readModelFile, writeModelFile } from './model-file.js'
import type { MultilingualFeatureConfig } from './multilingual-features.js'
import type { MultilingualModel } from './multilingual-model.js'

const FORMAT = 'undertone-multilingual/1'

interface Header {
  readonly format: string
  readonly provenance: ModelProvenance
  readonly languages: readonly string[]
  readonly features: MultilingualFeatureConfig
  readonly bias: number[]
  readonly calibration: Readonly<Record<string, ConfidenceCalibration>>
  /** Languages read by the English model's probabilities (absent in files written before it). */
  readonly englishRead?: readonly string[]
  /** Weight = int8 code × scale. */
  readonly scale: number
  readonly weightCount: number
}

/** The weights as they will read after encoding and decoding (to calibrate on what ships). */
export function quantizeMultilingualWeights(weights: Float32Array): Float32Array {
  const scale = quantScale(weights)
  const out = new Float32Array(weights.length)
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round((weights[i] as number) / scale)
    out[i] = (q > 127 ? 127 : q < -127 ? -127 : q) * scale
  }
  return out
}

/** Encodes a multilingual model and its provenance as a model file. */
export function encodeMultilingualModel(model: MultilingualModel, provenance: ModelProvenance): Uint8Array {
  const scale = quantScale(model.weights)
  const bytes = new Uint8Array(model.weights.length)
  for (let i = 0; i < bytes.length; i++) {
    const q = Math.round((model.weights[i] as number) / scale)
    bytes[i] = (q > 127 ? 127 : q < -127 ? -127 : q) & 0xff
  }
  const header: Header = {
    format: FORMAT,
    provenance,
    languages: model.languages,
    features: model.features,
    bias: Array.from(model.bias),
    calibration: model.calibration,
    ...(model.englishRead === undefined ? {} : { englishRead: model.englishRead }),
    scale,
    weightCount: model.weights.length,
  }
  return writeModelFile(header, bytes)
}

/** Decodes {@link encodeMultilingualModel}'s bytes. Throws on a foreign or damaged file. */
export function decodeMultilingualModel(file: Uint8Array): { model: MultilingualModel; provenance: ModelProvenance } {
  const { header, payload } = readModelFile<Header>(file, 'multilingual model', [FORMAT])
  if (payload.length !== header.weightCount || header.weightCount !== (1 << header.features.bits) * 3) {
    throw new Error('multilingual model weights are truncated or do not match the feature config')
  }
  const weights = new Float32Array(payload.length)
  for (let i = 0; i < payload.length; i++) weights[i] = (((payload[i] as number) << 24) >> 24) * header.scale
  return {
    model: {
      languages: header.languages,
      features: header.features,
      weights,
      bias: Float32Array.from(header.bias),
      calibration: header.calibration,
      ...(header.englishRead === undefined ? {} : { englishRead: header.englishRead }),
    },
    provenance: header.provenance,
  }
}
