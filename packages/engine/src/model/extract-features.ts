import type { Token } from '../text/token.js'
import { negationScope } from '../text/negation.js'
import type { FeatureBuffer } from './feature-buffer.js'
import { combineHashes, hashString } from './hash.js'

// Seeds keep each family of features in its own hash space. Exported for the cached predictor,
// which must hash exactly as training did.
export const SEED_WORD = 11
export const SEED_NEG = 23
export const SEED_BIGRAM = 37
const SEED_CHAR = 53
export const SEED_META = 71
export const SEED_CUE = 89
export const SEED_TRIGRAM = 101
export const SEED_SKIP = 131
export const BOS = 0x9e3779b9

/** Which families of features a model uses; stored with the model so reading matches training. */
export interface FeatureConfig {
  readonly bits: number
  readonly charMin: number
  readonly charMax: number
  readonly bigrams: boolean
  readonly charWeight: number
  /** Word trigrams (default off). */
  readonly trigrams?: boolean
  /** Skip-bigrams "a _ c" (default off). */
  readonly skipBigrams?: boolean
  /** 'word' (default): char n-grams inside each word; 'text': over the whole normalised message, across word boundaries. */
  readonly charScope?: 'word' | 'text'
  /** Weight of unigram/bigram features (default 1). */
  readonly wordWeight?: number
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 20, charMin: 2, charMax: 5, bigrams: true, charWeight: 0.5 }

/** Appends the character n-grams of one word (with boundary marks) to `out`. */
export function addCharGrams(norm: string, cfg: FeatureConfig, out: FeatureBuffer): void {
  // Word boundaries are marked with virtual '<' and '>' so prefixes and suffixes differ from infixes.
  // One FNV-1a pass per start position extends through every length, so each n-gram costs O(1).
  const n = norm.length + 2
  const min = cfg.charMin
  const max = cfg.charMax
  const wt = cfg.charWeight
  const shift = 32 - cfg.bits
  out.reserve(n * (max - min + 1))
  const idx = out.indices
  const val = out.values
  let o = out.length
  for (let s = 0; s + min <= n; s++) {
    let h = 0x811c9dc5 ^ SEED_CHAR
    const end = Math.min(n, s + max)
    for (let k = s; k < end; k++) {
      const c = k === 0 ? 0x3c : k === n - 1 ? 0x3e : norm.charCodeAt(k - 1)
      h = Math.imul(h ^ c, 0x01000193)
      const len = k - s + 1
      if (len >= min) {
        idx[o] = Math.imul(h ^ (len << 27), 0x9e3779b1) >>> shift
        val[o] = wt
        o++
      }
    }
  }
  out.length = o
}

/**
 * Turns tokens (and the cue kinds found in them) into a hashed, unit-length sparse vector:
 * words with negation marking, word bigrams, character n-grams, emoji, punctuation shape and cues.
 */
export function extractFeatures(
  tokens: readonly Token[],
  cueKinds: readonly string[],
  cfg: FeatureConfig,
  out: FeatureBuffer,
  negation?: Uint8Array,
): void {
  out.clear()
  const mask = (1 << cfg.bits) - 1
  const neg = negation ?? negationScope(tokens)
  const ww = cfg.wordWeight ?? 1
  const textChars = cfg.charScope === 'text'
  let prev = BOS
  let prev2 = BOS
  let caps = 0
  let elongated = 0
  let text = ''
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const negated = neg[i] === 1
    const h = hashString(t.norm, negated ? SEED_NEG : SEED_WORD)
    out.push(h & mask, ww)
    if (cfg.bigrams) out.push(combineHashes(prev, h ^ SEED_BIGRAM) & mask, ww)
    if (cfg.trigrams === true && i > 0) out.push(combineHashes(combineHashes(prev2, prev), h ^ SEED_TRIGRAM) & mask, ww)
    if (cfg.skipBigrams === true && i > 0) out.push(combineHashes(prev2, h ^ SEED_SKIP) & mask, ww)
    prev2 = prev
    prev = h
    if (t.kind === 'word' || t.kind === 'hashtag') {
      if (textChars) text = text.length === 0 ? t.norm : `${text} ${t.norm}`
      else if (t.norm.length > 1) addCharGrams(t.norm, cfg, out)
      if (t.caps && t.norm.length > 2) caps++
      if (t.elongated) elongated++
    }
  }
  if (textChars && text.length > 0) addCharGrams(text, cfg, out)
  if (cfg.bigrams && tokens.length > 0) out.push(combineHashes(prev, BOS ^ SEED_BIGRAM) & mask, ww)
  if (caps > 0) out.push(hashString(caps > 2 ? 'caps3' : 'caps', SEED_META) & mask, 1)
  if (elongated > 0) out.push(hashString('elong', SEED_META) & mask, 1)
  for (const kind of cueKinds) out.push(hashString(kind, SEED_CUE) & mask, 1)
  out.normalize()
}
