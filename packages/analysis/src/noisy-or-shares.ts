/**
 * Splits a noisy-OR score into additive shares, one per piece of evidence, so a reader can see
 * how much of the score each piece accounts for.
 */

/** One piece of evidence: what it would score on its own, 0..1. */
export interface NoisyOrPiece {
  readonly code: string
  readonly alone: number
}

/** A piece with its share of the combined score. */
export interface NoisyOrShare extends NoisyOrPiece {
  /** What this piece adds to the pieces before it: non-negative, never more than the one before. */
  readonly share: number
}

/**
 * The pieces strongest first (ties by code), each with its share: what it adds to the noisy-OR of
 * the pieces before it, `alone × Π(1 − alone of each earlier piece)`. The shares sum exactly to the
 * noisy-OR of all the pieces. Taking them strongest first makes the shares fall in the same order
 * as the pieces (the next piece adds at most what the one before did), so the largest share is
 * the strongest piece and no ordering of the list hides it behind a weaker one.
 */
export function noisyOrShares(pieces: readonly NoisyOrPiece[]): NoisyOrShare[] {
  const clamped = pieces.map((p) => ({ code: p.code, alone: p.alone > 1 ? 1 : p.alone > 0 ? p.alone : 0 }))
  clamped.sort((a, b) => b.alone - a.alone || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  let keep = 1
  return clamped.map((p) => {
    const share = p.alone * keep
    keep *= 1 - p.alone
    return { ...p, share }
  })
}
