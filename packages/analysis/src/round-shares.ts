/** Rounds shares to three decimals so that, as shown, they still add up to their rounded total. */

/**
 * Each share rounded to thousandths, the largest remainders taking the thousandths that plain
 * rounding would lose or invent, so the result sums exactly to the total rounded to three decimals.
 * Order is kept: a share at least as large as another stays at least as large.
 */
export function roundShares(shares: readonly number[]): number[] {
  const total = Math.round(shares.reduce((s, x) => s + x, 0) * 1000)
  const floors = shares.map((x) => Math.floor(x * 1000))
  let left = total - floors.reduce((s, x) => s + x, 0)
  const byRemainder = shares.map((x, i) => ({ i, r: x * 1000 - (floors[i] as number) })).sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { i } of byRemainder) {
    if (left <= 0) break
    floors[i] = (floors[i] as number) + 1
    left--
  }
  return floors.map((t) => t / 1000)
}
