import { describe, expect, it } from 'vitest'
import { type SeriesBucket, detectChanges } from '../src/index.js'

/** A seeded normal sampler (Box–Muller over mulberry32). */
function sampler(seed: number) {
  let a = seed >>> 0
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296
  }
  return { u, normal: () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()) }
}

/** Daily buckets of per-message scores in [-1, 1]: mean `mu(day)`, message sd 0.55, 20–80 messages a day. */
function series(days: number, mu: (d: number) => number, r: ReturnType<typeof sampler>): SeriesBucket[] {
  const out: SeriesBucket[] = []
  for (let d = 0; d < days; d++) {
    const n = 20 + Math.floor(r.u() * 61)
    let sum = 0
    let sumSq = 0
    for (let i = 0; i < n; i++) {
      const x = Math.max(-1, Math.min(1, mu(d) + 0.55 * r.normal()))
      sum += x
      sumSq += x * x
    }
    out.push({ t: d, n, sum, sumSq })
  }
  return out
}

describe('detectChanges', () => {
  it('finds a hand-made shift once, where it starts', () => {
    const s: SeriesBucket[] = Array.from({ length: 40 }, (_, t) => {
      const m = t < 30 ? 0.2 : -0.2
      return { t, n: 50, sum: 50 * m, sumSq: 50 * (m * m + 0.25) }
    })
    const f = detectChanges(s)
    expect(f).toHaveLength(1)
    expect(f[0]?.since).toBeGreaterThanOrEqual(28)
    expect(f[0]?.detectedAt).toBeLessThanOrEqual(32)
    expect(f[0]?.delta).toBeLessThan(-0.2)
  })

  it('on generated data: recalls ≥ 90% of shifts of 0.2 or more within 3 days, with ≤ 1 false alarm per 100 segment-weeks', () => {
    const r = sampler(2026)
    let shifts = 0
    let caught = 0
    let quietWeeks = 0
    let falseAlarms = 0
    for (let seg = 0; seg < 300; seg++) {
      const base = r.u() * 0.6 - 0.3
      const days = 120
      if (seg % 2 === 0) {
        // Quiet segment: no shift at all.
        const f = detectChanges(series(days, () => base, r))
        falseAlarms += f.length
        quietWeeks += days / 7
        continue
      }
      const at = 40 + Math.floor(r.u() * 60)
      const size = (0.2 + r.u() * 0.3) * (r.u() < 0.5 ? -1 : 1)
      const f = detectChanges(series(days, (d) => (d < at ? base : base + size), r))
      shifts++
      if (f.some((x) => x.detectedAt >= at && x.detectedAt <= at + 3 && Math.sign(x.delta) === Math.sign(size))) caught++
      falseAlarms += f.filter((x) => x.detectedAt < at).length
      quietWeeks += at / 7
    }
    const recall = caught / shifts
    const perHundredWeeks = (falseAlarms / quietWeeks) * 100
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(perHundredWeeks).toBeLessThanOrEqual(1)
  })
})
