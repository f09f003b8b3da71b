/** 32-bit FNV-1a over UTF-16 code units, seeded so feature families never share a bucket by design. */
export function hashString(s: string, seed: number, from = 0, to = s.length): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Mixes two hashes into one (order matters), for n-grams of tokens. */
export function combineHashes(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d)
  h ^= Math.imul(b, 0x297a2d39)
  h ^= h >>> 16
  return h >>> 0
}
