import type { Token } from '../text/token.js'
import { negationScope } from '../text/negation.js'
import type { FeatureBuffer } from './feature-buffer.js'
import { combineHashes, hashString } from './hash.js'

// Seeds keep each family of features in its own hash space.
const SEED_WORD = 11
const SEED_NEG = 23
const SEED_BIGRAM = 37
const SEED_CHAR = 53
const SEED_META = 71
const SEED_CUE = 89
const BOS = 0x9e3779b9

/** Which families of features a model uses; stored with the model so reading matches training. */
export interface FeatureConfig {
  readonly bits: number
  readonly charMin: number
  readonly charMax: number
  readonly bigrams: boolean
  readonly charWeight: number
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 20, charMin: 2, charMax: 5, bigrams: true, charWeight: 0.5 }

function addCharGrams(norm: string, cfg: FeatureConfig, mask: number, out: FeatureBuffer): void {
  // Word boundaries are marked with virtual '<' and '>' so prefixes and suffixes differ from infixes.
  const n = norm.length + 2
  const at = (i: number): number => (i === 0 ? 0x3c : i === n - 1 ? 0x3e : norm.charCodeAt(i - 1))
  for (let len = cfg.charMin; len <= cfg.charMax; len++) {
    if (len > n) break
    for (let s = 0; s + len <= n; s++) {
      let h = (0x811c9dc5 ^ (SEED_CHAR + len)) >>> 0
      for (let k = s; k < s + len; k++) {
        h ^= at(k)
        h = Math.imul(h, 0x01000193)
      }
      out.push((h >>> 0) & mask, cfg.charWeight)
    }
  }
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
): void {
  out.clear()
  const mask = (1 << cfg.bits) - 1
  const neg = negationScope(tokens)
  let prev = BOS
  let caps = 0
  let elongated = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const negated = neg[i] === 1
    const h = hashString(t.norm, negated ? SEED_NEG : SEED_WORD)
    out.push(h & mask, 1)
    if (cfg.bigrams) out.push(combineHashes(prev, h ^ SEED_BIGRAM) & mask, 1)
    prev = h
    if (t.kind === 'word' || t.kind === 'hashtag') {
      if (t.norm.length > 1) addCharGrams(t.norm, cfg, mask, out)
      if (t.caps && t.norm.length > 2) caps++
      if (t.elongated) elongated++
    }
  }
  if (cfg.bigrams && tokens.length > 0) out.push(combineHashes(prev, BOS ^ SEED_BIGRAM) & mask, 1)
  if (caps > 0) out.push(hashString(caps > 2 ? 'caps3' : 'caps', SEED_META) & mask, 1)
  if (elongated > 0) out.push(hashString('elong', SEED_META) & mask, 1)
  for (const kind of cueKinds) out.push(hashString(kind, SEED_CUE) & mask, 1)
  out.normalize()
}
